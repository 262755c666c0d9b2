#include "ReportPeriod.h"

#include "hours/WallClock.h"

namespace ringback {

namespace {

// The instant a local day starts; a midnight that does not exist (a DST change at 0:00, as in
// some South American zones) is the first moment after the gap (wallclock's rule).
QDateTime startOfDay(const QDate& day, const QTimeZone& zone)
{
    return wallclock::toUtc(day, 0, zone);
}

} // namespace

ReportPeriod ReportPeriod::today(const QDateTime& now, const QTimeZone& zone)
{
    return lastDays(1, now, zone);
}

ReportPeriod ReportPeriod::lastDays(int days, const QDateTime& now, const QTimeZone& zone)
{
    const QDate localToday = wallclock::localDate(now, zone);
    return {startOfDay(localToday.addDays(-(qMax(days, 1) - 1)), zone), now.toUTC()};
}

ReportPeriod ReportPeriod::days(const QDate& first, const QDate& last, const QTimeZone& zone)
{
    return {startOfDay(first, zone), startOfDay(last.addDays(1), zone)};
}

} // namespace ringback
