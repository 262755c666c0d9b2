#pragma once

#include "DashboardFigures.h"
#include "ReportPeriod.h"
#include "store/StoreError.h"

#include <QTimeZone>

namespace ringback {

class Database;

// The dashboard's figures for a period, each from an aggregate query (COUNT / SUM / GROUP BY) in
// SQL that SQLite and PostgreSQL both accept. Nothing here reads every call: the percentiles take
// one row each from a sorted query (LIMIT 1 OFFSET k), and "when calls are missed" groups calls
// into 15-minute UTC buckets in SQL (integer arithmetic on the ms timestamps) that C++ then places
// in the business's local hour and weekday with the zone's real offset at that moment, so
// daylight-saving changes and half-hour zones come out right. Buckets are bounded by the period's
// length (2,880 for 30 days), not by the number of calls.
class DashboardReport
{
public:
    explicit DashboardReport(Database& db)
        : m_db(db)
    {}

    StoreResult<DashboardFigures> compute(const ReportPeriod& period, const QTimeZone& zone);

private:
    StoreResult<void> addCallCounts(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addNotTexted(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addTimeToText(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addLeads(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addMissedWhileNobodyTexting(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addWhenMissed(const ReportPeriod& period, const QTimeZone& zone, DashboardFigures& out);

    Database& m_db;
};

} // namespace ringback
