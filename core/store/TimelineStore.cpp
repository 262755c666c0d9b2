#include "TimelineStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

#include <QSqlRecord>

namespace ringback {

StoreResult<qint64> TimelineStore::append(const TimelineEvent& e)
{
    return rows::scalar(
        m_db.exec(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, code, params, actor, call_id, "
                                 "message_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {e.leadId, toText(e.kind), e.code, sql::params(e.params), e.actor.trimmed(),
                   sql::optional(e.callId), sql::optional(e.messageId), sql::time(e.occurredAt)}));
}

namespace {
TimelineEvent readEvent(const QSqlQuery& q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toLongLong();
    e.kind = timelineKindFromString(q.value(2).toString());
    e.code = q.value(3).toString();
    e.params = sql::toParams(q.value(4));
    e.callId = sql::toOptional<qint64>(q.value(5));
    e.messageId = sql::toOptional<qint64>(q.value(6));
    e.occurredAt = sql::toTime(q.value(7));
    e.actor = q.value(8).toString();
    if (q.record().count() > 9) {
        e.decision = q.value(9).toString();
        e.decisionParams = sql::toParams(q.value(10));
    }
    return e;
}
} // namespace

StoreResult<QList<TimelineEvent>> TimelineStore::forLead(qint64 leadId)
{
    return rows::all<TimelineEvent>(
        readEvent,
        m_db.exec(QStringLiteral("SELECT id, lead_id, kind, code, params, call_id, message_id, occurred_at, "
                                 "actor FROM timeline_events WHERE lead_id = ? ORDER BY occurred_at, id"),
                  {leadId}));
}

StoreResult<QList<TimelineEvent>> TimelineStore::recent(qint64 leadId, int limit)
{
    // One line per fact: what was decided about a missed call is told on that call's line (at
    // the call's time), not as a line of its own stamped with when it was decided.
    const QString missed = toText(TimelineKind::CallMissed);
    const QString notTexted = toText(TimelineKind::NotTexted);
    return rows::all<TimelineEvent>(
        readEvent,
        m_db.exec(
            QStringLiteral(
                "SELECT t.id, t.lead_id, t.kind, t.code, t.params, t.call_id, t.message_id, t.occurred_at, "
                "t.actor, "
                "CASE WHEN t.kind = ? THEN (SELECT nt.code FROM timeline_events nt WHERE nt.call_id = "
                "t.call_id "
                "AND nt.kind = ? ORDER BY nt.id LIMIT 1) END, "
                "CASE WHEN t.kind = ? THEN (SELECT nt.params FROM timeline_events nt WHERE nt.call_id = "
                "t.call_id AND nt.kind = ? ORDER BY nt.id LIMIT 1) END "
                "FROM timeline_events t WHERE t.lead_id = ? AND NOT (t.kind = ? AND t.call_id IS NOT NULL "
                "AND EXISTS (SELECT 1 FROM timeline_events m WHERE m.call_id = t.call_id AND m.kind = ?)) "
                "ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?"),
            {missed, notTexted, missed, notTexted, leadId, notTexted, missed, limit}));
}

} // namespace ringback
