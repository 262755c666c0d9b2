#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

// How a simulated inbound call ends, as Twilio would log it (DESIGN §2 lists the traps).
enum class SimulatedOutcome {
    Answered,          // parent completed, child leg to the front desk completed (long)
    NoAnswer,          // parent no-answer, no duration; shows as "ringing" while it rings
    Busy,              // parent busy, no duration
    Canceled,          // the caller hung up while it rang
    Failed,            // rare: the call never connected
    ForwardedMissed,   // parent completed, child leg to a staff cell no-answer or busy
    ForwardedAnswered, // parent completed, child leg to a staff cell completed (long)
    CarrierVoicemail   // parent and the cell's leg completed within a few seconds
};

// Relative weights of the outcomes; only their ratios matter.
struct OutcomeWeights
{
    int answered = 38;
    int noAnswer = 14;
    int busy = 4;
    int canceled = 9;
    int failed = 2;
    int forwardedMissed = 13;
    int forwardedAnswered = 10;
    int carrierVoicemail = 10;

    int weight(SimulatedOutcome outcome) const;
    int total() const;
};

// Everything that shapes the simulated office. Two simulators with equal settings produce the same
// calls, whatever the clock does between polls, and the same replies to the same texts.
struct SimulatorSettings
{
    quint64 seed = 1;

    // The office: E.164 numbers in the 555-01xx fictional range (valid for libphonenumber).
    QString businessName = QStringLiteral("Anderson Plumbing & Heating");
    QStringList businessNumbers{QStringLiteral("+15125550100"), QStringLiteral("+15125550123")};
    QString frontDeskPhone = QStringLiteral("+15125550110");
    QStringList staffCells{QStringLiteral("+15125550188"), QStringLiteral("+15125550177")};
    QByteArray timeZoneId = QByteArrayLiteral("America/Chicago"); // business hours of the history
    QString region = QStringLiteral("US"); // numbers we are asked to text are parsed in this region

    // Callers: three in four from the business's own area codes, the rest from neighbouring ones.
    QStringList localAreaCodes{QStringLiteral("512"), QStringLiteral("737")};
    QStringList neighbourAreaCodes{QStringLiteral("254"), QStringLiteral("830"), QStringLiteral("210"),
                                   QStringLiteral("979")};
    int landlinePercent = 15;     // of caller numbers; texts to them end undelivered 30006
    int withheldPercent = 4;      // of calls: "anonymous", "restricted" and Twilio's stand-ins
    int repeatCallerPercent = 30; // of calls: from a pool of regulars, so some call several times
    int regularCallers = 40;      // size of that pool
    int knownContactPercent = 20; // of numbers: a contact with a first name (used in their replies)
    // Of mobile numbers: people who answer on WhatsApp (to the business number, its WhatsApp
    // sender), whatever channel reached them. 0 keeps every conversation SMS.
    int whatsAppPercent = 0;

    // Time. Before `start` the history rate applies (and only for `historyDays`); from `start` on,
    // the live rate. Simulated time equals the clock before `start` and runs `speed` times as fast
    // after it. A null start means "the clock's time when the simulator is created".
    QDateTime start;
    double speed = 1.0;
    int liveMeanSecondsBetweenCalls = 30; // simulated seconds, around the clock
    int historyCallsPerBusinessDay = 25;  // Monday to Friday; weekends are quieter
    int historyDays = 30;
    OutcomeWeights outcomes;

    // Texts: what callers do after one of our texts.
    int replyPercent = 60;    // reply with a message (sometimes two)
    int stopPercent = 7;      // reply STOP
    int followUpPercent = 35; // of replies: a second message (an address, a photo, a time)
    int replyDelayMinSeconds = 20;
    int replyDelayMaxSeconds = 300;
    // Of the missed calls in the history, those someone at the office texted back by hand (from
    // 2 to 45 minutes later), so the first import finds conversations, STOPs and land lines.
    int historyTextBackPercent = 40;

    // A lively office for `ringback --demo`: a call every 20 s on average, two in three missed,
    // three in four texted callers answering within 15-90 s (the history stays realistic).
    // Seed 2020 was picked among 2000-2060 for its first two minutes: with a 5 s poll and an
    // immediate text-back, 10 calls, 8 callers texted and 4 replies, the first 61 s in.
    static SimulatorSettings demo(const QDateTime& start, quint64 seed = 2020);

    // Simulated time for a clock reading (both UTC).
    QDateTime simulatedTime(const QDateTime& clockTime) const;
};

} // namespace ringback
