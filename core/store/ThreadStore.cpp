#include "ThreadStore.h"

#include "Database.h"
#include "MessageStore.h"
#include "QueryRows.h"
#include "SqlValues.h"

#include <algorithm>
#include <limits>

namespace ringback {

namespace {

using Kind = ThreadEntry::Kind;

// An event a text caused (an opt-out by STOP) shows after that text, which has the same time: its
// place in the order is a millisecond later.
const QString kEventOrder =
    QStringLiteral("(t.occurred_at + CASE WHEN t.message_id IS NULL THEN 0 ELSE 1 END)");

bool before(const ThreadEntry& a, const ThreadEntry& b)
{
    const qint64 ta = a.at().toMSecsSinceEpoch();
    const qint64 tb = b.at().toMSecsSinceEpoch();
    if (ta != tb)
        return ta < tb;
    if (a.kind != b.kind)
        return a.kind < b.kind;
    return a.id() < b.id();
}

// The condition that keeps one branch's rows (all of kind `branch`) on the wanted side of a
// cursor in the (time, kind, id) order, as SQL over `timeColumn` and `idColumn` plus its arguments.
QString boundCondition(const QString& timeColumn, const QString& idColumn, Kind branch, const ThreadCursor& c,
                       bool upper, QVariantList& args)
{
    constexpr qint64 kNone = 0;
    constexpr qint64 kAll = std::numeric_limits<qint64>::max();
    qint64 idBound = 0;
    if (upper) {
        // Rows at the cursor's time that come before it: same kind with a smaller id; all
        // events when the cursor is a message; no messages when it is an event.
        idBound = branch == c.kind ? c.id : (branch == Kind::Event ? kAll : kNone);
        args << c.atMs << c.atMs << idBound;
        return QStringLiteral("(%1 < ? OR (%1 = ? AND %2 < ?))").arg(timeColumn, idColumn);
    }
    idBound = branch == c.kind ? c.id : (branch == Kind::Message ? kNone : kAll);
    args << c.atMs << c.atMs << idBound;
    return QStringLiteral("(%1 > ? OR (%1 = ? AND %2 >= ?))").arg(timeColumn, idColumn);
}

} // namespace

QList<TimelineKind> ThreadStore::inlineKinds()
{
    return {TimelineKind::CallMissed, TimelineKind::NotTexted, TimelineKind::OptedOut, TimelineKind::OptedIn};
}

StoreResult<QList<ThreadEntry>> ThreadStore::messages(qint64 leadId, const std::optional<Bound>& bound,
                                                      int limit)
{
    QVariantList args{leadId};
    QString where = QStringLiteral("lead_id = ?");
    if (bound)
        where += QStringLiteral(" AND ") + boundCondition(QStringLiteral("created_at"), QStringLiteral("id"),
                                                          Kind::Message, bound->cursor, bound->upper, args);
    // The moment a scheduled text waits for, while it can still be edited or cancelled (pending
    // and never tried: OutboxStore's rule for Edit and Cancel).
    QString sql =
        QStringLiteral("SELECT %1, (SELECT o.scheduled_for FROM outbox o WHERE o.id = messages.outbox_id "
                       "AND o.state = 'pending' AND o.attempts = 0) "
                       "FROM messages WHERE %2 ORDER BY created_at DESC, id DESC")
            .arg(MessageStore::columns(), where);
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        args << limit;
    }
    return rows::all<ThreadEntry>(
        [](const QSqlQuery& q) {
            ThreadEntry e;
            e.kind = Kind::Message;
            e.message = MessageStore::fromRow(q);
            e.message.scheduledFor = sql::toTime(q.value(MessageStore::columnCount()));
            return e;
        },
        m_db.exec(sql, args));
}

StoreResult<QList<ThreadEntry>> ThreadStore::events(qint64 leadId, const std::optional<Bound>& bound,
                                                    int limit)
{
    // In the order of the statement's placeholders: the two decision look-ups, the outbox join,
    // then the conditions.
    QVariantList args{toText(TimelineKind::NotTexted), toText(TimelineKind::NotTexted),
                      toText(OutboxKind::TextBack), leadId};
    QStringList kinds;
    for (TimelineKind k : inlineKinds()) {
        kinds << QStringLiteral("?");
        args << toText(k);
    }
    // A decision about a call is told on that call's line, so it is not a row of its own.
    QString where =
        QStringLiteral("t.lead_id = ? AND t.kind IN (%1) AND NOT (t.kind = ? AND t.call_id IS NOT "
                       "NULL AND EXISTS (SELECT 1 FROM timeline_events m WHERE m.call_id = t.call_id "
                       "AND m.kind = ?))")
            .arg(kinds.join(QLatin1Char(',')));
    args << toText(TimelineKind::NotTexted) << toText(TimelineKind::CallMissed);
    if (bound)
        where += QStringLiteral(" AND ") + boundCondition(kEventOrder, QStringLiteral("t.id"), Kind::Event,
                                                          bound->cursor, bound->upper, args);
    QString sql =
        QStringLiteral(
            "SELECT t.id, t.kind, t.code, t.call_id, t.occurred_at, c.ended_at, c.started_at, "
            "o.state, COALESCE(tm.sent_at, o.updated_at), (SELECT nt.code FROM timeline_events nt "
            "WHERE nt.call_id = t.call_id AND nt.kind = ? ORDER BY nt.id LIMIT 1), CASE WHEN t.message_id IS "
            "NULL THEN 0 ELSE 1 END, "
            // A cancelled text-back: the first text from them after the call ended, and the first
            // call that reached them (answered, or a completed call back), before it was cancelled.
            "CASE WHEN o.state = 'cancelled' THEN (SELECT MIN(r.created_at) FROM messages r WHERE "
            "r.lead_id = t.lead_id AND r.direction = 'inbound' AND r.created_at >= COALESCE(c.ended_at, "
            "c.started_at) AND r.created_at <= o.updated_at) END, "
            "CASE WHEN o.state = 'cancelled' THEN (SELECT MIN(COALESCE(a.started_at, a.ended_at)) FROM calls "
            "a "
            "WHERE a.id <> c.id AND a.parent_provider_call_id IS NULL AND ((a.direction = 'inbound' AND "
            "a.from_number = c.from_number AND a.verdict = 'answered') OR (a.direction <> 'inbound' AND "
            "a.to_number = c.from_number AND a.status = 'completed')) AND COALESCE(a.started_at, a.ended_at) "
            ">= COALESCE(c.ended_at, c.started_at) AND COALESCE(a.started_at, a.ended_at) <= o.updated_at) "
            "END, t.params, t.actor, (SELECT nt.params FROM timeline_events nt WHERE nt.call_id = t.call_id "
            "AND nt.kind = ? ORDER BY nt.id LIMIT 1) "
            "FROM timeline_events t "
            "LEFT JOIN calls c ON c.id = t.call_id "
            "LEFT JOIN outbox o ON o.call_id = t.call_id AND o.kind = ? "
            "LEFT JOIN messages tm ON tm.id = o.message_id "
            "WHERE %1 ORDER BY %2 DESC, t.id DESC")
            .arg(where, kEventOrder);
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        args << limit;
    }
    return rows::all<ThreadEntry>(
        [](const QSqlQuery& q) {
            ThreadEntry e;
            e.kind = Kind::Event;
            ThreadEvent& ev = e.event;
            ev.id = q.value(0).toLongLong();
            ev.kind = timelineKindFromString(q.value(1).toString());
            ev.code = q.value(2).toString();
            ev.params = sql::toParams(q.value(13));
            ev.actor = q.value(14).toString();
            ev.callId = sql::toOptional<qint64>(q.value(3));
            ev.occurredAt = sql::toTime(q.value(4));
            ev.orderAt = ev.occurredAt.addMSecs(q.value(10).toLongLong());
            ev.callEndedAt = sql::toTime(q.value(5).isNull() ? q.value(6) : q.value(5));
            if (!q.value(7).isNull())
                ev.textBackState = outboxStateFromString(q.value(7).toString());
            ev.textBackSentAt = sql::toTime(q.value(8));
            if (ev.kind == TimelineKind::CallMissed) {
                ev.decision = q.value(9).toString();
                ev.decisionParams = sql::toParams(q.value(15));
            }
            if (ev.textBackState == OutboxState::Cancelled) {
                const QVariant replied = q.value(11);
                const QVariant reached = q.value(12);
                if (!replied.isNull() && (reached.isNull() || replied.toLongLong() <= reached.toLongLong()))
                    ev.cancelReason = ThreadEvent::CancelReason::TextReply;
                else if (!reached.isNull())
                    ev.cancelReason = ThreadEvent::CancelReason::ReachedByPhone;
            }
            return e;
        },
        m_db.exec(sql, args));
}

StoreResult<QList<ThreadEntry>> ThreadStore::merged(qint64 leadId, const std::optional<Bound>& bound,
                                                    int limit)
{
    auto texts = messages(leadId, bound, limit);
    if (!texts)
        return texts.error();
    auto lines = events(leadId, bound, limit);
    if (!lines)
        return lines.error();
    QList<ThreadEntry> all = texts.value() + lines.value();
    std::sort(all.begin(), all.end(), before);
    // Each branch read the newest `limit` of its kind; the newest `limit` of both are the page.
    if (limit > 0 && all.size() > limit)
        all.remove(0, all.size() - limit);
    return all;
}

StoreResult<QList<ThreadEntry>> ThreadStore::olderPage(qint64 leadId, std::optional<ThreadCursor> before,
                                                       int limit)
{
    std::optional<Bound> bound;
    if (before)
        bound = Bound{*before, true};
    return merged(leadId, bound, limit);
}

StoreResult<QList<ThreadEntry>> ThreadStore::from(qint64 leadId, const ThreadCursor& from)
{
    return merged(leadId, Bound{from, false}, 0);
}

} // namespace ringback
