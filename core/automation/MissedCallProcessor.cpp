#include "MissedCallProcessor.h"

#include "OptOutIntent.h"
#include "QueuedText.h"
#include "common/Clock.h"
#include "common/FaultInjection.h"
#include "common/Logging.h"
#include "domain/FactWording.h"
#include "phone/ParsedNumbers.h"
#include "phone/PhoneNumberService.h"
#include "store/BlockListStore.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/TimelineStore.h"

namespace ringback {

namespace {
CallOutcome outcomeOf(qint64 callId, CallVerdict verdict)
{
    CallOutcome o;
    o.callId = callId;
    o.verdict = verdict;
    return o;
}

QString verdictName(CallVerdict v)
{
    switch (v) {
    case CallVerdict::Answered:
        return QStringLiteral("answered");
    case CallVerdict::Missed:
        return QStringLiteral("missed");
    default:
        return QStringLiteral("not_applicable");
    }
}
} // namespace

QString CallOutcome::summary() const
{
    Call call;
    call.verdict = verdictName(verdict);
    call.missReason = missReason;
    if (verdict == CallVerdict::Missed) {
        PolicyDecision d;
        d.action = action;
        d.reason = reason;
        d.templateRole = afterHours ? TextBackTemplate::AfterHours : TextBackTemplate::BusinessHours;
        call.decision = d.code();
    }
    return FactWording().callOutcome(call);
}

MissedCallProcessor::MissedCallProcessor(Database& db, const PhoneNumberService& phone, const Clock& clock)
    : m_db(db)
    , m_phone(phone)
    , m_clock(clock)
    , m_compose([](TextBackTemplate, const Lead&) { return QString(); })
    , m_open([](const QDateTime&) { return true; })
{}

void MissedCallProcessor::setRules(const ClassifierConfig& classifier, const PolicyConfig& policy)
{
    m_classifierConfig = classifier;
    m_policyConfig = policy;
}

StoreResult<QList<CallOutcome>> MissedCallProcessor::processPending(int limit,
                                                                    const QDateTime& messagesKnownUntil)
{
    auto pending = CallStore(m_db).undecidedParents(limit);
    if (!pending)
        return pending.error();
    if (messagesKnownUntil.isValid()) {
        // Oldest first: everything from the first call that ended too recently on waits.
        QList<Call>& all = pending.value();
        const auto tooRecent = std::find_if(all.begin(), all.end(), [&](const Call& c) {
            const QDateTime ended = c.endedAt.isValid() ? c.endedAt : c.startedAt;
            return ended.isValid() && ended > messagesKnownUntil;
        });
        all.erase(tooRecent, all.end());
    }
    QList<CallOutcome> outcomes;
    // A caller is parsed (and geocoded) once however many of their calls wait.
    ParsedNumbers numbers(m_phone);
    // Each decision is its own unit of work, but committing a few hundred together makes a
    // catch-up after a weekend off a matter of seconds; a failure rolls back only that batch,
    // every decision in it (none is left half-made: verdict, lead, timeline and text go together).
    constexpr int kBatch = 250;
    const QList<Call>& calls = pending.value();
    for (qsizetype start = 0; start < calls.size(); start += kBatch) {
        Transaction batch(m_db);
        if (!batch.began())
            return batch.began().error();
        QList<CallOutcome> decided;
        for (qsizetype i = start; i < qMin(calls.size(), start + kBatch); ++i) {
            auto outcome = decide(calls.at(i), numbers);
            if (!outcome)
                return outcome.error();
            if (outcome->verdict != CallVerdict::Pending)
                decided << outcome.value();
        }
        if (auto r = batch.commit(); !r)
            return r.error();
        for (const CallOutcome& o : decided) {
            if (o.action == PolicyAction::Send)
                fault::point("after-enqueue");
        }
        outcomes += decided;
    }
    return outcomes;
}

StoreResult<CallOutcome> MissedCallProcessor::decide(const Call& call, ParsedNumbers& numbers)
{
    CallStore calls(m_db);
    auto legs = calls.childLegs(call.providerCallId);
    if (!legs)
        return legs.error();
    const MissedCallClassifier classifier(m_classifierConfig);
    const CallClassification classification = classifier.classify(call, legs.value());
    if (classification.verdict == CallVerdict::Pending)
        return outcomeOf(call.id, CallVerdict::Pending);
    if (classification.verdict == CallVerdict::Missed)
        return decideMissed(call, classification, numbers);

    // Answered, or not the business's inbound call. An outbound call that is not final yet may
    // still connect (a call-back): wait for it.
    if (call.direction != CallDirection::Inbound && !isFinal(call.status))
        return outcomeOf(call.id, CallVerdict::Pending);

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    const QDateTime now = m_clock.nowUtc();
    // Reached by phone (answered now, or called back): a text-back still in its grace delay is
    // no longer wanted.
    const bool answeredInbound = classification.verdict == CallVerdict::Answered;
    const bool calledBack = call.direction != CallDirection::Inbound && call.status == CallStatus::Completed;
    if (answeredInbound || calledBack) {
        const auto number = numbers.toE164(answeredInbound ? call.fromNumber : call.toNumber);
        if (number) {
            // Reached at this call: only the text-backs of calls that ended before it are moot.
            const QDateTime reachedAt = call.startedAt.isValid() ? call.startedAt : call.endedAt;
            auto cancelled = OutboxStore(m_db).cancelPendingAutomaticTextsTo(*number, now, reachedAt);
            if (!cancelled)
                return cancelled.error();
            if (cancelled.value() > 0)
                qCInfo(lcWorker) << "cancelled a waiting text-back: caller reached by phone";
            // A conversation with someone since spoken to on the phone no longer waits for a
            // text (DESIGN §10); an answering machine on a call-back reached nobody.
            if (!call.answeredBy.startsWith(QLatin1String("machine"))) {
                auto lead = LeadStore(m_db).byNumber(*number);
                if (!lead)
                    return lead.error();
                if (lead->has_value()) {
                    if (auto r = LeadStore(m_db).answeredAt((*lead)->id, reachedAt); !r)
                        return r.error();
                }
            }
        }
    }
    if (auto r = calls.recordVerdict(call.id, verdictName(classification.verdict), QString(), QString(), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcomeOf(call.id, classification.verdict);
}

StoreResult<CallOutcome> MissedCallProcessor::decideMissed(const Call& call,
                                                           const CallClassification& classification,
                                                           ParsedNumbers& numbers)
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime ended = call.endedAt.isValid() ? call.endedAt : call.startedAt;

    PolicyInput in;
    in.call = call;
    in.firstSeenAt = call.firstSeenAt;
    in.now = now;
    in.caller.number = numbers.parse(call.fromNumber);
    in.businessOpen = m_open(ended.isValid() ? ended : now);

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();

    CallOutcome outcome = outcomeOf(call.id, CallVerdict::Missed);
    std::optional<Lead> lead;
    if (in.caller.number.isValid()) {
        const QString e164 = in.caller.number.e164;
        auto found =
            LeadStore(m_db).findOrCreate(e164, in.caller.number.place, ended.isValid() ? ended : now);
        if (!found)
            return found.error();
        lead = found.value();
        outcome.leadId = lead->id;

        auto optedOut = OptOutStore(m_db).isOptedOut(e164);
        if (!optedOut)
            return optedOut.error();
        auto intent = OptOutIntentStore(m_db).flagFor(e164);
        if (!intent)
            return intent.error();
        auto block = BlockListStore(m_db).kindOf(e164);
        if (!block)
            return block.error();
        auto lastText = OutboxStore(m_db).lastAutomaticTextTo(e164);
        if (!lastText)
            return lastText.error();
        auto reached = CallStore(m_db).reachedSince(e164, call.startedAt.isValid() ? call.startedAt : ended);
        if (!reached)
            return reached.error();
        auto lastHour = OutboxStore(m_db).countAutomaticSince(now.addSecs(-3600));
        if (!lastHour)
            return lastHour.error();
        in.caller.optedOut = optedOut.value();
        in.caller.optOutIntent = intent->has_value();
        in.caller.blocked = block.value() == BlockListStore::Kind::Blocked;
        in.caller.knownUndeliverable = block.value() == BlockListStore::Kind::CannotText;
        in.caller.lastAutoTextAt = lastText.value();
        in.caller.reachedSince = reached.value();
        in.autoTextsInLastHour = int(lastHour.value());
    }

    const PolicyDecision decision = TextBackPolicy(m_policyConfig).decide(in);
    outcome.action = decision.action;
    outcome.reason = decision.reason;
    outcome.afterHours = decision.templateRole == TextBackTemplate::AfterHours;
    outcome.caller = call.fromNumber;
    outcome.missReason = classification.code();

    if (lead) {
        TimelineStore timeline(m_db);
        TimelineEvent missed;
        missed.leadId = lead->id;
        missed.kind = TimelineKind::CallMissed;
        missed.code = classification.code();
        missed.callId = call.id;
        missed.occurredAt = ended.isValid() ? ended : now;
        if (auto r = timeline.append(missed); !r)
            return r.error();
        if (decision.action != PolicyAction::Send) {
            TimelineEvent notTexted = missed;
            notTexted.kind = TimelineKind::NotTexted;
            notTexted.code = decision.code();
            notTexted.occurredAt = now;
            if (auto r = timeline.append(notTexted); !r)
                return r.error();
        }
        // A call nobody will text back is something a person should see.
        const bool needsPerson =
            decision.action != PolicyAction::Send && decision.reason != PolicyReason::History;
        if (auto r = LeadStore(m_db).touch(lead->id, ended.isValid() ? ended : now, needsPerson); !r)
            return r.error();
    }

    if (lead && decision.action != PolicyAction::Skip) {
        OutboxItem item;
        item.callId = call.id;
        item.leadId = lead->id;
        item.kind = OutboxKind::TextBack;
        item.toNumber = lead->e164;
        item.fromNumber = call.toNumber;
        item.body = m_compose(decision.templateRole, *lead);
        item.state = decision.action == PolicyAction::Send ? OutboxState::Pending : OutboxState::Held;
        item.notBefore = decision.notBefore;
        // The owner's WhatsApp option: the approved template goes, the SMS waits on the row in case
        // WhatsApp refuses it (TextBackFallback).
        if (m_whatsApp) {
            if (const std::optional<WhatsAppTextBack> whatsApp = m_whatsApp(*lead))
                item = TextBackFallback::onWhatsApp(item, *whatsApp);
        }
        if (auto r = enqueueText(m_db, item, true, now); !r)
            return r.error();
    }

    if (auto r = CallStore(m_db).recordVerdict(call.id, verdictName(CallVerdict::Missed),
                                               classification.code(), decision.code(), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcome;
}

} // namespace ringback
