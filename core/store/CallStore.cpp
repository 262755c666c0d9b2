#include "CallStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "Upsert.h"

namespace ringback {

namespace {

const QString kColumns = QStringLiteral(
    "id, provider_call_id, parent_provider_call_id, direction, from_number, to_number, status, started_at, "
    "ended_at, duration_s, answered_by, has_recording, first_seen_at, updated_at, verdict, miss_reason, "
    "decision, decision_params, decided_at");

Call readCall(const QSqlQuery& q)
{
    Call c;
    c.id = q.value(0).toLongLong();
    c.providerCallId = q.value(1).toString();
    c.parentProviderCallId = q.value(2).toString();
    c.direction = callDirectionFromString(q.value(3).toString());
    c.fromNumber = q.value(4).toString();
    c.toNumber = q.value(5).toString();
    c.status = callStatusFromString(q.value(6).toString());
    c.startedAt = sql::toTime(q.value(7));
    c.endedAt = sql::toTime(q.value(8));
    c.durationSeconds = sql::toOptional<int>(q.value(9));
    c.answeredBy = q.value(10).toString();
    c.hasRecording = q.value(11).toInt() != 0;
    c.firstSeenAt = sql::toTime(q.value(12));
    c.updatedAt = sql::toTime(q.value(13));
    c.verdict = q.value(14).toString();
    c.missReason = q.value(15).toString();
    c.decision = q.value(16).toString();
    c.decisionParams = sql::toParams(q.value(17));
    c.decidedAt = sql::toTime(q.value(18));
    return c;
}

} // namespace

StoreResult<UpsertOutcome> CallStore::upsert(const Call& c, const QDateTime& now)
{
    const QVariantList facts{sql::textOrNull(c.parentProviderCallId),
                             toText(c.direction),
                             c.fromNumber,
                             c.toNumber,
                             toText(c.status),
                             sql::time(c.startedAt),
                             sql::time(c.endedAt),
                             sql::optional(c.durationSeconds),
                             sql::textOrNull(c.answeredBy),
                             sql::flag(c.hasRecording)};
    UpsertStatements s;
    s.insertSql =
        QStringLiteral("INSERT INTO calls (provider_call_id, parent_provider_call_id, direction, "
                       "from_number, to_number, status, started_at, ended_at, duration_s, answered_by, "
                       "has_recording, first_seen_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (provider_call_id) DO NOTHING RETURNING id");
    s.insertArgs = QVariantList{c.providerCallId} + facts + QVariantList{sql::time(now), sql::time(now)};
    // first_seen_at is never updated: the stale rule needs the moment we first saw the call.
    s.updateIfChangedSql =
        QStringLiteral("UPDATE calls SET parent_provider_call_id = ?, direction = ?, from_number = ?, "
                       "to_number = ?, status = ?, started_at = ?, ended_at = ?, duration_s = ?, "
                       "answered_by = ?, has_recording = ?, updated_at = ? "
                       "WHERE provider_call_id = ? AND (parent_provider_call_id IS DISTINCT FROM ? OR "
                       "direction IS DISTINCT FROM ? OR from_number IS DISTINCT FROM ? OR "
                       "to_number IS DISTINCT FROM ? OR status IS DISTINCT FROM ? OR "
                       "started_at IS DISTINCT FROM ? OR ended_at IS DISTINCT FROM ? OR "
                       "duration_s IS DISTINCT FROM ? OR answered_by IS DISTINCT FROM ? OR "
                       "has_recording IS DISTINCT FROM ?) RETURNING id");
    s.updateArgs = facts + QVariantList{sql::time(now), c.providerCallId} + facts;
    s.selectIdSql = QStringLiteral("SELECT id FROM calls WHERE provider_call_id = ?");
    s.selectIdArgs = {c.providerCallId};
    return runUpsert(m_db, s);
}

StoreResult<QList<UpsertOutcome>> CallStore::upsertAll(const QList<Call>& calls, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    QList<UpsertOutcome> outcomes;
    outcomes.reserve(calls.size());
    for (const Call& c : calls) {
        auto r = upsert(c, now);
        if (!r)
            return r.error();
        outcomes << r.value();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcomes;
}

StoreResult<std::optional<Call>> CallStore::byProviderId(const QString& providerCallId)
{
    return rows::first<Call>(
        readCall, m_db.exec(QStringLiteral("SELECT %1 FROM calls WHERE provider_call_id = ?").arg(kColumns),
                            {providerCallId}));
}

StoreResult<std::optional<Call>> CallStore::byId(qint64 id)
{
    return rows::first<Call>(
        readCall, m_db.exec(QStringLiteral("SELECT %1 FROM calls WHERE id = ?").arg(kColumns), {id}));
}

StoreResult<QList<Call>> CallStore::childLegs(const QString& parentProviderCallId)
{
    return rows::all<Call>(
        readCall,
        m_db.exec(
            QStringLiteral("SELECT %1 FROM calls WHERE parent_provider_call_id = ? ORDER BY started_at, id")
                .arg(kColumns),
            {parentProviderCallId}));
}

StoreResult<QList<Call>> CallStore::fromNumberSince(const QString& number, const QDateTime& since)
{
    return rows::all<Call>(
        readCall, m_db.exec(QStringLiteral("SELECT %1 FROM calls WHERE from_number = ? AND ended_at >= ? "
                                           "ORDER BY ended_at DESC, id DESC")
                                .arg(kColumns),
                            {number, sql::time(since)}));
}

StoreResult<QList<Call>> CallStore::undecidedParents(int limit)
{
    return rows::all<Call>(readCall,
                           m_db.exec(QStringLiteral("SELECT %1 FROM calls WHERE decided_at IS NULL AND "
                                                    "parent_provider_call_id IS NULL "
                                                    "ORDER BY ended_at, id LIMIT ?")
                                         .arg(kColumns),
                                     {limit}));
}

StoreResult<void> CallStore::recordVerdict(qint64 id, const QString& verdict, const QString& missReason,
                                           const QString& decision, const QDateTime& at)
{
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE calls SET verdict = ?, miss_reason = ?, decision = ?, "
                                 "decided_at = ? WHERE id = ?"),
                  {verdict, sql::textOrNull(missReason), sql::textOrNull(decision), sql::time(at), id}));
}

StoreResult<bool> CallStore::reachedSince(const QString& number, const QDateTime& since)
{
    // Answered on a later call, or called back from the office (an outbound parent call). Two
    // probes, one by the caller's number and one by the number called: written as one condition
    // with OR and `parent_provider_call_id IS NULL`, SQLite walked calls_parent over every parent
    // call ever stored, once per decision (a 5,000-call catch-up spent half its time there).
    const QString parent = QStringLiteral("COALESCE(parent_provider_call_id, '') = ''");
    auto n = rows::scalar(m_db.exec(
        QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM calls WHERE from_number = ? AND "
                       "verdict = 'answered' AND started_at > ? AND %1) OR EXISTS (SELECT 1 FROM calls "
                       "WHERE to_number = ? AND started_at > ? AND direction <> 'inbound' AND status IN "
                       "('completed', 'in-progress') AND %1) THEN 1 ELSE 0 END")
            .arg(parent),
        {number, sql::time(since), number, sql::time(since)}));
    if (!n)
        return n.error();
    return n.value() > 0;
}

StoreResult<QSet<QString>> CallStore::decidedAmong(const QStringList& providerCallIds)
{
    // In slices: SQLite and PostgreSQL both cap the parameters of one statement.
    constexpr qsizetype kSlice = 500;
    QSet<QString> decided;
    for (qsizetype from = 0; from < providerCallIds.size(); from += kSlice) {
        const QStringList slice = providerCallIds.mid(from, kSlice);
        QVariantList args;
        for (const QString& id : slice)
            args << id;
        auto r = m_db.exec(QStringLiteral("SELECT provider_call_id FROM calls WHERE decided_at IS NOT NULL "
                                          "AND provider_call_id IN (%1)")
                               .arg(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                           args);
        if (!r)
            return r.error();
        while (r->next())
            decided.insert(r->value(0).toString());
    }
    return decided;
}

StoreResult<QDateTime> CallStore::latestEndedNotAfter(const QDateTime& limit)
{
    auto r =
        m_db.exec(QStringLiteral("SELECT MAX(ended_at) FROM calls WHERE ended_at <= ?"), {sql::time(limit)});
    if (!r)
        return r.error();
    const QDateTime latest = r->next() ? sql::toTime(r->value(0)) : QDateTime();
    r->finish();
    return latest;
}

StoreResult<QList<Call>> CallStore::page(int offset, int limit)
{
    // With whether the call ended in a gap when nobody was texting (sender_gaps, migration 16).
    return rows::all<Call>(
        [](const QSqlQuery& q) {
            Call c = readCall(q);
            c.endedWhileNobodyTexting = q.value(19).toInt() != 0;
            return c;
        },
        m_db.exec(
            QStringLiteral("SELECT %1, CASE WHEN EXISTS (SELECT 1 FROM sender_gaps g WHERE "
                           "g.started_at <= calls.ended_at AND g.ended_at > calls.ended_at) THEN 1 ELSE "
                           "0 END FROM calls WHERE parent_provider_call_id IS NULL ORDER BY started_at "
                           "DESC, id DESC LIMIT ? OFFSET ?")
                .arg(kColumns),
            {limit, offset}));
}

StoreResult<qint64> CallStore::count()
{
    return rows::scalar(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM calls")));
}

} // namespace ringback
