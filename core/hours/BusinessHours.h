#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace ringback {

// Opening hours within one local day, in minutes since local midnight: [opensMinute, closesMinute).
// closesMinute may be 1440 (midnight at the end of the day). Overnight ranges are written as two
// ranges, one on each day.
struct TimeRange
{
    int opensMinute = 0;
    int closesMinute = 0;
    bool operator==(const TimeRange&) const = default;
};

// A holiday or one-off change on one local date: closed all day (no ranges), or special hours.
struct Closure
{
    QDate day;
    QString label; // "Christmas", "Staff training"
    QList<TimeRange> specialHours;
    bool isClosedAllDay() const { return specialHours.isEmpty(); }
    bool operator==(const Closure&) const = default;
};

// The business's opening hours: per weekday several ranges (split shifts), an IANA time zone, and
// closures that override a date. Ranges are wall time in that zone, so "7:00" stays 7:00 across
// daylight-saving changes; see wallclock::toUtc for the missing and the repeated hour.
class BusinessHours
{
public:
    BusinessHours() = default;
    explicit BusinessHours(const QTimeZone& zone)
        : m_zone(zone)
    {}

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    // weekday: 1 = Monday ... 7 = Sunday (QDate::dayOfWeek). Ranges are kept sorted.
    QList<TimeRange> ranges(int weekday) const;
    void setRanges(int weekday, QList<TimeRange> ranges);
    void addRange(int weekday, TimeRange range);

    QList<Closure> closures() const { return m_closures; }
    // Replaces any closure on the same date.
    void addClosure(const Closure& closure);
    void removeClosure(const QDate& day);
    std::optional<Closure> closureOn(const QDate& day) const;

    // The ranges that apply on a local date: its closure's, else its weekday's.
    QList<TimeRange> rangesOn(const QDate& localDate) const;

    bool isOpen(const QDateTime& at) const;
    // The next moment after `at` when the business opens (when open now: the next opening after
    // this stretch closes, e.g. 13:00 during a 7:00-12:00 / 13:00-17:30 split shift). Nothing when
    // it never opens within a year.
    std::optional<QDateTime> nextOpening(const QDateTime& at) const;
    // When the current stretch closes (open now), else when the next one closes.
    std::optional<QDateTime> nextClosing(const QDateTime& at) const;

    // What is wrong with the hours, in sentences for the settings page; empty when valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    bool operator==(const BusinessHours& other) const;

private:
    struct Interval
    {
        QDateTime start;
        QDateTime end;
    };
    // Open intervals of the local dates [from, to], as instants, touching ones merged.
    QList<Interval> intervals(const QDate& from, const QDate& to) const;
    template <class Pick>
    std::optional<QDateTime> search(const QDateTime& at, Pick pick) const;

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::array<QList<TimeRange>, 7> m_week;
    QList<Closure> m_closures; // sorted by day
};

} // namespace ringback
