#pragma once

#include "domain/Call.h"
#include "phone/PhoneNumberInfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ringback {

struct PolicyConfig
{
    bool autoTextBackEnabled = true;
    QDateTime automationEnabledSince; // calls that ended before this are history, never texted
    QString businessRegion = QStringLiteral("US");
    QStringList allowedCountries; // empty: only the business's own region
    QStringList businessNumbers;  // the business's own numbers are never texted
    qint64 cooldownSeconds = 24 * 3600;
    qint64 staleCutoffSeconds = 2 * 3600;
    int hourlyCap = 30;
    int graceDelaySeconds = 0;
};

// What the store knows about the caller when the decision is made.
struct CallerFacts
{
    PhoneNumberInfo number;
    bool optedOut = false;
    // Their reply looks like an opt-out ("stop texting me") and nobody has decided yet: nothing
    // automatic goes to them until a person confirms or undoes it (DESIGN §3).
    bool optOutIntent = false;
    bool blocked = false;
    bool knownUndeliverable = false; // a text to them came back 30006 before
    // When the call that the last automatic text answered ended (a text without a call: when it
    // was queued). The cooldown is measured between calls, not between polls, so when a poll ran
    // never decides whether a repeat caller is texted again (DESIGN §3).
    std::optional<QDateTime> lastAutoTextAt;
    bool reachedSince = false; // answered on a later call, or called back, after this missed call
};

struct PolicyInput
{
    Call call; // a missed call (the classifier said so)
    QDateTime firstSeenAt;
    QDateTime now;
    CallerFacts caller;
    int autoTextsInLastHour = 0;
    bool businessOpen = true;
};

enum class PolicyAction { Send, Skip, HoldForApproval };

enum class PolicyReason {
    None,
    History,  // ended before automation was switched on (first import)
    Withheld, // anonymous / restricted caller ID
    InvalidNumber,
    OwnNumber,
    Blocked,
    OptedOut,
    OptOutIntent,       // a reply looked like an opt-out; waiting for a person to decide
    CannotReceiveSms,   // landline or premium rate by number type
    KnownUndeliverable, // the carrier said 30006 before
    CountryNotAllowed,  // fraud guard
    Paused,             // auto text-back is switched off
    Stale,              // first seen long after it ended: the PC was off
    AlreadyReached,     // answered or called back since
    Cooldown,           // texted recently already
    HourlyCap           // over the cap: held for a person to approve
};

enum class TextBackTemplate { BusinessHours, AfterHours };

struct PolicyDecision
{
    PolicyAction action = PolicyAction::Skip;
    PolicyReason reason = PolicyReason::None;
    TextBackTemplate templateRole = TextBackTemplate::BusinessHours;
    QDateTime notBefore; // Send / Hold: not before this (grace delay)
    // The stored code of the decision: "texted", "texted_after_hours", "held_hourly_cap", or why
    // not ("history", "cannot_receive_sms", ...; "not_texted" for a skip without a reason).
    QString code() const;
    // The code in this desk's words: "Not texted: a landline cannot receive texts, call them back".
    QString explanation() const;
};

// DESIGN §3: whether a missed call gets an automatic text, and which one. Pure: the caller's
// facts are gathered by the worker from the store; the rules and their order live here.
class TextBackPolicy
{
public:
    explicit TextBackPolicy(PolicyConfig config)
        : m_config(std::move(config))
    {}
    PolicyDecision decide(const PolicyInput& input) const;

private:
    bool countryAllowed(const QString& regionCode) const;
    PolicyConfig m_config;
};

} // namespace ringback
