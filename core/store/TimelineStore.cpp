#include "TimelineStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

StoreResult<qint64> TimelineStore::append(const TimelineEvent& e)
{
    return rows::scalar(
        m_db.exec(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, call_id, "
                                 "message_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  {e.leadId, toText(e.kind), e.detail, sql::optional(e.callId), sql::optional(e.messageId),
                   sql::time(e.occurredAt)}));
}

namespace {
TimelineEvent readEvent(const QSqlQuery& q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toLongLong();
    e.kind = timelineKindFromString(q.value(2).toString());
    e.detail = q.value(3).toString();
    e.callId = sql::toOptional<qint64>(q.value(4));
    e.messageId = sql::toOptional<qint64>(q.value(5));
    e.occurredAt = sql::toTime(q.value(6));
    return e;
}
} // namespace

StoreResult<QList<TimelineEvent>> TimelineStore::forLead(qint64 leadId)
{
    return rows::all<TimelineEvent>(
        readEvent,
        m_db.exec(QStringLiteral("SELECT id, lead_id, kind, detail, call_id, message_id, occurred_at FROM "
                                 "timeline_events WHERE lead_id = ? ORDER BY occurred_at, id"),
                  {leadId}));
}

StoreResult<QList<TimelineEvent>> TimelineStore::recent(qint64 leadId, int limit)
{
    return rows::all<TimelineEvent>(
        readEvent,
        m_db.exec(
            QStringLiteral("SELECT id, lead_id, kind, detail, call_id, message_id, occurred_at FROM "
                           "timeline_events WHERE lead_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"),
            {leadId, limit}));
}

} // namespace ringback
