#include "TypingPresence.h"

#include "Database.h"
#include "QueryRows.h"

namespace ringback {

StoreResult<void> TypingPresence::announce(qint64 leadId, const QString& who, const QDateTime& now)
{
    return rows::none(
        m_db.exec(QStringLiteral("INSERT INTO typing (lead_id, who, until_ms) VALUES (?, ?, ?) "
                                 "ON CONFLICT (lead_id, who) DO UPDATE SET until_ms = excluded.until_ms"),
                  {leadId, who, now.toMSecsSinceEpoch() + kHoldMs}));
}

StoreResult<void> TypingPresence::clear(qint64 leadId, const QString& who)
{
    return rows::none(
        m_db.exec(QStringLiteral("DELETE FROM typing WHERE lead_id = ? AND who = ?"), {leadId, who}));
}

StoreResult<QStringList> TypingPresence::othersTyping(qint64 leadId, const QString& me, const QDateTime& now)
{
    auto names = rows::all<QString>(
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        m_db.exec(QStringLiteral("SELECT who FROM typing WHERE lead_id = ? AND who <> ? AND until_ms > ? "
                                 "ORDER BY who"),
                  {leadId, me, now.toMSecsSinceEpoch()}));
    if (!names)
        return names.error();
    return QStringList(names.value());
}

} // namespace ringback
