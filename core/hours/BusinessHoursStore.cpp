#include "BusinessHoursStore.h"

#include "store/ChangeHub.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <optional>

namespace ringback {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

struct WeekRow
{
    int weekday;
    TimeRange range;
};

struct ClosureRow
{
    QDate day;
    QString label;
    std::optional<TimeRange> range;
};

} // namespace

StoreResult<BusinessHours> BusinessHoursStore::load(const QTimeZone& fallbackZone)
{
    KeyValueStore settings(m_db, KeyValueStore::Table::Settings);
    auto zoneId = settings.value(QString::fromLatin1(kTimeZoneKey));
    if (!zoneId)
        return zoneId.error();
    QTimeZone zone = fallbackZone;
    if (zoneId->has_value()) {
        const QTimeZone stored(zoneId->value().toUtf8());
        if (stored.isValid())
            zone = stored;
    }

    auto week = rows::all<WeekRow>(
        [](const QSqlQuery& q) {
            return WeekRow{q.value(0).toInt(), TimeRange{q.value(1).toInt(), q.value(2).toInt()}};
        },
        m_db.exec(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM business_hours "
                                 "ORDER BY weekday, opens_minute, id")));
    if (!week)
        return week.error();
    auto closures = rows::all<ClosureRow>(
        [](const QSqlQuery& q) {
            ClosureRow r{QDate::fromString(q.value(0).toString(), kDayFormat), q.value(1).toString(),
                         std::nullopt};
            if (!q.value(2).isNull() && !q.value(3).isNull())
                r.range = TimeRange{q.value(2).toInt(), q.value(3).toInt()};
            return r;
        },
        m_db.exec(QStringLiteral("SELECT day, label, opens_minute, closes_minute FROM closures ORDER BY day, "
                                 "opens_minute, id")));
    if (!closures)
        return closures.error();

    BusinessHours hours(zone);
    for (const WeekRow& r : week.value())
        hours.addRange(r.weekday, r.range);
    QList<Closure> grouped;
    for (const ClosureRow& r : closures.value()) {
        if (grouped.isEmpty() || grouped.last().day != r.day)
            grouped << Closure{r.day, r.label, {}};
        if (r.range)
            grouped.last().specialHours << *r.range;
    }
    for (const Closure& c : std::as_const(grouped))
        hours.addClosure(c);
    return hours;
}

StoreResult<void> BusinessHoursStore::save(const BusinessHours& hours, const QDateTime& now)
{
    const QStringList problems = hours.problems();
    if (!problems.isEmpty()) {
        return StoreError{StoreError::Kind::Constraint, problems.join(QLatin1Char(' ')),
                          QStringLiteral("business hours with %1 problem(s)").arg(problems.size())};
    }

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    if (auto r = rows::none(m_db.exec(QStringLiteral("DELETE FROM business_hours"))); !r)
        return r.error();
    if (auto r = rows::none(m_db.exec(QStringLiteral("DELETE FROM closures"))); !r)
        return r.error();
    for (int day = 1; day <= 7; ++day) {
        for (const TimeRange& range : hours.ranges(day)) {
            auto r = m_db.exec(
                QStringLiteral(
                    "INSERT INTO business_hours (weekday, opens_minute, closes_minute) VALUES (?, ?, ?)"),
                {day, range.opensMinute, range.closesMinute});
            if (!r)
                return r.error();
        }
    }
    const QString insertClosure =
        QStringLiteral("INSERT INTO closures (day, label, opens_minute, closes_minute) VALUES (?, ?, ?, ?)");
    for (const Closure& c : hours.closures()) {
        const QString day = c.day.toString(kDayFormat);
        if (c.isClosedAllDay()) {
            auto r = m_db.exec(insertClosure,
                               {day, c.label, sql::nullOf(QMetaType::Int), sql::nullOf(QMetaType::Int)});
            if (!r)
                return r.error();
            continue;
        }
        for (const TimeRange& range : c.specialHours) {
            auto r = m_db.exec(insertClosure, {day, c.label, range.opensMinute, range.closesMinute});
            if (!r)
                return r.error();
        }
    }
    KeyValueStore settings(m_db, KeyValueStore::Table::Settings);
    if (auto r = settings.setValue(QString::fromLatin1(kTimeZoneKey),
                                   QString::fromUtf8(hours.timeZone().id()), now);
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed;
    // The wizard, the Business hours tab and every desk's views of the hours follow at once.
    ChangeHub::instance().announce(m_db, ChangeHub::Topic::BusinessHours);
    ChangeHub::instance().announce(m_db, ChangeHub::Topic::Settings); // the time zone
    return {};
}

} // namespace ringback
