#pragma once

#include "DashboardFigures.h"
#include "ReportPeriod.h"
#include "store/StoreError.h"

#include <QTimeZone>

namespace ringback {

class Database;

// The dashboard's figures for a period, each from an aggregate query (COUNT / SUM / GROUP BY) in
// SQL that SQLite and PostgreSQL both accept. Nothing here reads every call: time to text comes
// as a histogram of whole seconds (nearest-rank percentiles read off it), and "when calls are
// missed" as 15-minute UTC buckets that C++ places in the business's local hour and weekday with
// the zone's real offset at that moment, so daylight-saving changes and half-hour zones come out
// right. Buckets are bounded by the period's length (2,880 for 30 days), not by the calls.
//
// Since issue 17 the sums over calls come from DashboardRollups (15-minute buckets kept up to date
// by triggers, partial buckets read raw); Source::Raw reads them straight from the tables, which
// is what the tests compare the rollups with. Money and rates (issue 18): the automation's
// switch-on time (AutomationEnabledSince) splits the period into calls "before Ringback" and the
// calls the rates count; the average job comes from won jobs, else the owner's setting.
class DashboardReport
{
public:
    enum class Source { Rollups, Raw };

    explicit DashboardReport(Database& db, Source source = Source::Rollups)
        : m_db(db)
        , m_source(source)
    {}

    StoreResult<DashboardFigures> compute(const ReportPeriod& period, const QTimeZone& zone);

private:
    StoreResult<void> addCalls(const ReportPeriod& period, const QTimeZone& zone, DashboardFigures& out);
    StoreResult<void> addLeads(const ReportPeriod& period, DashboardFigures& out);
    StoreResult<void> addMoney(const ReportPeriod& period, const QTimeZone& zone, DashboardFigures& out);
    StoreResult<void> addMissedWhileNobodyTexting(const ReportPeriod& period, DashboardFigures& out);

    Database& m_db;
    Source m_source;
};

} // namespace ringback
