#include "TextBackPolicy.h"

#include <QCoreApplication>

namespace ringback {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ringback::TextBackPolicy", text);
}

PolicyDecision skip(PolicyReason reason)
{
    return {PolicyAction::Skip, reason, TextBackTemplate::BusinessHours, {}};
}
} // namespace

QString PolicyDecision::explanation() const
{
    if (action == PolicyAction::Send)
        return templateRole == TextBackTemplate::AfterHours ? tr("Texted back with the after-hours message")
                                                            : tr("Texted back");
    switch (reason) {
    case PolicyReason::History:
        return tr("Not texted: missed before Ringback started");
    case PolicyReason::Withheld:
        return tr("Not texted: the caller ID was withheld");
    case PolicyReason::InvalidNumber:
        return tr("Not texted: the caller ID is not a valid phone number");
    case PolicyReason::OwnNumber:
        return tr("Not texted: the call came from one of the business's own numbers");
    case PolicyReason::Blocked:
        return tr("Not texted: the number is blocked");
    case PolicyReason::OptedOut:
        return tr("Not texted: the caller opted out of texts");
    case PolicyReason::OptOutIntent:
        return tr("Not texted: their reply looks like an opt-out; confirm or undo it in the conversation");
    case PolicyReason::CannotReceiveSms:
        return tr("Not texted: a landline cannot receive texts, call them back");
    case PolicyReason::KnownUndeliverable:
        return tr("Not texted: earlier texts to this number could not be delivered, call them back");
    case PolicyReason::CountryNotAllowed:
        return tr("Not texted: texts to this country are not allowed in Settings");
    case PolicyReason::Paused:
        return tr("Not texted: auto text-back was paused");
    case PolicyReason::Stale:
        return tr("Not texted: missed while Ringback was offline, follow up by hand");
    case PolicyReason::AlreadyReached:
        return tr("Not texted: the caller was reached by phone since");
    case PolicyReason::Cooldown:
        return tr("Not texted: this caller was already texted recently");
    case PolicyReason::HourlyCap:
        return tr("Held for approval: more automatic texts than the hourly limit");
    case PolicyReason::None:
        break;
    }
    return tr("Not texted");
}

bool TextBackPolicy::countryAllowed(const QString& regionCode) const
{
    const QStringList allowed = m_config.allowedCountries.isEmpty() ? QStringList{m_config.businessRegion}
                                                                    : m_config.allowedCountries;
    return allowed.contains(regionCode, Qt::CaseInsensitive);
}

PolicyDecision TextBackPolicy::decide(const PolicyInput& in) const
{
    const CallerFacts& caller = in.caller;
    const QDateTime ended = in.call.endedAt.isValid() ? in.call.endedAt : in.call.startedAt;

    // The order matters: the first rule that applies is the reason shown on the lead card, so
    // lasting facts about the caller come before circumstances of this one call.
    if (!m_config.automationEnabledSince.isValid() || !ended.isValid() ||
        ended < m_config.automationEnabledSince)
        return skip(PolicyReason::History);
    if (caller.number.kind == CallerIdKind::Withheld)
        return skip(PolicyReason::Withheld);
    if (!caller.number.isValid())
        return skip(PolicyReason::InvalidNumber);
    if (m_config.businessNumbers.contains(caller.number.e164))
        return skip(PolicyReason::OwnNumber);
    if (caller.blocked)
        return skip(PolicyReason::Blocked);
    if (caller.optedOut)
        return skip(PolicyReason::OptedOut);
    if (caller.optOutIntent)
        return skip(PolicyReason::OptOutIntent);
    if (!caller.number.canReceiveSms())
        return skip(PolicyReason::CannotReceiveSms);
    if (caller.knownUndeliverable)
        return skip(PolicyReason::KnownUndeliverable);
    if (!countryAllowed(caller.number.regionCode))
        return skip(PolicyReason::CountryNotAllowed);
    if (!m_config.autoTextBackEnabled)
        return skip(PolicyReason::Paused);
    if (in.firstSeenAt.isValid() && ended.secsTo(in.firstSeenAt) > m_config.staleCutoffSeconds)
        return skip(PolicyReason::Stale);
    if (caller.reachedSince)
        return skip(PolicyReason::AlreadyReached);
    if (caller.lastAutoTextAt && caller.lastAutoTextAt->secsTo(ended) < m_config.cooldownSeconds)
        return skip(PolicyReason::Cooldown);

    PolicyDecision d;
    d.templateRole = in.businessOpen ? TextBackTemplate::BusinessHours : TextBackTemplate::AfterHours;
    d.notBefore = in.now.addSecs(m_config.graceDelaySeconds);
    if (in.autoTextsInLastHour >= m_config.hourlyCap) {
        d.action = PolicyAction::HoldForApproval;
        d.reason = PolicyReason::HourlyCap;
    } else {
        d.action = PolicyAction::Send;
    }
    return d;
}

} // namespace ringback
