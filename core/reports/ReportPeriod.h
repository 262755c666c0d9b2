#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ringback {

// The stretch of time a report covers: [from, to), instants in UTC. Days are the business's
// local days, so "today" starts at midnight where the office is, not where the PC thinks it is.
struct ReportPeriod
{
    QDateTime from;
    QDateTime to;

    // Since local midnight of `now`'s day, up to now.
    static ReportPeriod today(const QDateTime& now, const QTimeZone& zone);
    // The last `days` local days including today (7: six full days and today so far).
    static ReportPeriod lastDays(int days, const QDateTime& now, const QTimeZone& zone);
    // From the start of `first` to the end of `last`, both local dates, inclusive.
    static ReportPeriod days(const QDate& first, const QDate& last, const QTimeZone& zone);

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
};

} // namespace ringback
