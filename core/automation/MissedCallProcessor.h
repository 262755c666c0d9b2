#pragma once

#include "MissedCallClassifier.h"
#include "TextBackFallback.h"
#include "TextBackPolicy.h"
#include "domain/Lead.h"
#include "store/StoreError.h"

#include <QList>

#include <algorithm>
#include <functional>

namespace ringback {

class Clock;
class Database;
class ParsedNumbers;
class PhoneNumberService;

// Writes the body of an automatic text for a lead (the template renderer, wired by the app).
using TextBackComposer = std::function<QString(TextBackTemplate role, const Lead& lead)>;
// Whether the business is open at a moment (business hours, wired by the app).
using OpenHours = std::function<bool(const QDateTime& utc)>;
// The text-back on WhatsApp for a lead, when the owner chose it and its template is approved;
// none: the text-back goes by SMS (the default).
using WhatsAppTextBackChoice = std::function<std::optional<WhatsAppTextBack>(const Lead& lead)>;

struct CallOutcome
{
    qint64 callId = 0;
    qint64 leadId = 0; // 0 when the caller has no number to key a lead on
    CallVerdict verdict = CallVerdict::Pending;
    PolicyAction action = PolicyAction::Skip;
    PolicyReason reason = PolicyReason::None;
    QString missReason;      // MissedCallClassifier's code ("busy")
    bool afterHours = false; // texted with the after-hours template
    QString caller;          // the caller ID as logged
    // "Missed call: the line was busy. Texted back", in this desk's language: one line for the log.
    QString summary() const;
};

// Turns stored calls into decisions, each in one transaction: the verdict on the call, the lead
// and its timeline, and (for a text-back) the outbox row keyed by (call, kind) — so a decision is
// made once even if the app dies half-way or the provider repeats the call in the next poll.
class MissedCallProcessor
{
public:
    MissedCallProcessor(Database& db, const PhoneNumberService& phone, const Clock& clock);

    void setRules(const ClassifierConfig& classifier, const PolicyConfig& policy);
    void setComposer(TextBackComposer composer) { m_compose = std::move(composer); }
    void setOpenHours(OpenHours open) { m_open = std::move(open); }
    void setWhatsAppTextBack(WhatsAppTextBackChoice choice) { m_whatsApp = std::move(choice); }

    // Decides every undecided parent call whose legs are final; returns what was decided.
    // With `messagesKnownUntil`, a call that ended later waits for the next messages poll: a STOP,
    // START or reply sent before the call must be known before its text-back is decided, whichever
    // poll ran first (DESIGN §3, order does not change outcomes).
    StoreResult<QList<CallOutcome>> processPending(int limit = 1000,
                                                   const QDateTime& messagesKnownUntil = QDateTime());

private:
    StoreResult<CallOutcome> decide(const Call& call, ParsedNumbers& numbers);
    StoreResult<CallOutcome> decideMissed(const Call& call, const CallClassification& classification,
                                          ParsedNumbers& numbers);

    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
    ClassifierConfig m_classifierConfig;
    PolicyConfig m_policyConfig;
    TextBackComposer m_compose;
    OpenHours m_open;
    WhatsAppTextBackChoice m_whatsApp;
};

} // namespace ringback
