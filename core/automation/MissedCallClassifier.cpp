#include "MissedCallClassifier.h"

#include <QCoreApplication>

namespace ringback {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ringback::MissedCallClassifier", text);
}
} // namespace

QString CallClassification::explanation() const
{
    switch (verdict) {
    case CallVerdict::Pending:
        return tr("Call still in progress");
    case CallVerdict::NotApplicable:
        return tr("Not a call to the business");
    case CallVerdict::Answered:
        return tr("Answered call");
    case CallVerdict::Missed:
        break;
    }
    switch (reason) {
    case MissReason::NoAnswer:
        return tr("Missed call: nobody answered");
    case MissReason::Busy:
        return tr("Missed call: the line was busy");
    case MissReason::Canceled:
        return tr("Missed call: the caller hung up while it rang");
    case MissReason::Failed:
        return tr("Missed call: the call failed to connect");
    case MissReason::ForwardNotAnswered:
        return tr("Missed call: forwarded, but nobody picked up");
    case MissReason::MachineAnswered:
        return tr("Missed call: only a cell phone's voicemail picked up");
    case MissReason::HungUpOnGreeting:
        return tr("Missed call: the caller hung up during the greeting");
    case MissReason::VoicemailOrGreeting:
        return tr("Missed call: the voicemail or greeting took it");
    case MissReason::None:
        break;
    }
    return tr("Missed call");
}

bool MissedCallClassifier::isBusinessNumber(const QString& number) const
{
    return m_config.businessNumbers.isEmpty() || m_config.businessNumbers.contains(number);
}

bool MissedCallClassifier::legWasAnswered(const Call& leg) const
{
    if (leg.status != CallStatus::Completed)
        return false;
    // Twilio's answering-machine detection says "machine_start", "machine_end_beep", "fax", ...
    const QString by = leg.answeredBy.toLower();
    if (by.startsWith(QLatin1String("machine")) || by == QLatin1String("fax"))
        return false;
    return leg.durationSeconds.value_or(0) >= m_config.shortCallSeconds;
}

CallClassification MissedCallClassifier::classify(const Call& parent, const QList<Call>& childLegs) const
{
    if (!parent.parentProviderCallId.isEmpty() || parent.direction != CallDirection::Inbound ||
        !isBusinessNumber(parent.toNumber))
        return {CallVerdict::NotApplicable, MissReason::None};
    // Never decide on queued / ringing / in-progress: the call may still be answered.
    if (!isFinal(parent.status))
        return {CallVerdict::Pending, MissReason::None};

    switch (parent.status) {
    case CallStatus::NoAnswer:
        return {CallVerdict::Missed, MissReason::NoAnswer};
    case CallStatus::Busy:
        return {CallVerdict::Missed, MissReason::Busy};
    case CallStatus::Canceled:
        return {CallVerdict::Missed, MissReason::Canceled};
    case CallStatus::Failed:
        return {CallVerdict::Missed, MissReason::Failed};
    default:
        break;
    }

    // Completed: someone or something picked up. Find out whether it was a person.
    bool anyLegPending = false;
    bool anyLegAnswered = false;
    bool anyShortCompletedLeg = false;
    for (const Call& leg : childLegs) {
        if (!isFinal(leg.status))
            anyLegPending = true;
        else if (legWasAnswered(leg))
            anyLegAnswered = true;
        else if (leg.status == CallStatus::Completed)
            anyShortCompletedLeg = true;
    }
    if (anyLegAnswered)
        return {CallVerdict::Answered, MissReason::None};
    if (anyLegPending)
        return {CallVerdict::Pending, MissReason::None};
    if (!childLegs.isEmpty())
        return {CallVerdict::Missed,
                anyShortCompletedLeg ? MissReason::MachineAnswered : MissReason::ForwardNotAnswered};
    if (parent.durationSeconds && *parent.durationSeconds < m_config.greetingHangupSeconds)
        return {CallVerdict::Missed, MissReason::HungUpOnGreeting};
    return {CallVerdict::Missed, MissReason::VoicemailOrGreeting};
}

} // namespace ringback
