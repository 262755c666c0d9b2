#include "SimulatorSettings.h"

#include <cmath>

namespace ringback {

int OutcomeWeights::weight(SimulatedOutcome outcome) const
{
    switch (outcome) {
    case SimulatedOutcome::Answered:
        return answered;
    case SimulatedOutcome::NoAnswer:
        return noAnswer;
    case SimulatedOutcome::Busy:
        return busy;
    case SimulatedOutcome::Canceled:
        return canceled;
    case SimulatedOutcome::Failed:
        return failed;
    case SimulatedOutcome::ForwardedMissed:
        return forwardedMissed;
    case SimulatedOutcome::ForwardedAnswered:
        return forwardedAnswered;
    case SimulatedOutcome::CarrierVoicemail:
        return carrierVoicemail;
    }
    return 0;
}

int OutcomeWeights::total() const
{
    return answered + noAnswer + busy + canceled + failed + forwardedMissed + forwardedAnswered +
           carrierVoicemail;
}

SimulatorSettings SimulatorSettings::demo(const QDateTime& start, quint64 seed)
{
    SimulatorSettings s;
    s.seed = seed;
    s.start = start.toUTC();
    s.speed = 1.0;
    // A demo is there to show misses and replies: more calls, more of them missed, quicker answers.
    s.liveMeanSecondsBetweenCalls = 20;
    s.outcomes.answered = 24;
    s.outcomes.forwardedAnswered = 8;
    s.replyPercent = 75;
    s.replyDelayMinSeconds = 15;
    s.replyDelayMaxSeconds = 90;
    // Some callers answer on WhatsApp, so the inbox shows both channels in one conversation.
    s.whatsAppPercent = 35;
    return s;
}

QDateTime SimulatorSettings::simulatedTime(const QDateTime& clockTime) const
{
    const QDateTime t = clockTime.toUTC();
    if (!start.isValid() || t <= start || speed == 1.0)
        return t;
    const qint64 realMs = start.msecsTo(t);
    return start.addMSecs(qint64(std::llround(double(realMs) * speed)));
}

} // namespace ringback
