#include "NewReplyDetector.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "domain/Message.h"

namespace ringback {

NewReplyDetector::NewReplyDetector(Database& db, std::optional<qint64> lastSeenMessageId, QDateTime notBefore)
    : m_db(db)
    , m_notBefore(std::move(notBefore))
{
    if (lastSeenMessageId) {
        m_lastSeen = *lastSeenMessageId;
        return;
    }
    auto end = rows::scalar(m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")));
    if (end)
        m_lastSeen = end.value();
    else
        m_lastError = end.error().message;
}

StoreResult<QList<NewReply>> NewReplyDetector::takeNew()
{
    auto found = look(m_db, m_lastSeen, m_notBefore);
    if (!found) {
        m_lastError = found.error().message;
        return found.error();
    }
    m_lastError.clear();
    return moveTo(found.value());
}

StoreResult<NewReplyDetector::Look> NewReplyDetector::look(Database& db, qint64 lastSeen,
                                                           const QDateTime& notBefore)
{
    // The cursor moves past every message, ours included, so the next look starts where this one
    // ended; the reply filter is in the second query only.
    auto end = rows::scalar(db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")));
    if (!end)
        return end.error();
    if (end.value() <= lastSeen)
        return Look{lastSeen, {}};
    auto replies = rows::all<NewReply>(
        [](const QSqlQuery& q) {
            NewReply r;
            r.messageId = q.value(0).toLongLong();
            r.leadId = q.value(1).toLongLong();
            r.body = q.value(2).toString();
            r.receivedAt = sql::toTime(q.value(3));
            r.e164 = q.value(4).toString();
            r.displayName = q.value(5).toString();
            r.leadUrgent = q.value(6).toInt() != 0;
            return r;
        },
        db.exec(
            QStringLiteral("SELECT m.id, m.lead_id, m.body, m.created_at, l.e164, l.display_name, l.urgent "
                           "FROM messages m JOIN leads l ON l.id = m.lead_id "
                           "WHERE m.id > ? AND m.id <= ? AND m.direction = ? AND m.automated = 0 "
                           "AND m.created_at >= ? ORDER BY m.id"),
            {lastSeen, end.value(), toText(MessageDirection::Inbound),
             notBefore.isValid() ? sql::time(notBefore) : QVariant(qlonglong(0))}));
    if (!replies)
        return replies.error();
    return Look{end.value(), replies.value()};
}

QList<NewReply> NewReplyDetector::moveTo(const Look& look)
{
    QList<NewReply> fresh;
    for (const NewReply& r : look.replies) {
        if (r.messageId > m_lastSeen)
            fresh << r;
    }
    m_lastSeen = qMax(m_lastSeen, look.end);
    return fresh;
}

StoreResult<qint64> NewReplyDetector::unreadConversations(Database& db)
{
    return rows::scalar(db.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE unread = 1")));
}

} // namespace ringback
