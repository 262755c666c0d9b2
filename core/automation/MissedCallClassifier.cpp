#include "MissedCallClassifier.h"

#include "domain/EnumNames.h"
#include "domain/FactWording.h"

#include <QCoreApplication>

namespace ringback {

namespace {
constexpr detail::EnumNames<MissReason, 8> kMissReasons{{
    {MissReason::NoAnswer, "no_answer"},
    {MissReason::Busy, "busy"},
    {MissReason::Canceled, "canceled"},
    {MissReason::Failed, "failed"},
    {MissReason::ForwardNotAnswered, "forward_not_answered"},
    {MissReason::MachineAnswered, "machine_answered"},
    {MissReason::HungUpOnGreeting, "hung_up_on_greeting"},
    {MissReason::VoicemailOrGreeting, "voicemail_or_greeting"},
}};
} // namespace

QString CallClassification::code() const
{
    return verdict == CallVerdict::Missed ? detail::enumName(kMissReasons, reason, "") : QString();
}

QString CallClassification::explanation() const
{
    switch (verdict) {
    case CallVerdict::Pending:
        return QCoreApplication::translate("ringback::CallClassification", "Call still in progress");
    case CallVerdict::NotApplicable: {
        Call call;
        call.verdict = QStringLiteral("not_applicable");
        return FactWording().callOutcome(call);
    }
    case CallVerdict::Answered: {
        Call call;
        call.verdict = QStringLiteral("answered");
        return FactWording().callOutcome(call);
    }
    case CallVerdict::Missed:
        break;
    }
    return FactWording().missReason(code());
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
