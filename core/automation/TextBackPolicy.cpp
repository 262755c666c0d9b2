#include "TextBackPolicy.h"

#include "domain/EnumNames.h"
#include "domain/FactWording.h"

namespace ringback {

namespace {
PolicyDecision skip(PolicyReason reason)
{
    return {PolicyAction::Skip, reason, TextBackTemplate::BusinessHours, {}};
}

constexpr detail::EnumNames<PolicyReason, 16> kReasons{{
    {PolicyReason::History, "history"},
    {PolicyReason::Withheld, "withheld"},
    {PolicyReason::InvalidNumber, "invalid_number"},
    {PolicyReason::OwnNumber, "own_number"},
    {PolicyReason::Blocked, "blocked"},
    {PolicyReason::OptedOut, "opted_out"},
    {PolicyReason::OptOutIntent, "opt_out_intent"},
    {PolicyReason::CannotReceiveSms, "cannot_receive_sms"},
    {PolicyReason::KnownUndeliverable, "known_undeliverable"},
    {PolicyReason::CountryNotAllowed, "country_not_allowed"},
    {PolicyReason::Paused, "paused"},
    {PolicyReason::Stale, "stale"},
    {PolicyReason::AlreadyReached, "already_reached"},
    {PolicyReason::Cooldown, "cooldown"},
    {PolicyReason::HourlyCap, "held_hourly_cap"},
    {PolicyReason::None, "not_texted"},
}};
} // namespace

QString PolicyDecision::code() const
{
    if (action == PolicyAction::Send)
        return templateRole == TextBackTemplate::AfterHours ? QStringLiteral("texted_after_hours")
                                                            : QStringLiteral("texted");
    return detail::enumName(kReasons, reason, "not_texted");
}

QString PolicyDecision::explanation() const
{
    return FactWording().decision(code());
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
