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
    // When the worker tries again after a failure (a back-off, a Retry-After): invalid while all is
    // well. The status bar counts down to it, so what it says about the wait is the real wait.
    QDateTime nextAttemptAt;
    // Requests sent to the provider in the last hour (polls, live-call watch, sends); -1 unknown.
    int requestsPerHour = -1;
    int liveCalls = 0; // calls ringing or in progress, watched closely
    // A text from the business failed because its number is not registered for texting US
    // numbers (30034, 30035, 30032): the first such code seen since the start, said once in the
    // status bar rather than per text; 0 when none.
    int registrationError = 0;

    // "Auto text-back is live: last checked 14:02:05, 0 texts queued"
    QString describe() const;
    // The mode alone, without the registration problem.
    QString describeMode() const;

    // Its sentences, under the context "ringback::AutomationState" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::AutomationState)
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::AutomationState)
