#include "SimulatedCarrier.h"

#include "SeededRandom.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ringback::sim {

namespace {

qint64 numberKey(const QString& number)
{
    return qint64(stableHash(number));
}

bool visibleFor(const Message& m, const QStringList& businessNumbers, const QStringList& whatsAppSenders)
{
    const QString& business = m.direction == MessageDirection::Outbound ? m.fromNumber : m.toNumber;
    if (businessNumbers.isEmpty())
        return true;
    return m.channel == MessageChannel::WhatsApp ? whatsAppSenders.contains(business)
                                                 : businessNumbers.contains(business);
}

} // namespace

SimulatedCarrier::SimulatedCarrier(const SimulatorSettings& settings, const SimulatedCallers& callers)
    : m_seed(settings.seed)
    , m_historyTextBackPercent(settings.historyTextBackPercent)
    , m_businessName(settings.businessName)
    , m_callers(callers)
    , m_script(settings)
{}

bool SimulatedCarrier::isStopKeyword(const QString& body)
{
    static const QSet<QString> words{QStringLiteral("stop"),        QStringLiteral("stopall"),
                                     QStringLiteral("unsubscribe"), QStringLiteral("cancel"),
                                     QStringLiteral("end"),         QStringLiteral("quit"),
                                     QStringLiteral("revoke"),      QStringLiteral("optout")};
    return words.contains(body.trimmed().toLower());
}

bool SimulatedCarrier::isStartKeyword(const QString& body)
{
    static const QSet<QString> words{QStringLiteral("start"), QStringLiteral("unstop"),
                                     QStringLiteral("yes")};
    return words.contains(body.trimmed().toLower());
}

QString SimulatedCarrier::send(const QString& from, const QString& to, const QString& body,
                               const QDateTime& now, MessageChannel channel)
{
    const int turn = m_turns.value(to);
    m_turns.insert(to, turn + 1);
    const QDateTime last = m_lastSent.value(to);
    const bool opening = !last.isValid() || last.secsTo(now) > kNewConversationSeconds;
    m_lastSent.insert(to, now);

    // The send time is part of the id: a restarted demo starts counting turns again, and must not
    // hand out an id an earlier run already used (the store would take it for that old text).
    const qint64 at = now.toMSecsSinceEpoch();
    QRandomGenerator ids = seeded(m_seed, Stream::MessageId, {numberKey(to), turn, 0, at});
    Outbound o;
    o.message.providerMessageId = sid(ids, "SM");
    o.message.direction = MessageDirection::Outbound;
    o.message.fromNumber = from;
    o.message.toNumber = to;
    o.message.body = body;
    o.message.channel = channel;
    o.message.status = MessageStatus::Queued;
    o.message.createdAt = now;
    o.message.updatedAt = now;

    QRandomGenerator timing = seeded(m_seed, Stream::Delivery, {numberKey(to), turn});
    o.sentAt = now.addSecs(uniform(timing, 1, 2));
    o.delivered = !m_callers.isLandline(to);
    o.finalAt = o.sentAt.addSecs(o.delivered ? uniform(timing, 1, 6) : uniform(timing, 3, 12));
    m_outbound << o;

    // A landline never reads it; everyone else may answer.
    if (o.delivered) {
        const QList<ScriptedReply> replies =
            m_script.repliesTo(to, turn, opening, m_callers.knownName(to), body);
        for (int i = 0; i < replies.size(); ++i) {
            QRandomGenerator replyIds = seeded(m_seed, Stream::MessageId, {numberKey(to), turn, i + 1, at});
            Message reply;
            reply.providerMessageId = sid(replyIds, "SM");
            reply.direction = MessageDirection::Inbound;
            reply.fromNumber = to;
            reply.toNumber = from;
            reply.body = replies.at(i).body;
            reply.mediaCount = replies.at(i).media;
            // WhatsApp people answer there (to the business number's WhatsApp sender).
            reply.channel = m_callers.prefersWhatsApp(to) ? MessageChannel::WhatsApp : MessageChannel::Sms;
            reply.status = MessageStatus::Received;
            reply.createdAt = now.addSecs(replies.at(i).delaySeconds);
            reply.sentAt = reply.createdAt;
            reply.updatedAt = reply.createdAt;
            m_inbound << reply;
        }
    }
    return o.message.providerMessageId;
}

void SimulatedCarrier::addHistory(const QList<SimulatedCall>& calls, const QDateTime& until)
{
    const QString body =
        QCoreApplication::translate("ringback::sim::SimulatedCarrier",
                                    "Hi, this is %1. Sorry we missed your call, how can we help?")
            .arg(m_businessName);
    for (const SimulatedCall& call : calls) {
        const Call& parent = call.parent();
        const bool missed =
            call.outcome != SimulatedOutcome::Answered && call.outcome != SimulatedOutcome::ForwardedAnswered;
        if (!missed || call.callerIsWithheld || parent.endedAt.addSecs(3600) > until)
            continue;
        QRandomGenerator rng =
            seeded(m_seed, Stream::Replies, {qint64(stableHash(parent.providerCallId)), -1});
        const QDateTime at = parent.endedAt.addSecs(60 * uniform(rng, 2, 45));
        if (!chance(rng, m_historyTextBackPercent) || isOptedOut(parent.fromNumber, at))
            continue;
        send(parent.toNumber, parent.fromNumber, body, at);
    }
}

QString SimulatedCarrier::receive(const QString& from, const QString& to, const QString& body,
                                  const QDateTime& at)
{
    QRandomGenerator ids =
        seeded(m_seed, Stream::MessageId, {numberKey(from), -1 - m_received++, at.toMSecsSinceEpoch()});
    Message m;
    m.providerMessageId = sid(ids, "SM");
    m.direction = MessageDirection::Inbound;
    m.fromNumber = from;
    m.toNumber = to;
    m.body = body;
    m.status = MessageStatus::Received;
    m.createdAt = at;
    m.sentAt = at;
    m.updatedAt = at;
    m_inbound << m;
    return m.providerMessageId;
}

bool SimulatedCarrier::isOptedOut(const QString& number, const QDateTime& now) const
{
    QDateTime latest;
    bool optedOut = false;
    for (const Message& m : m_inbound) {
        if (m.fromNumber != number || m.createdAt > now || (latest.isValid() && m.createdAt < latest))
            continue;
        if (isStopKeyword(m.body)) {
            optedOut = true;
            latest = m.createdAt;
        } else if (isStartKeyword(m.body)) {
            optedOut = false;
            latest = m.createdAt;
        }
    }
    return optedOut;
}

Message SimulatedCarrier::outboundAt(const Outbound& o, const QDateTime& now) const
{
    Message m = o.message;
    if (now >= o.finalAt) {
        m.status = o.delivered ? MessageStatus::Delivered : MessageStatus::Undelivered;
        // WhatsApp tells when it was read.
        if (o.delivered && m.channel == MessageChannel::WhatsApp &&
            now >= o.finalAt.addSecs(kReadAfterSeconds))
            m.status = MessageStatus::Read;
        m.updatedAt = o.finalAt;
        if (!o.delivered) {
            m.errorCode = kLandlineErrorCode;
            m.errorMessage = QCoreApplication::translate(
                "ringback::sim::SimulatedCarrier",
                "The number is a landline or unreachable: it cannot receive texts.");
        }
    } else if (now >= o.sentAt) {
        m.status = MessageStatus::Sent;
        m.updatedAt = o.sentAt;
    }
    if (now >= o.sentAt)
        m.sentAt = o.sentAt;
    return m;
}

std::optional<Message> SimulatedCarrier::messageAt(const QString& providerMessageId,
                                                   const QDateTime& now) const
{
    for (const Outbound& o : m_outbound) {
        if (o.message.providerMessageId == providerMessageId)
            return outboundAt(o, now);
    }
    for (const Message& m : m_inbound) {
        if (m.providerMessageId == providerMessageId && m.createdAt <= now)
            return m;
    }
    return std::nullopt;
}

QList<Message> SimulatedCarrier::messagesSince(const QDateTime& since, const QStringList& businessNumbers,
                                               const QDateTime& now, const QStringList& whatsAppSenders) const
{
    QList<Message> out;
    for (const Outbound& o : m_outbound) {
        if ((!since.isValid() || o.message.createdAt >= since) && o.message.createdAt <= now &&
            visibleFor(o.message, businessNumbers, whatsAppSenders))
            out << outboundAt(o, now);
    }
    for (const Message& m : m_inbound) {
        if ((!since.isValid() || m.createdAt >= since) && m.createdAt <= now &&
            visibleFor(m, businessNumbers, whatsAppSenders))
            out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const Message& a, const Message& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt
                                          : a.providerMessageId < b.providerMessageId;
    });
    return out;
}

} // namespace ringback::sim
