#include "ConversationStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

StoreResult<QList<ConversationSummary>> ConversationStore::page(int offset, int limit)
{
    // The last message per lead comes from the (lead_id, created_at) index, one probe per row.
    const QString sql = QStringLiteral(
        "SELECT l.id, l.e164, l.display_name, l.status, l.place, l.unread, l.last_activity_at, "
        "m.body, m.direction, m.automated FROM leads l LEFT JOIN messages m ON m.id = "
        "(SELECT id FROM messages WHERE lead_id = l.id ORDER BY created_at DESC, id DESC LIMIT 1) "
        "ORDER BY l.last_activity_at DESC, l.id DESC LIMIT ? OFFSET ?");
    return rows::all<ConversationSummary>(
        [](const QSqlQuery& q) {
            ConversationSummary c;
            c.lead.id = q.value(0).toLongLong();
            c.lead.e164 = q.value(1).toString();
            c.lead.displayName = q.value(2).toString();
            c.lead.status = leadStatusFromString(q.value(3).toString());
            c.lead.place = q.value(4).toString();
            c.lead.unread = q.value(5).toInt() != 0;
            c.lead.lastActivityAt = sql::toTime(q.value(6));
            c.lastBody = q.value(7).toString();
            c.lastDirection = messageDirectionFromString(q.value(8).toString());
            c.lastAutomated = q.value(9).toInt() != 0;
            return c;
        },
        m_db.exec(sql, {limit, offset}));
}

} // namespace ringback
