#pragma once

#include "domain/Call.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

struct ClassifierConfig
{
    QStringList businessNumbers;    // E.164; empty: every inbound call counts as the business's
    int shortCallSeconds = 10;      // a leg that "completed" in less did not reach a person
    int greetingHangupSeconds = 10; // a caller who hung up this soon on the greeting was missed
};

enum class CallVerdict {
    Pending,       // not final yet (queued / ringing / in-progress, here or on a child leg): decide later
    NotApplicable, // outbound, a child leg, or not to one of the business's numbers
    Answered,
    Missed
};

enum class MissReason {
    None,
    NoAnswer,           // no-answer
    Busy,               // busy
    Canceled,           // the caller hung up while it rang
    Failed,             // the call failed to connect
    ForwardNotAnswered, // completed parent, every forwarded leg unanswered
    MachineAnswered,    // the only "answer" was a cell phone's voicemail or a pocket answer
    HungUpOnGreeting,   // completed, no leg, caller gave up within the greeting
    VoicemailOrGreeting // completed, no leg: the number's own voicemail or greeting took it
};

struct CallClassification
{
    CallVerdict verdict = CallVerdict::Pending;
    MissReason reason = MissReason::None;
    // The stored code of how it was missed ("busy", "forward_not_answered"; "" when not missed).
    QString code() const;
    // The code in this desk's words: "Missed call: forwarded, but nobody picked up".
    QString explanation() const;
};

// Decides, from a parent call and its child legs as the provider logged them, whether a person at
// the business spoke to the caller (DESIGN §2). Pure: no store, no clock.
class MissedCallClassifier
{
public:
    explicit MissedCallClassifier(ClassifierConfig config)
        : m_config(std::move(config))
    {}

    CallClassification classify(const Call& parent, const QList<Call>& childLegs) const;

    // A child leg counts as answered only when it completed, lasted at least the short-call
    // threshold, and was not answered by a machine.
    bool legWasAnswered(const Call& leg) const;

private:
    bool isBusinessNumber(const QString& number) const;

    ClassifierConfig m_config;
};

} // namespace ringback
