#include "DashboardRollups.h"

#include "store/Database.h"

#include <QList>

namespace ringback {

namespace {

// The business's missed calls that ended in [?, ?) (parent legs only: a forwarded call's legs are
// one call to the caller). The parent test is written so no index can serve it (COALESCE):
// otherwise SQLite walks calls_parent over every parent call ever stored instead of calls_ended.
const QString kMissedIn =
    QStringLiteral("c.verdict = 'missed' AND COALESCE(c.parent_provider_call_id, '') = '' "
                   "AND c.ended_at >= ? AND c.ended_at < ?");

// Nobody followed the call up: no later answered call from the caller, no call to them from the
// office, no text of ours in their conversation since (a text still queued or held is not one).
const QString kNobodyFollowedUp = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM calls a WHERE a.from_number = c.from_number AND a.ended_at > c.ended_at "
    "AND a.verdict = 'answered') "
    "AND NOT EXISTS (SELECT 1 FROM calls b WHERE b.to_number = c.from_number AND b.direction = 'outbound' "
    "AND b.ended_at >= c.ended_at) "
    "AND NOT EXISTS (SELECT 1 FROM leads l JOIN messages m ON m.lead_id = l.id WHERE l.e164 = c.from_number "
    "AND m.direction = 'outbound' AND m.created_at >= c.ended_at "
    "AND m.status NOT IN ('failed', 'undelivered', 'canceled', 'queued'))");

qint64 number(const QVariant& v)
{
    // PostgreSQL's SUM(bigint) is numeric: read as text, exact on both drivers.
    return v.toString().toLongLong();
}

qint64 floorBucket(qint64 ms)
{
    return ms >= 0 ? ms / DashboardRollups::kBucketMs
                   : -((-ms + DashboardRollups::kBucketMs - 1) / DashboardRollups::kBucketMs);
}

// Several rows in one INSERT: a cold refresh stores tens of thousands.
StoreResult<void> insertRows(Database& db, const QString& head, int columns, const QList<QVariantList>& rows)
{
    constexpr int kPerStatement = 200;
    for (qsizetype start = 0; start < rows.size(); start += kPerStatement) {
        const qsizetype end = qMin(rows.size(), start + kPerStatement);
        QStringList tuples;
        QVariantList args;
        const QString tuple = QLatin1Char('(') +
                              QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                              QLatin1Char(')');
        for (qsizetype i = start; i < end; ++i) {
            tuples << tuple;
            args << rows.at(i);
        }
        if (auto q = db.exec(head + QStringLiteral(" VALUES ") + tuples.join(QLatin1Char(',')), args); !q)
            return q.error();
    }
    return {};
}

} // namespace

void CallTotals::add(const CallTotals& other)
{
    missed += other.missed;
    texted += other.texted;
    replied += other.replied;
    atRisk += other.atRisk;
    for (auto it = other.notTexted.cbegin(); it != other.notTexted.cend(); ++it)
        notTexted[it.key()] += it.value();
    for (auto it = other.delaysS.cbegin(); it != other.delaysS.cend(); ++it)
        delaysS[it.key()] += it.value();
    for (auto it = other.missedByBucket.cbegin(); it != other.missedByBucket.cend(); ++it)
        missedByBucket[it.key()] += it.value();
}

StoreResult<QMap<qint64, CallTotals>> DashboardRollups::rawByBucket(qint64 fromMs, qint64 toMs)
{
    QMap<qint64, CallTotals> out;
    const QVariantList bounds{qlonglong(fromMs), qlonglong(toMs)};
    // At most one text-back per call (UNIQUE (call_id, kind)), so the join does not multiply rows.
    auto counts = m_db.exec(
        QStringLiteral("SELECT c.ended_at / 900000, COUNT(*), "
                       "SUM(CASE WHEN o.state = 'sent' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.state = 'sent' AND EXISTS (SELECT 1 FROM messages r "
                       "WHERE r.lead_id = o.lead_id AND r.direction = 'inbound' "
                       "AND r.created_at >= o.created_at) THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN (o.state IS NULL OR o.state <> 'sent') AND ") +
            kNobodyFollowedUp +
            QStringLiteral(" THEN 1 ELSE 0 END) "
                           "FROM calls c LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' "
                           "WHERE ") +
            kMissedIn + QStringLiteral(" GROUP BY 1"),
        bounds);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        CallTotals& b = out[counts->value(0).toLongLong()];
        b.missed = number(counts->value(1));
        b.texted = number(counts->value(2));
        b.replied = number(counts->value(3));
        b.atRisk = number(counts->value(4));
        b.missedByBucket[counts->value(0).toLongLong()] = b.missed;
    }
    counts->finish();

    // Grouped by code, so a reason counts as one whatever language the desk that decided spoke.
    auto reasons = m_db.exec(
        QStringLiteral(
            "SELECT c.ended_at / 900000, COALESCE(c.decision, ''), COALESCE(c.decision_params, ''), "
            "COALESCE(o.state, ''), COUNT(*) FROM calls c "
            "LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' "
            "WHERE (o.state IS NULL OR o.state <> 'sent') AND ") +
            kMissedIn + QStringLiteral(" GROUP BY 1, 2, 3, 4"),
        bounds);
    if (!reasons)
        return reasons.error();
    while (reasons->next()) {
        out[reasons->value(0).toLongLong()].notTexted[{
            reasons->value(1).toString(), reasons->value(2).toString(), reasons->value(3).toString()}] =
            number(reasons->value(4));
    }
    reasons->finish();

    // The text's own sent time where the provider reported it, else when the outbox marked it sent.
    // CROSS JOIN keeps the period's calls as the outer loop on SQLite (it would otherwise start
    // from every sent text via outbox_state); PostgreSQL plans it as the inner join it is. Whole
    // seconds, rounded: rounding keeps the order, so a percentile of these is the rounded
    // percentile of the milliseconds.
    const QString delay = QStringLiteral("(COALESCE(m.sent_at, o.updated_at) - c.ended_at)");
    auto delays =
        m_db.exec(QStringLiteral(
                      "SELECT c.ended_at / 900000, CASE WHEN %1 < 0 THEN 0 ELSE (%1 + 500) / 1000 END, "
                      "COUNT(*) FROM calls c CROSS JOIN outbox o LEFT JOIN messages m ON m.id = o.message_id "
                      "WHERE o.call_id = c.id AND o.kind = 'textback' AND o.state = 'sent' AND ")
                          .arg(delay) +
                      kMissedIn + QStringLiteral(" GROUP BY 1, 2"),
                  bounds);
    if (!delays)
        return delays.error();
    while (delays->next())
        out[delays->value(0).toLongLong()].delaysS[delays->value(1).toLongLong()] = number(delays->value(2));
    delays->finish();
    return out;
}

StoreResult<CallTotals> DashboardRollups::raw(qint64 fromMs, qint64 toMs)
{
    CallTotals total;
    if (fromMs >= toMs)
        return total;
    auto buckets = rawByBucket(fromMs, toMs);
    if (!buckets)
        return buckets.error();
    for (const CallTotals& b : std::as_const(buckets.value()))
        total.add(b);
    return total;
}

StoreResult<CallTotals> DashboardRollups::totals(qint64 fromMs, qint64 toMs)
{
    CallTotals total;
    if (fromMs >= toMs)
        return total;
    const qint64 firstWhole =
        floorBucket(fromMs + kBucketMs - 1);   // the first bucket starting at or after from
    const qint64 endWhole = floorBucket(toMs); // buckets before it end by `to`
    if (firstWhole >= endWhole)
        return raw(fromMs, toMs);
    for (const auto& [a, b] :
         {std::pair{fromMs, firstWhole * kBucketMs}, std::pair{endWhole * kBucketMs, toMs}}) {
        auto edge = raw(a, b);
        if (!edge)
            return edge.error();
        total.add(edge.value());
    }
    if (auto r = refresh(firstWhole, endWhole); !r)
        return r.error();
    auto whole = kept(firstWhole, endWhole);
    if (!whole)
        return whole.error();
    total.add(whole.value());
    return total;
}

StoreResult<CallTotals> DashboardRollups::kept(qint64 firstBucket, qint64 endBucket)
{
    CallTotals out;
    const QVariantList range{qlonglong(firstBucket), qlonglong(endBucket)};
    auto buckets =
        m_db.exec(QStringLiteral("SELECT bucket, missed, texted, replied, at_risk FROM dashboard_buckets "
                                 "WHERE bucket >= ? AND bucket < ?"),
                  range);
    if (!buckets)
        return buckets.error();
    while (buckets->next()) {
        const qint64 missed = number(buckets->value(1));
        out.missed += missed;
        out.texted += number(buckets->value(2));
        out.replied += number(buckets->value(3));
        out.atRisk += number(buckets->value(4));
        if (missed != 0)
            out.missedByBucket[buckets->value(0).toLongLong()] = missed;
    }
    buckets->finish();
    auto reasons =
        m_db.exec(QStringLiteral("SELECT decision, params, state, SUM(n) FROM dashboard_reasons "
                                 "WHERE bucket >= ? AND bucket < ? GROUP BY decision, params, state"),
                  range);
    if (!reasons)
        return reasons.error();
    while (reasons->next()) {
        out.notTexted[{reasons->value(0).toString(), reasons->value(1).toString(),
                       reasons->value(2).toString()}] = number(reasons->value(3));
    }
    reasons->finish();
    auto delays = m_db.exec(QStringLiteral("SELECT delay_s, SUM(n) FROM dashboard_delays WHERE bucket >= ? "
                                           "AND bucket < ? GROUP BY delay_s"),
                            range);
    if (!delays)
        return delays.error();
    while (delays->next())
        out.delaysS[delays->value(0).toLongLong()] = number(delays->value(1));
    delays->finish();
    return out;
}

StoreResult<int> DashboardRollups::refresh(qint64 firstBucket, qint64 endBucket)
{
    auto dirty = m_db.exec(
        QStringLiteral(
            "SELECT bucket, gen FROM dashboard_dirty WHERE bucket >= ? AND bucket < ? ORDER BY bucket"),
        {qlonglong(firstBucket), qlonglong(endBucket)});
    if (!dirty)
        return dirty.error();
    QList<std::pair<qint64, qint64>> marks;
    while (dirty->next())
        marks.append({dirty->value(0).toLongLong(), dirty->value(1).toLongLong()});
    dirty->finish();
    if (marks.isEmpty())
        return 0;

    // One grouped read over the dirty run (clean buckets inside it are read and not stored).
    const qint64 first = marks.first().first;
    const qint64 end = marks.last().first + 1;
    auto computed = rawByBucket(first * kBucketMs, end * kBucketMs);
    if (!computed)
        return computed.error();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    if (auto r = clearKept(first, end); !r)
        return r.error();
    QList<QVariantList> bucketRows, reasonRows, delayRows;
    for (const auto& [bucket, gen] : std::as_const(marks)) {
        Q_UNUSED(gen);
        const auto found = computed->constFind(bucket);
        if (found == computed->cend())
            continue;
        const CallTotals& b = found.value();
        bucketRows.append({qlonglong(bucket), qlonglong(b.missed), qlonglong(b.texted), qlonglong(b.replied),
                           qlonglong(b.atRisk)});
        for (auto it = b.notTexted.cbegin(); it != b.notTexted.cend(); ++it) {
            const auto& [decision, params, state] = it.key();
            reasonRows.append({qlonglong(bucket), decision, params, state, qlonglong(it.value())});
        }
        for (auto it = b.delaysS.cbegin(); it != b.delaysS.cend(); ++it)
            delayRows.append({qlonglong(bucket), qlonglong(it.key()), qlonglong(it.value())});
    }
    if (auto r = insertRows(
            m_db, QStringLiteral("INSERT INTO dashboard_buckets (bucket, missed, texted, replied, at_risk)"),
            5, bucketRows);
        !r)
        return r.error();
    if (auto r = insertRows(
            m_db, QStringLiteral("INSERT INTO dashboard_reasons (bucket, decision, params, state, n)"), 5,
            reasonRows);
        !r)
        return r.error();
    if (auto r = insertRows(m_db, QStringLiteral("INSERT INTO dashboard_delays (bucket, delay_s, n)"), 3,
                            delayRows);
        !r)
        return r.error();
    // A bucket marked again since it was read stays dirty (its gen moved on): the next read
    // recomputes it.
    for (const auto& [bucket, gen] : std::as_const(marks)) {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM dashboard_dirty WHERE bucket = ? AND gen = ?"),
                               {qlonglong(bucket), qlonglong(gen)});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(marks.size());
}

StoreResult<void> DashboardRollups::clearKept(qint64 firstBucket, qint64 endBucket)
{
    // What was kept for the buckets being recomputed goes first (also for a bucket marked after
    // the read: it has no rows until the next refresh, and is still dirty).
    for (const QString& table : {QStringLiteral("dashboard_buckets"), QStringLiteral("dashboard_reasons"),
                                 QStringLiteral("dashboard_delays")}) {
        if (auto r =
                m_db.exec(QStringLiteral("DELETE FROM %1 WHERE bucket IN (SELECT bucket FROM dashboard_dirty "
                                         "WHERE bucket >= ? AND bucket < ?)")
                              .arg(table),
                          {qlonglong(firstBucket), qlonglong(endBucket)});
            !r)
            return r.error();
    }
    return {};
}

} // namespace ringback
