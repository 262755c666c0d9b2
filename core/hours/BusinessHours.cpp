#include "BusinessHours.h"

#include "WallClock.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ringback {

namespace {

// Contexts are written out in each translate() call: lupdate reads only literals.

// Looking further than this for an opening is pointless (a closure longer than a year is a
// business that is closed).
constexpr int kShortHorizonDays = 8;
constexpr int kLongHorizonDays = 370;

void sortRanges(QList<TimeRange>& ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TimeRange& a, const TimeRange& b) {
        return a.opensMinute < b.opensMinute ||
               (a.opensMinute == b.opensMinute && a.closesMinute < b.closesMinute);
    });
}

QString clock(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

void checkRanges(const QList<TimeRange>& ranges, const QString& where, QStringList& out)
{
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const TimeRange& r = ranges.at(i);
        if (r.opensMinute < 0 || r.closesMinute > 24 * 60 || r.opensMinute >= r.closesMinute) {
            out << QCoreApplication::translate("ringback::BusinessHours",
                                               "%1: %2 to %3 is not a range of opening hours. Opening must "
                                               "come before closing, within the day.")
                       .arg(where, clock(r.opensMinute), clock(r.closesMinute));
        } else if (i > 0 && r.opensMinute < ranges.at(i - 1).closesMinute) {
            out << QCoreApplication::translate("ringback::BusinessHours", "%1: %2 to %3 overlaps %4 to %5.")
                       .arg(where, clock(r.opensMinute), clock(r.closesMinute),
                            clock(ranges.at(i - 1).opensMinute), clock(ranges.at(i - 1).closesMinute));
        }
    }
}

} // namespace

QList<TimeRange> BusinessHours::ranges(int weekday) const
{
    if (weekday < 1 || weekday > 7)
        return {};
    return m_week.at(weekday - 1);
}

void BusinessHours::setRanges(int weekday, QList<TimeRange> ranges)
{
    if (weekday < 1 || weekday > 7)
        return;
    sortRanges(ranges);
    m_week[weekday - 1] = std::move(ranges);
}

void BusinessHours::addRange(int weekday, TimeRange range)
{
    QList<TimeRange> r = ranges(weekday);
    r << range;
    setRanges(weekday, std::move(r));
}

void BusinessHours::addClosure(const Closure& closure)
{
    removeClosure(closure.day);
    Closure c = closure;
    sortRanges(c.specialHours);
    const auto at = std::lower_bound(m_closures.begin(), m_closures.end(), c.day,
                                     [](const Closure& a, const QDate& d) { return a.day < d; });
    m_closures.insert(at, c);
}

void BusinessHours::removeClosure(const QDate& day)
{
    m_closures.removeIf([&](const Closure& c) { return c.day == day; });
}

std::optional<Closure> BusinessHours::closureOn(const QDate& day) const
{
    for (const Closure& c : m_closures) {
        if (c.day == day)
            return c;
    }
    return std::nullopt;
}

QList<TimeRange> BusinessHours::rangesOn(const QDate& localDate) const
{
    if (const auto c = closureOn(localDate))
        return c->specialHours;
    return ranges(localDate.dayOfWeek());
}

QList<BusinessHours::Interval> BusinessHours::intervals(const QDate& from, const QDate& to) const
{
    QList<Interval> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        for (const TimeRange& r : rangesOn(d)) {
            if (r.opensMinute < 0 || r.opensMinute >= r.closesMinute || r.closesMinute > 24 * 60)
                continue; // invalid ranges never open the business (problems() reports them)
            const QDateTime start = wallclock::toUtc(d, r.opensMinute, m_zone);
            const QDateTime end = wallclock::toUtc(d, r.closesMinute, m_zone);
            if (end <= start)
                continue; // a range entirely inside a skipped hour
            if (!out.isEmpty() && start <= out.last().end)
                out.last().end = std::max(out.last().end, end);
            else
                out << Interval{start, end};
        }
    }
    return out;
}

template <class Pick>
std::optional<QDateTime> BusinessHours::search(const QDateTime& at, Pick pick) const
{
    const QDate today = wallclock::localDate(at, m_zone);
    for (const int days : {kShortHorizonDays, kLongHorizonDays}) {
        const QDate last = today.addDays(days);
        // An interval running into the end of the searched days may go on after it.
        const QDateTime horizon = wallclock::toUtc(last.addDays(1), 0, m_zone);
        const std::optional<QDateTime> found = pick(intervals(today.addDays(-1), last));
        if (found && *found < horizon)
            return found;
    }
    return std::nullopt;
}

bool BusinessHours::isOpen(const QDateTime& at) const
{
    const QDate today = wallclock::localDate(at, m_zone);
    for (const Interval& i : intervals(today.addDays(-1), today.addDays(1))) {
        if (i.start <= at && at < i.end)
            return true;
    }
    return false;
}

std::optional<QDateTime> BusinessHours::nextOpening(const QDateTime& at) const
{
    return search(at, [&](const QList<Interval>& list) -> std::optional<QDateTime> {
        for (const Interval& i : list) {
            if (i.start > at)
                return i.start;
        }
        return std::nullopt;
    });
}

std::optional<QDateTime> BusinessHours::nextClosing(const QDateTime& at) const
{
    return search(at, [&](const QList<Interval>& list) -> std::optional<QDateTime> {
        for (const Interval& i : list) {
            if (i.end > at)
                return i.end;
        }
        return std::nullopt;
    });
}

QStringList BusinessHours::problems() const
{
    QStringList out;
    if (!m_zone.isValid()) {
        out << QCoreApplication::translate("ringback::BusinessHours",
                                           "Choose the time zone the business keeps its hours in.");
    }
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        checkRanges(m_week.at(day - 1), locale.dayName(day, QLocale::LongFormat), out);
    for (const Closure& c : m_closures) {
        if (!c.day.isValid()) {
            out << QCoreApplication::translate("ringback::BusinessHours",
                                               "The closure \"%1\" has no valid date.")
                       .arg(c.label);
            continue;
        }
        checkRanges(c.specialHours, locale.toString(c.day, QLocale::ShortFormat), out);
    }
    return out;
}

bool BusinessHours::operator==(const BusinessHours& other) const
{
    return m_zone.id() == other.m_zone.id() && m_week == other.m_week && m_closures == other.m_closures;
}

} // namespace ringback
