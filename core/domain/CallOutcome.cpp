#include "CallOutcome.h"

#include <QSet>

namespace ringback {

CallOutcomeKind callOutcomeKind(const Call& call)
{
    if (call.verdict.isEmpty())
        return isFinal(call.status) ? CallOutcomeKind::Undecided : CallOutcomeKind::InProgress;
    if (call.verdict == QLatin1String("answered"))
        return CallOutcomeKind::Answered;
    if (call.verdict != QLatin1String("missed"))
        return CallOutcomeKind::NotForBusiness;
    if (call.decision.isEmpty())
        return CallOutcomeKind::Undecided; // the policy runs within seconds of the verdict
    if (call.decision == QLatin1String("texted") || call.decision == QLatin1String("texted_after_hours"))
        return CallOutcomeKind::TextedBack;
    if (call.decision == QLatin1String("held_hourly_cap"))
        return CallOutcomeKind::HeldForApproval;
    // Reasons that leave nobody to chase: the caller asked for no texts, was just texted or
    // reached, or is not a customer at all.
    static const QSet<QString> settled{
        QStringLiteral("opted_out"),  QStringLiteral("opt_out_intent"),  QStringLiteral("blocked"),
        QStringLiteral("own_number"), QStringLiteral("already_reached"), QStringLiteral("cooldown"),
    };
    if (settled.contains(call.decision))
        return CallOutcomeKind::NotTexted;
    // Not texted because it could not be (a landline, a withheld number,
    // paused, missed while offline...): a person has to call back.
    return CallOutcomeKind::NeedsCallBack;
}

} // namespace ringback
