#pragma once

#include "SenderPresence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ringback {

// What the status bar and the headless log say about the automation. Sent by queued signal.
struct AutomationState
{
    enum class Mode {
        Starting,
        Live,     // polling and sending
        Paused,   // auto text-back switched off: still polling, the inbox stays live
        Standby,  // another desk or process holds the automation lease
        Degraded, // the provider refuses (credentials, account) or the store failed
        Offline,  // no network / provider unreachable: retrying with back-off
        Stopped
    };
    Mode mode = Mode::Starting;
    QString detail;              // why, in words ("Twilio refused the Auth Token. Check it in Settings.")
    QDateTime lastPollAt;        // last fully successful cycle (calls, messages, sends)
    QDateTime lastCallPollAt;    // last call poll whose records were all stored or set aside
    QDateTime lastMessagePollAt; // the same for the message log
    qint64 queuedTexts = 0;
    QString leaseHolder;    // for Standby
    SenderPresence senders; // who is texting, from the heartbeats (issue 21)

    // "Auto text-back is live: last checked 14:02:05, 0 texts queued"
    QString describe() const;

    // Its sentences, under the context "ringback::AutomationState" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::AutomationState)
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::AutomationState)
