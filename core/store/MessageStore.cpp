#include "MessageStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "Upsert.h"

namespace ringback {

namespace {

const QString kColumns = QStringLiteral(
    "id, provider_message_id, lead_id, direction, from_number, to_number, body, status, error_code, "
    "error_message, automated, created_at, sent_at, updated_at, outbox_id, error_reason, media_count, "
    "channel");

Message readMessage(const QSqlQuery& q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.providerMessageId = q.value(1).toString();
    m.leadId = q.value(2).toLongLong();
    m.direction = messageDirectionFromString(q.value(3).toString());
    m.fromNumber = q.value(4).toString();
    m.toNumber = q.value(5).toString();
    m.body = q.value(6).toString();
    m.status = messageStatusFromString(q.value(7).toString());
    m.errorCode = sql::toOptional<int>(q.value(8));
    m.errorMessage = q.value(9).toString();
    m.automated = q.value(10).toInt() != 0;
    m.createdAt = sql::toTime(q.value(11));
    m.sentAt = sql::toTime(q.value(12));
    m.updatedAt = sql::toTime(q.value(13));
    m.outboxId = sql::toOptional<qint64>(q.value(14));
    m.errorReason = q.value(15).toString();
    m.mediaCount = q.value(16).toInt();
    m.channel = messageChannelFromString(q.value(17).toString());
    return m;
}

} // namespace

QString MessageStore::columns()
{
    return kColumns;
}

int MessageStore::columnCount()
{
    // Counted, so a column added to the list cannot leave a caller's extra columns misread.
    return int(kColumns.count(QLatin1Char(','))) + 1;
}

Message MessageStore::fromRow(const QSqlQuery& query)
{
    return readMessage(query);
}

StoreResult<UpsertOutcome> MessageStore::upsertFromProvider(const Message& m, const QDateTime& now)
{
    UpsertStatements s;
    s.insertSql = QStringLiteral(
        "INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
        "to_number, body, status, error_code, error_message, automated, created_at, "
        "sent_at, updated_at, media_count, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (provider_message_id) DO NOTHING RETURNING id");
    s.insertArgs = {m.providerMessageId,
                    m.leadId,
                    toText(m.direction),
                    m.fromNumber,
                    m.toNumber,
                    m.body,
                    toText(m.status),
                    sql::optional(m.errorCode),
                    sql::textOrNull(m.errorMessage),
                    sql::flag(m.automated),
                    sql::time(m.createdAt.isValid() ? m.createdAt : now),
                    sql::time(m.sentAt),
                    sql::time(now),
                    m.mediaCount,
                    toText(m.channel)};
    // The provider owns status, error and send time; the body and the thread never change.
    const QVariantList facts{toText(m.status), sql::optional(m.errorCode), sql::textOrNull(m.errorMessage),
                             sql::time(m.sentAt)};
    s.updateIfChangedSql =
        QStringLiteral("UPDATE messages SET status = ?, error_code = ?, error_message = ?, "
                       "sent_at = ?, updated_at = ? WHERE provider_message_id = ? AND "
                       "(status IS DISTINCT FROM ? OR error_code IS DISTINCT FROM ? OR "
                       "error_message IS DISTINCT FROM ? OR sent_at IS DISTINCT FROM ?) "
                       "RETURNING id");
    s.updateArgs = facts + QVariantList{sql::time(now), m.providerMessageId} + facts;
    s.selectIdSql = QStringLiteral("SELECT id FROM messages WHERE provider_message_id = ?");
    s.selectIdArgs = {m.providerMessageId};
    return runUpsert(m_db, s);
}

StoreResult<qint64> MessageStore::insertLocal(const Message& m, const QDateTime& now)
{
    return rows::scalar(m_db.exec(
        QStringLiteral(
            "INSERT INTO messages (provider_message_id, lead_id, direction, from_number, to_number, body, "
            "status, automated, created_at, updated_at, outbox_id, channel) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::textOrNull(m.providerMessageId), m.leadId, toText(m.direction), m.fromNumber, m.toNumber,
         m.body, toText(m.status), sql::flag(m.automated),
         sql::time(m.createdAt.isValid() ? m.createdAt : now), sql::time(now), sql::optional(m.outboxId),
         toText(m.channel)}));
}

StoreResult<void> MessageStore::attachProviderId(qint64 id, const QString& providerMessageId,
                                                 MessageStatus status, const QDateTime& now)
{
    // The poller may have stored the provider's copy of this text before the send was recorded (a
    // process died between the two): the local row, which the outbox and timeline point at, is
    // the one kept. Without this the UPDATE breaks the unique key, which on PostgreSQL also
    // aborts the whole transaction recording the send.
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM messages WHERE provider_message_id = ? AND id <> ?"),
                           {providerMessageId, id});
        !r)
        return r.error();
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE messages SET provider_message_id = ?, status = ?, sent_at = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  {providerMessageId, toText(status), sql::time(now), sql::time(now), id}));
}

StoreResult<void> MessageStore::setStatus(qint64 id, MessageStatus status, std::optional<int> errorCode,
                                          const QString& errorMessage, const QDateTime& now,
                                          const QString& errorReason)
{
    return rows::none(m_db.exec(
        QStringLiteral("UPDATE messages SET status = ?, error_code = ?, error_message = ?, error_reason = ?, "
                       "updated_at = ? WHERE id = ?"),
        {toText(status), sql::optional(errorCode), sql::textOrNull(errorMessage),
         sql::textOrNull(errorReason), sql::time(now), id}));
}

StoreResult<void> MessageStore::placeAt(qint64 id, const QDateTime& at)
{
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE messages SET created_at = ?, updated_at = ? WHERE id = ?"),
                  {sql::time(at), sql::time(at), id}));
}

StoreResult<std::optional<Message>> MessageStore::byId(qint64 id)
{
    return rows::first<Message>(
        readMessage, m_db.exec(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(kColumns), {id}));
}

StoreResult<std::optional<Message>> MessageStore::byProviderId(const QString& providerMessageId)
{
    return rows::first<Message>(
        readMessage,
        m_db.exec(QStringLiteral("SELECT %1 FROM messages WHERE provider_message_id = ?").arg(kColumns),
                  {providerMessageId}));
}

StoreResult<QList<Message>> MessageStore::forLead(qint64 leadId)
{
    return rows::all<Message>(
        readMessage,
        m_db.exec(
            QStringLiteral("SELECT %1 FROM messages WHERE lead_id = ? ORDER BY created_at, id").arg(kColumns),
            {leadId}));
}

StoreResult<QDateTime> MessageStore::latestCreatedNotAfter(const QDateTime& limit)
{
    // Only what came from the provider's log: a text queued here has no provider id yet.
    auto r = m_db.exec(QStringLiteral("SELECT MAX(created_at) FROM messages WHERE created_at <= ? AND "
                                      "provider_message_id IS NOT NULL"),
                       {sql::time(limit)});
    if (!r)
        return r.error();
    const QDateTime latest = r->next() ? sql::toTime(r->value(0)) : QDateTime();
    r->finish();
    return latest;
}

StoreResult<QDateTime> MessageStore::lastInboundAt(qint64 leadId, MessageChannel channel)
{
    auto r =
        m_db.exec(QStringLiteral("SELECT MAX(created_at) FROM messages WHERE lead_id = ? AND channel = ? "
                                 "AND direction = ?"),
                  {leadId, toText(channel), toText(MessageDirection::Inbound)});
    if (!r)
        return r.error();
    const QDateTime latest = r->next() ? sql::toTime(r->value(0)) : QDateTime();
    r->finish();
    return latest;
}

StoreResult<std::optional<MessageChannel>> MessageStore::lastInboundChannel(qint64 leadId)
{
    auto r = m_db.exec(QStringLiteral("SELECT channel FROM messages WHERE lead_id = ? AND direction = ? "
                                      "ORDER BY created_at DESC, id DESC LIMIT 1"),
                       {leadId, toText(MessageDirection::Inbound)});
    if (!r)
        return r.error();
    std::optional<MessageChannel> channel;
    if (r->next())
        channel = messageChannelFromString(r->value(0).toString());
    r->finish();
    return channel;
}

StoreResult<qint64> MessageStore::count()
{
    return rows::scalar(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM messages")));
}

} // namespace ringback
