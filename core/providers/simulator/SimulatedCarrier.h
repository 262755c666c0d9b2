#pragma once

#include "ReplyScript.h"
#include "SimulatedCallers.h"
#include "SimulatedOffice.h"
#include "SimulatorSettings.h"
#include "domain/Message.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ringback::sim {

// The messaging side of the simulated account: the texts we sent and how their status moves on
// (queued -> sent -> delivered in a few seconds; undelivered 30006 for landlines), the callers'
// replies scheduled from the ReplyScript, and the opt-outs their STOP and START keywords make,
// as Twilio's carrier-level opt-out handling does. All times are simulated time.
class SimulatedCarrier
{
public:
    static constexpr int kLandlineErrorCode = 30006;
    // A text after this long a silence opens a new conversation (a new job, a new missed call).
    static constexpr int kNewConversationSeconds = 12 * 3600;

    SimulatedCarrier(const SimulatorSettings& settings, const SimulatedCallers& callers);

    // Records our text, sent at `now`, and schedules its delivery and the caller's replies.
    // Returns its id. The caller of this class has checked the numbers and the opt-out.
    QString send(const QString& from, const QString& to, const QString& body, const QDateTime& now,
                 MessageChannel channel = MessageChannel::Sms);
    // A WhatsApp message delivered this long ago has been read.
    static constexpr int kReadAfterSeconds = 20;
    // The office's texts by hand after missed calls of the history (settings'
    // historyTextBackPercent), with their deliveries and replies. `calls` oldest first; only calls
    // that ended an hour or more before `until` get one.
    void addHistory(const QList<SimulatedCall>& calls, const QDateTime& until);
    // A caller texts the business on their own at `at` (e.g. START, or a question).
    QString receive(const QString& from, const QString& to, const QString& body, const QDateTime& at);

    // The latest STOP/START keyword the number has sent up to `now` decides.
    bool isOptedOut(const QString& number, const QDateTime& now) const;

    // One message as it stands at `now`; nothing for unknown ids and replies not yet sent.
    std::optional<Message> messageAt(const QString& providerMessageId, const QDateTime& now) const;
    // Our texts created since `since` (with their status at `now`) and the replies received in
    // [since, now], newest first. businessNumbers: only texts from/to these; empty: all.
    // WhatsApp messages are listed only for the senders in whatsAppSenders (as Twilio files them
    // under "whatsapp:+..."), unless businessNumbers is empty (the whole account).
    QList<Message> messagesSince(const QDateTime& since, const QStringList& businessNumbers,
                                 const QDateTime& now, const QStringList& whatsAppSenders = {}) const;

    static bool isStopKeyword(const QString& body);
    static bool isStartKeyword(const QString& body);

private:
    struct Outbound
    {
        Message message; // as created: queued
        QDateTime sentAt;
        QDateTime finalAt;
        bool delivered = true;
    };

    Message outboundAt(const Outbound& o, const QDateTime& now) const;

    quint64 m_seed;
    int m_historyTextBackPercent;
    QString m_businessName;
    const SimulatedCallers& m_callers;
    ReplyScript m_script;
    QList<Outbound> m_outbound;
    QList<Message> m_inbound;             // replies, each visible from its createdAt on
    QHash<QString, int> m_turns;          // texts we sent to a number so far
    QHash<QString, QDateTime> m_lastSent; // when we last texted a number
    int m_received = 0;
};

} // namespace ringback::sim
