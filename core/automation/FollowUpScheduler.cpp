#include "FollowUpScheduler.h"

#include "QueuedText.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {

struct Candidate
{
    qint64 callId;
    qint64 leadId;
    QString to;
    QString from;
};

// Text-backs sent long enough ago (but not so long that switching follow-ups on would chase
// weeks-old callers), with no follow-up yet, no reply or staff message since, no opt-out.
const QString kDueSql = QStringLiteral(
    "SELECT o.call_id, o.lead_id, o.to_number, o.from_number FROM outbox o "
    "WHERE o.kind = 'textback' AND o.state = 'sent' AND o.updated_at <= ? AND o.updated_at >= ? "
    "AND NOT EXISTS (SELECT 1 FROM outbox f WHERE f.call_id = o.call_id AND f.kind = 'followup') "
    "AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.lead_id = o.lead_id AND m.direction = 'inbound' "
    "AND m.created_at >= o.created_at) "
    "AND NOT EXISTS (SELECT 1 FROM outbox r WHERE r.lead_id = o.lead_id AND r.kind = 'reply' "
    "AND r.created_at >= o.created_at) "
    "AND NOT EXISTS (SELECT 1 FROM opt_outs x WHERE x.e164 = o.to_number) "
    "AND NOT EXISTS (SELECT 1 FROM blocked_numbers b WHERE b.e164 = o.to_number) "
    "ORDER BY o.updated_at LIMIT 200");

constexpr qint64 kLookBackHours = 24;

} // namespace

FollowUpScheduler::FollowUpScheduler(Database& db, const Clock& clock, AllowedAt allowedAt, Composer compose)
    : m_db(db)
    , m_clock(clock)
    , m_allowedAt(std::move(allowedAt))
    , m_compose(std::move(compose))
{}

StoreResult<int> FollowUpScheduler::scheduleDue(int delayMinutes)
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime dueBefore = now.addSecs(-qint64(delayMinutes) * 60);
    auto due = rows::all<Candidate>(
        [](const QSqlQuery& q) {
            return Candidate{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             q.value(3).toString()};
        },
        m_db.exec(kDueSql, {sql::time(dueBefore), sql::time(dueBefore.addSecs(-kLookBackHours * 3600))}));
    if (!due)
        return due.error();

    int scheduled = 0;
    for (const Candidate& c : due.value()) {
        auto lead = LeadStore(m_db).byId(c.leadId);
        if (!lead)
            return lead.error();
        if (!lead->has_value())
            continue;
        Transaction tx(m_db);
        if (!tx.began())
            return tx.began().error();
        OutboxItem item;
        item.callId = c.callId;
        item.leadId = c.leadId;
        item.kind = OutboxKind::FollowUp;
        item.toNumber = c.to;
        item.fromNumber = c.from;
        item.body = m_compose(**lead);
        item.notBefore = m_allowedAt(c.to, now);
        auto enqueued = enqueueText(m_db, item, true, now);
        if (!enqueued)
            return enqueued.error();
        if (enqueued->created)
            ++scheduled;
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return scheduled;
}

} // namespace ringback
