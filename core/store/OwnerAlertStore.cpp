#include "OwnerAlertStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {
// Who should still be answered (aliases: l = leads).
const QString kStillOwed = QStringLiteral(
    "l.waiting_since IS NOT NULL AND l.status NOT IN ('booked', 'won', 'lost') "
    "AND NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.e164 = l.e164) "
    "AND NOT EXISTS (SELECT 1 FROM blocked_numbers b WHERE b.e164 = l.e164 AND b.kind = 'blocked')");
} // namespace

StoreResult<QList<WaitingReply>> OwnerAlertStore::waitingSince(const QDateTime& notBefore,
                                                               const QDateTime& notAfter,
                                                               const QString& exceptNumber, int limit)
{
    // The newest inbound text of each: its words and the business number it went to.
    return rows::all<WaitingReply>(
        [](const QSqlQuery& q) {
            WaitingReply w;
            w.leadId = q.value(0).toLongLong();
            w.e164 = q.value(1).toString();
            w.displayName = q.value(2).toString();
            w.waitingSince = sql::toTime(q.value(3));
            w.lastWords = q.value(4).toString();
            w.businessNumber = q.value(5).toString();
            return w;
        },
        m_db.exec(
            QStringLiteral(
                "SELECT l.id, l.e164, l.display_name, l.waiting_since, "
                "(SELECT m.body FROM messages m WHERE m.lead_id = l.id AND m.direction = 'inbound' "
                "ORDER BY m.created_at DESC, m.id DESC LIMIT 1), "
                "(SELECT m.to_number FROM messages m WHERE m.lead_id = l.id AND m.direction = 'inbound' "
                "ORDER BY m.created_at DESC, m.id DESC LIMIT 1) "
                "FROM leads l WHERE l.waiting_since BETWEEN ? AND ? AND l.e164 <> ? AND %1 "
                "ORDER BY l.waiting_since, l.id LIMIT ?")
                .arg(kStillOwed),
            {sql::time(notBefore), sql::time(notAfter), exceptNumber, limit}));
}

QString OwnerAlertStore::dedupeKey(qint64 leadId, const QDateTime& waitingSince, int afterMinutes,
                                   const QDateTime& now)
{
    const qint64 overMs = waitingSince.msecsTo(now) - qint64(afterMinutes) * 60'000;
    const qint64 hour = overMs < 0 ? 0 : overMs / kOncePerMs;
    return QStringLiteral("owner_alert:%1:%2:%3").arg(leadId).arg(waitingSince.toMSecsSinceEpoch()).arg(hour);
}

StoreResult<bool> OwnerAlertStore::enqueue(const OutboxItem& alert, const QString& dedupeKey,
                                           const QDateTime& waitingSince, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // At most one per conversation per hour, whatever became of it (a failed one is not retried
    // every few seconds: that would be a loop of texts to a number that cannot take them).
    auto recent = rows::scalar(m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE lead_id = ? AND kind = ? AND created_at > ?"),
        {alert.leadId, toText(OutboxKind::OwnerAlert), sql::time(now.addMSecs(-kOncePerMs))}));
    if (!recent)
        return recent.error();
    if (recent.value() > 0)
        return false;
    auto thisWait = rows::scalar(m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE lead_id = ? AND kind = ? AND created_at >= ?"),
        {alert.leadId, toText(OutboxKind::OwnerAlert), sql::time(waitingSince)}));
    if (!thisWait)
        return thisWait.error();
    if (thisWait.value() >= kMaxTextsPerWait)
        return false;
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, state, "
                       "not_before, created_at, updated_at, dedupe_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?) "
                       "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"),
        {sql::nullOf(QMetaType::LongLong), alert.leadId, toText(OutboxKind::OwnerAlert), alert.toNumber,
         alert.fromNumber, alert.body, sql::time(now), sql::time(now), sql::time(now), dedupeKey});
    if (!inserted)
        return inserted.error();
    const bool created = inserted->next();
    inserted->finish();
    if (auto c = tx.commit(); !c)
        return c.error();
    return created;
}

StoreResult<bool> OwnerAlertStore::isOwnerAlert(const QString& providerMessageId, const QString& toNumber,
                                                const QString& body)
{
    auto n = rows::scalar(
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = ? AND to_number = ? AND "
                                 "(provider_message_id = ? OR body = ?)"),
                  {toText(OutboxKind::OwnerAlert), toNumber, providerMessageId, body}));
    if (!n)
        return n.error();
    return n.value() > 0;
}

StoreResult<bool> OwnerAlertStore::stillWanted(const OutboxItem& alert, const QDateTime& now)
{
    if (alert.createdAt.isValid() && alert.createdAt.msecsTo(now) > kStaleAfterMs)
        return false;
    auto n = rows::scalar(m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.id = ? AND l.waiting_since <= ? AND %1")
            .arg(kStillOwed),
        {alert.leadId, sql::time(alert.createdAt.isValid() ? alert.createdAt : now)}));
    if (!n)
        return n.error();
    return n.value() > 0;
}

} // namespace ringback
