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
    // The cursor moves past every message, ours included, so the next look starts where this one
    // ended; the reply filter is in the second query only.
    auto end = rows::scalar(m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")));
    if (!end) {
        m_lastError = end.error().message;
        return end.error();
    }
    if (end.value() <= m_lastSeen)
        return QList<NewReply>();
    auto replies = rows::all<NewReply>(
        [](const QSqlQuery& q) {
            NewReply r;
            r.messageId = q.value(0).toLongLong();
            r.leadId = q.value(1).toLongLong();
            r.body = q.value(2).toString();
            r.receivedAt = sql::toTime(q.value(3));
            r.e164 = q.value(4).toString();
            r.displayName = q.value(5).toString();
            return r;
        },
        m_db.exec(QStringLiteral("SELECT m.id, m.lead_id, m.body, m.created_at, l.e164, l.display_name "
                                 "FROM messages m JOIN leads l ON l.id = m.lead_id "
                                 "WHERE m.id > ? AND m.id <= ? AND m.direction = ? AND m.automated = 0 "
                                 "AND m.created_at >= ? ORDER BY m.id"),
                  {m_lastSeen, end.value(), toText(MessageDirection::Inbound),
                   m_notBefore.isValid() ? sql::time(m_notBefore) : QVariant(qlonglong(0))}));
    if (!replies) {
        m_lastError = replies.error().message;
        return replies.error();
    }
    m_lastSeen = end.value();
    m_lastError.clear();
    return replies;
}

StoreResult<qint64> NewReplyDetector::unreadConversations(Database& db)
{
    return rows::scalar(db.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE unread = 1")));
}

} // namespace ringback
