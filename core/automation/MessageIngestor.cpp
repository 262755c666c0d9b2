#include "MessageIngestor.h"

#include "OptOutIntent.h"
#include "TextBackFallback.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioErrorCodes.h"
#include "store/BlockListStore.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/OwnerAlertStore.h"
#include "store/ScheduledTextStore.h"
#include "store/TimelineStore.h"

#include <QSet>

namespace ringback {

namespace {

constexpr int kOptedOutAtCarrier = 21610;
constexpr int kUnreachable = 30006;

} // namespace

Keyword keywordOf(const QString& body)
{
    static const QSet<QString> optOut{QStringLiteral("STOP"),        QStringLiteral("STOPALL"),
                                      QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"),
                                      QStringLiteral("END"),         QStringLiteral("QUIT"),
                                      QStringLiteral("REVOKE"),      QStringLiteral("OPTOUT")};
    static const QSet<QString> optIn{QStringLiteral("START"), QStringLiteral("UNSTOP"),
                                     QStringLiteral("YES")};
    static const QSet<QString> help{QStringLiteral("HELP"), QStringLiteral("INFO")};
    QString word = body.trimmed().toUpper();
    while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('!')))
        word.chop(1);
    if (optOut.contains(word))
        return Keyword::OptOut;
    if (optIn.contains(word))
        return Keyword::OptIn;
    if (help.contains(word))
        return Keyword::Help;
    return Keyword::None;
}

MessageIngestor::MessageIngestor(Database& db, const PhoneNumberService& phone, const Clock& clock)
    : m_db(db)
    , m_phone(phone)
    , m_clock(clock)
{}

StoreResult<QList<IngestedMessage>> MessageIngestor::ingest(const QList<Message>& messages)
{
    QList<IngestedMessage> out;
    for (const Message& m : messages) {
        auto r = ingestOne(m);
        if (!r)
            return r.error();
        if (r->messageId)
            out << r.value();
    }
    return out;
}

StoreResult<IngestedMessage> MessageIngestor::ingestOne(const Message& incoming)
{
    const bool inbound = incoming.direction == MessageDirection::Inbound;
    const auto counterpart = m_phone.parse(inbound ? incoming.fromNumber : incoming.toNumber);
    if (!counterpart.isValid() || incoming.providerMessageId.isEmpty())
        return IngestedMessage{}; // short codes and the like have no lead to file under
    if (!inbound) {
        // Our reminders to the owner's mobile are in the log too: they belong to no conversation
        // (filed, they would start one with the owner's number).
        auto ownerAlert =
            OwnerAlertStore(m_db).isOwnerAlert(incoming.providerMessageId, counterpart.e164, incoming.body);
        if (!ownerAlert)
            return ownerAlert.error();
        if (ownerAlert.value())
            return IngestedMessage{};
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime at = incoming.createdAt.isValid() ? incoming.createdAt : now;

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    LeadStore leads(m_db);
    auto lead = leads.findOrCreate(counterpart.e164, counterpart.place, at);
    if (!lead)
        return lead.error();
    Message m = incoming;
    m.leadId = lead->id;
    auto stored = MessageStore(m_db).upsertFromProvider(m, now);
    if (!stored)
        return stored.error();

    IngestedMessage result{stored->id, lead->id, m.direction, Keyword::None, false};
    TimelineStore timeline(m_db);
    OutboxStore outbox(m_db);
    // A fact about this text, as codes (each desk words them).
    const auto event = [&](TimelineKind kind, const QString& code, const QVariantMap& params = {}) {
        TimelineEvent e;
        e.leadId = lead->id;
        e.kind = kind;
        e.code = code;
        e.params = params;
        e.messageId = stored->id;
        e.occurredAt = at;
        return e;
    };

    if (inbound && stored->inserted) {
        const bool history = m_historyBefore.isValid() && at < m_historyBefore;
        result.keyword = keywordOf(m.body);
        switch (result.keyword) {
        case Keyword::OptOut:
            if (auto r = OptOutStore(m_db).optOut(
                    {counterpart.e164, QStringLiteral("keyword"), m.body.trimmed().toUpper(), at});
                !r)
                return r.error();
            // Texts someone scheduled for them (Send later) will not go: say so on them now.
            if (auto r = ScheduledTextStore(m_db).cancelAllTo(counterpart.e164,
                                                              QStringLiteral("opted_out_before_send"), now);
                !r)
                return r.error();
            if (auto r = timeline.append(event(TimelineKind::OptedOut, QStringLiteral("keyword"),
                                               {{QStringLiteral("keyword"), m.body.trimmed().toUpper()}}));
                !r)
                return r.error();
            break;
        case Keyword::OptIn:
            if (auto r = OptOutStore(m_db).optIn(counterpart.e164); !r)
                return r.error();
            if (auto r = timeline.append(event(TimelineKind::OptedIn, QStringLiteral("keyword"))); !r)
                return r.error();
            break;
        case Keyword::Help: {
            const QString help = m_helpText && !history ? m_helpText() : QString();
            if (help.isEmpty())
                break;
            // HELP is an SMS-pumping path like any automatic text: once per number per 24 h...
            auto last = outbox.lastHelpReplyTo(counterpart.e164);
            if (!last)
                return last.error();
            if (last.value() && last.value()->secsTo(now) < kHelpReplyCooldownSeconds) {
                qCInfo(lcWorker) << "HELP answered within the last 24 h: not answering again";
                break;
            }
            // ...counted in the hourly cap (over it: held for a person to approve)...
            auto lastHour = outbox.countAutomaticSince(now.addSecs(-3600));
            if (!lastHour)
                return lastHour.error();
            OutboxItem reply;
            reply.leadId = lead->id;
            reply.kind = OutboxKind::HelpReply;
            reply.toNumber = counterpart.e164;
            reply.fromNumber = m.toNumber;
            reply.body = help;
            reply.channel = m.channel; // answered where they asked (WhatsApp: inside its window)
            reply.state = lastHour.value() >= m_hourlyCap ? OutboxState::Held : OutboxState::Pending;
            // ...and held by Pause: the sender claims no automatic text while paused.
            if (auto r = outbox.enqueue(reply, now); !r)
                return r.error();
            break;
        }
        case Keyword::None:
            result.isNewReply = !history;
            result.optOutIntent = OptOutIntent::matches(m.body);
            if (result.optOutIntent) {
                // Looks like "stop texting me": every automatic text to them stops at once, and a
                // person confirms or undoes it (the flag also keeps the policy from texting them).
                if (auto r = outbox.cancelPendingAutomaticTextsTo(counterpart.e164, now); !r)
                    return r.error();
                if (auto r = OptOutIntentStore(m_db).flag({counterpart.e164, lead->id, stored->id, at}); !r)
                    return r.error();
                qCInfo(lcWorker) << "a reply looks like an opt-out: automatic texts stopped, flagged";
            }
            // Whoever writes back is talking to us now: no follow-up or late text-back for the
            // calls before this reply. A call after it is a new request and keeps its text-back.
            if (auto r = outbox.cancelPendingAutomaticTextsTo(counterpart.e164, now, at); !r)
                return r.error();
            if (lead->status == LeadStatus::New || lead->status == LeadStatus::Texted) {
                if (auto r = leads.setStatus(lead->id, LeadStatus::Replied, now); !r)
                    return r.error();
            }
            if (auto r = timeline.append(event(TimelineKind::MessageReceived, QStringLiteral("reply"))); !r)
                return r.error();
            break;
        }
        if (auto r = leads.touch(lead->id, at, result.isNewReply); !r)
            return r.error();
        if (history) {
            if (auto r = leads.answeredAt(lead->id, m_historyBefore); !r)
                return r.error();
        }
    } else if (!inbound && stored->changed && m.errorCode) {
        // Provider feedback on our own texts is learned, so the number is never tried in vain again.
        // A compliance fact: if it cannot be written, the message is not filed either (the
        // transaction rolls back) and the next poll reads it again.
        if (*m.errorCode == kOptedOutAtCarrier) {
            if (auto r = OptOutStore(m_db).optOut(
                    {counterpart.e164, QStringLiteral("provider 21610"), QString(), now});
                !r)
                return r.error();
        } else if (*m.errorCode == kUnreachable && m.channel == MessageChannel::Sms) {
            if (auto r = BlockListStore(m_db).add(counterpart.e164, BlockListStore::Kind::CannotText,
                                                  QStringLiteral("carrier_error"), now,
                                                  {{QStringLiteral("error"), *m.errorCode}});
                !r)
                return r.error();
        }
        // A WhatsApp text-back WhatsApp did not deliver goes by SMS instead, once.
        if (auto r = TextBackFallback::afterStatus(m_db, stored->id, m.status, m.errorCode, now); !r)
            return r.error();
        if (TwilioErrorCodes::isRegistrationError(*m.errorCode))
            result.registrationError = *m.errorCode;
        TimelineEvent failed =
            event(TimelineKind::SendFailed, QStringLiteral("carrier_error"),
                  {{QStringLiteral("message"), m.errorMessage}, {QStringLiteral("error"), *m.errorCode}});
        failed.occurredAt = now;
        if (auto r = timeline.append(failed); !r)
            return r.error();
    } else if (!inbound && stored->inserted) {
        if (auto r = leads.touch(lead->id, at, false); !r)
            return r.error();
    }
    if (!inbound && stored->changed && m.status == MessageStatus::Delivered &&
        counterpart.e164.startsWith(QLatin1String("+1")))
        result.deliveredToNanp = true;
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

} // namespace ringback
