#pragma once

#include "store/StoreError.h"

#include <QMap>
#include <QString>

#include <tuple>

namespace ringback {

class Database;

// What the dashboard adds up over missed calls (parent legs), for the calls that ended in a span.
struct CallTotals
{
    // Why a missed call was not texted: the policy's decision code, its parameters (JSON text) and
    // the text-back's outbox state ("" when none was queued). Stored as found, worded by the report.
    using Reason = std::tuple<QString, QString, QString>;

    qint64 missed = 0;
    qint64 texted = 0;  // the text-back went out (outbox "sent")
    qint64 replied = 0; // ... and the caller wrote after it
    // Missed calls nobody followed up: no text-back sent, no text of ours after the call, no later
    // answered call from the caller and no call to them from the office since.
    qint64 atRisk = 0;
    QMap<Reason, qint64> notTexted;
    // Time to text of the texted calls, in whole seconds (rounded) -> how many.
    QMap<qint64, qint64> delaysS;
    // Missed calls per 15-minute UTC bucket (ms since the epoch / 900,000).
    QMap<qint64, qint64> missedByBucket;

    void add(const CallTotals& other);
    bool operator==(const CallTotals&) const = default;
};

// Daily figures without reading every call (issue 17: 30 days over 100,000 calls <= 150 ms): the
// totals of each 15-minute UTC bucket of the calls' end are kept in dashboard_buckets,
// dashboard_reasons and dashboard_delays (migration 19). 15 minutes divides every UTC offset in
// use, so a local day of any zone, a 23- or 25-hour DST day included, is a run of whole buckets.
// Triggers mark a bucket dirty when anything it counts may have changed; totals() first recomputes
// the dirty buckets of the span it reads (from the same grouped queries as raw()), so the kept
// figures always equal the raw ones. A span's partial buckets at either end are read raw.
class DashboardRollups
{
public:
    static constexpr qint64 kBucketMs = 15 * 60 * 1000;

    explicit DashboardRollups(Database& db)
        : m_db(db)
    {}

    // [fromMs, toMs): from the kept buckets (refreshed first), the partial ends raw.
    StoreResult<CallTotals> totals(qint64 fromMs, qint64 toMs);
    // [fromMs, toMs) straight from calls, outbox and messages: what the rollups must equal.
    StoreResult<CallTotals> raw(qint64 fromMs, qint64 toMs);
    // Recomputes the dirty buckets in [firstBucket, endBucket); returns how many it stored.
    StoreResult<int> refresh(qint64 firstBucket, qint64 endBucket);

private:
    StoreResult<QMap<qint64, CallTotals>> rawByBucket(qint64 fromMs, qint64 toMs);
    StoreResult<CallTotals> kept(qint64 firstBucket, qint64 endBucket);
    StoreResult<void> clearKept(qint64 firstBucket, qint64 endBucket);

    Database& m_db;
};

} // namespace ringback
