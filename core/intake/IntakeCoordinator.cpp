#include "IntakeCoordinator.h"

#include "IntakeFlow.h"
#include "IntakeStore.h"
#include "automation/QueuedText.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "hours/WallClock.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {

IntakeFlow flowFor(const IntakeCoordinator::Config& config)
{
    return IntakeFlow(config.questions, UrgentWords(config.urgentWords), JobTimeReader(config.monthFirst));
}

// The number our texts to this lead go from: the one the customer wrote to.
StoreResult<QString> businessNumberFor(Database& db, qint64 leadId)
{
    auto row = rows::first<QString>(
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        db.exec(QStringLiteral("SELECT to_number FROM messages WHERE lead_id = ? AND direction = 'inbound' "
                               "ORDER BY created_at DESC, id DESC LIMIT 1"),
                {leadId}));
    if (!row)
        return row.error();
    return row->value_or(QString());
}

} // namespace

IntakeCoordinator::IntakeCoordinator(Database& db, const Clock& clock, AllowedAt allowedAt, Compose compose)
    : m_db(db)
    , m_clock(clock)
    , m_allowedAt(std::move(allowedAt))
    , m_compose(std::move(compose))
{}

StoreResult<QList<IntakeCoordinator::Outcome>>
IntakeCoordinator::onReplies(const QList<IngestedMessage>& ingested, const Config& config)
{
    QList<Outcome> out;
    for (const IngestedMessage& m : ingested) {
        if (m.direction != MessageDirection::Inbound || !m.isNewReply)
            continue;
        auto o = onReply(m, config);
        if (!o)
            return o.error();
        if (!o->urgentWord.isEmpty() || o->asked || !o->filled.isEmpty() || !o->stoppedBy.isEmpty())
            out << o.value();
    }
    return out;
}

StoreResult<IntakeCoordinator::Outcome> IntakeCoordinator::onReply(const IngestedMessage& reply,
                                                                   const Config& config)
{
    const QDateTime now = m_clock.nowUtc();
    Outcome outcome;
    outcome.leadId = reply.leadId;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto message = MessageStore(m_db).byId(reply.messageId);
    if (!message)
        return message.error();
    auto found = LeadStore(m_db).byId(reply.leadId);
    if (!found)
        return found.error();
    if (!message->has_value() || !found->has_value())
        return outcome;
    Lead lead = **found;
    IntakeStore store(m_db);
    auto progress = store.progress(lead.id);
    if (!progress)
        return progress.error();
    IntakeProgress p = progress.value();
    if (p.lastMessageId >= reply.messageId)
        return outcome; // read already (a cycle retried, another worker): nothing is asked twice
    p.lastMessageId = reply.messageId;

    // What the text says fills the card whether or not questions are asked: an address or a day
    // typed unprompted is as useful.
    const bool wasUrgent = lead.urgent;
    const std::optional<IntakeQuestion> answering =
        p.state == IntakeProgress::State::Asking ? p.asked : std::nullopt;
    const QDateTime at = (*message)->createdAt.isValid() ? (*message)->createdAt : now;
    const IntakeFlow flow = flowFor(config);
    // "Please stop texting me" answers no question. The first reply after our text-back answers
    // its question ("what can we help with?").
    const bool firstReply = p.state == IntakeProgress::State::NotStarted;
    const auto reading = reply.optOutIntent
                             ? IntakeFlow::Reading{}
                             : flow.read(lead, (*message)->body, (*message)->mediaCount, answering,
                                         wallclock::localDate(at, config.zone), firstReply);
    outcome.filled = reading.filled;
    if (lead.urgent && !wasUrgent)
        outcome.urgentWord = reading.urgentWord;
    if (!reading.filled.isEmpty() || outcome.urgentWord.size() > 0) {
        if (auto r = LeadStore(m_db).saveIntake(lead, now); !r)
            return r.error();
    }

    if (config.enabled && !reply.optOutIntent) {
        if (p.state == IntakeProgress::State::NotStarted) {
            // Only a reply to our text-back starts it (never a customer who texted first, or
            // one a person already answered).
            auto textBack = store.lastTextBack(lead.id);
            if (!textBack)
                return textBack.error();
            if (textBack->has_value()) {
                p.state = IntakeProgress::State::Asking;
                p.startedAt = **textBack;
                p.asked.reset();
            }
        }
        if (p.state == IntakeProgress::State::Asking) {
            if (auto r = askNext(lead, p, config, QStringLiteral("answered"), outcome); !r)
                return r.error();
        }
    } else if (reply.optOutIntent && p.state == IntakeProgress::State::Asking) {
        p.state = IntakeProgress::State::Stopped;
        p.endedBy = QStringLiteral("opted_out");
        outcome.stoppedBy = p.endedBy;
    }
    // Saved for every reply read, so none is read twice (the progress says which was last).
    if (auto r = store.save(lead.id, p, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcome;
}

StoreResult<QList<IntakeCoordinator::Outcome>> IntakeCoordinator::moveOnAfterSilence(const Config& config)
{
    QList<Outcome> out;
    if (!config.enabled || config.silenceMinutes <= 0)
        return out;
    auto silent =
        IntakeStore(m_db).silentSince(m_clock.nowUtc().addSecs(-qint64(config.silenceMinutes) * 60));
    if (!silent)
        return silent.error();
    for (qint64 leadId : silent.value()) {
        auto o = moveOn(leadId, config);
        if (!o)
            return o.error();
        out << o.value();
    }
    return out;
}

StoreResult<IntakeCoordinator::Outcome> IntakeCoordinator::moveOn(qint64 leadId, const Config& config)
{
    const QDateTime now = m_clock.nowUtc();
    Outcome outcome;
    outcome.leadId = leadId;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    IntakeStore store(m_db);
    auto progress = store.progress(leadId);
    if (!progress)
        return progress.error();
    auto found = LeadStore(m_db).byId(leadId);
    if (!found)
        return found.error();
    if (!found->has_value() || progress->state != IntakeProgress::State::Asking)
        return outcome;
    const Lead& lead = **found;
    IntakeProgress p = progress.value();
    p.movedOn = true;
    // The unanswered question is passed over: the next one may be easier to answer.
    if (auto r = askNext(lead, p, config, QStringLiteral("silence"), outcome); !r)
        return r.error();
    if (auto r = store.save(leadId, p, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcome;
}

StoreResult<void> IntakeCoordinator::askNext(const Lead& lead, IntakeProgress& p, const Config& config,
                                             const QString& doneBecause, Outcome& outcome)
{
    auto reason = IntakeStore(m_db).reasonToStop(lead, p.startedAt);
    if (!reason)
        return reason.error();
    if (!reason->isEmpty()) {
        p.state = IntakeProgress::State::Stopped;
        p.endedBy = reason.value();
        outcome.stoppedBy = p.endedBy;
        return {};
    }
    const std::optional<IntakeQuestion> next = flowFor(config).next(lead, p.asked);
    if (!next) {
        p.state = IntakeProgress::State::Done;
        p.endedBy = doneBecause;
        return {};
    }
    auto asked = ask(lead, *next, config);
    if (!asked)
        return asked.error();
    p.asked = next;
    p.askedAt = m_clock.nowUtc();
    if (asked.value())
        outcome.asked = next;
    return {};
}

StoreResult<bool> IntakeCoordinator::ask(const Lead& lead, IntakeQuestion question, const Config& config)
{
    const QDateTime now = m_clock.nowUtc();
    auto from = businessNumberFor(m_db, lead.id);
    if (!from)
        return from.error();
    // Counted in the hourly cap like every automatic text: over it, a person approves it.
    auto lastHour = OutboxStore(m_db).countAutomaticSince(now.addSecs(-3600));
    if (!lastHour)
        return lastHour.error();
    OutboxItem item;
    item.leadId = lead.id;
    item.kind = OutboxKind::IntakeQuestion;
    item.toNumber = lead.e164;
    item.fromNumber = from.value();
    item.body = m_compose(question, lead);
    item.state = lastHour.value() >= config.hourlyCap ? OutboxState::Held : OutboxState::Pending;
    item.notBefore = m_allowedAt ? m_allowedAt(lead.e164, now) : now;
    item.dedupeKey = IntakeStore::dedupeKey(lead.id, question);
    if (item.body.trimmed().isEmpty())
        return false;
    auto queued = enqueueText(m_db, item, true, now);
    if (!queued)
        return queued.error();
    qCInfo(lcWorker) << "intake question" << toText(question) << "queued for lead" << lead.id;
    return queued->created;
}

} // namespace ringback
