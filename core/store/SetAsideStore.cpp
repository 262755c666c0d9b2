#include "SetAsideStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

#include <QCryptographicHash>

namespace ringback {

namespace {

// The unique key of a record: its provider id, or for one without a readable id its excerpt.
QString recordKey(const SetAsideRecord& r)
{
    if (!r.providerId.isEmpty())
        return r.providerId;
    return QStringLiteral("excerpt:") +
           QString::fromLatin1(
               QCryptographicHash::hash(r.excerpt.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

SetAsideRecord readRecord(const QSqlQuery& q)
{
    SetAsideRecord r;
    r.kind = recordKindFromString(q.value(0).toString());
    r.providerId = q.value(1).toString();
    r.reason = setAsideReasonFromString(q.value(2).toString());
    r.field = q.value(3).toString();
    r.excerpt = q.value(4).toString();
    r.firstSeenAt = sql::toTime(q.value(5));
    r.lastSeenAt = sql::toTime(q.value(6));
    r.seenCount = q.value(7).toInt();
    return r;
}

} // namespace

StoreResult<QList<SetAsideRecord>> SetAsideStore::record(const QList<SetAsideRecord>& records,
                                                         const QDateTime& now)
{
    QList<SetAsideRecord> firstSeen;
    if (records.isEmpty())
        return firstSeen;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    for (const SetAsideRecord& r : records) {
        const QString key = recordKey(r);
        auto inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO set_aside_records (kind, record_key, provider_id, reason, field, excerpt, "
                "first_seen_at, last_seen_at, seen_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
                "ON CONFLICT (kind, record_key, reason) DO NOTHING RETURNING id"),
            {toText(r.kind), key, sql::textOrNull(r.providerId), toText(r.reason), r.field, r.excerpt,
             sql::time(now), sql::time(now)});
        if (!inserted)
            return inserted.error();
        const bool isNew = inserted->next();
        inserted->finish();
        if (isNew) {
            SetAsideRecord stored = r;
            stored.firstSeenAt = now;
            stored.lastSeenAt = now;
            stored.seenCount = 1;
            firstSeen << stored;
            continue;
        }
        if (auto r2 =
                m_db.exec(QStringLiteral("UPDATE set_aside_records SET last_seen_at = ?, seen_count = "
                                         "seen_count + 1 WHERE kind = ? AND record_key = ? AND reason = ?"),
                          {sql::time(now), toText(r.kind), key, toText(r.reason)});
            !r2)
            return r2.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return firstSeen;
}

StoreResult<QList<SetAsideStore::Count>> SetAsideStore::countsByReason(RecordKind kind)
{
    return rows::all<Count>(
        [](const QSqlQuery& q) {
            return Count{setAsideReasonFromString(q.value(0).toString()), q.value(1).toLongLong(),
                         sql::toTime(q.value(2))};
        },
        m_db.exec(QStringLiteral("SELECT reason, COUNT(*), MAX(last_seen_at) FROM set_aside_records "
                                 "WHERE kind = ? GROUP BY reason ORDER BY reason"),
                  {toText(kind)}));
}

StoreResult<QList<SetAsideRecord>> SetAsideStore::recent(RecordKind kind, int limit)
{
    return rows::all<SetAsideRecord>(
        readRecord,
        m_db.exec(
            QStringLiteral("SELECT kind, provider_id, reason, field, excerpt, first_seen_at, last_seen_at, "
                           "seen_count FROM set_aside_records WHERE kind = ? "
                           "ORDER BY last_seen_at DESC, id DESC LIMIT ?"),
            {toText(kind), limit}));
}

} // namespace ringback
