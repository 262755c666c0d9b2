#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ringback {

enum class CallDirection { Inbound, OutboundApi, OutboundDial, Unknown };

// Twilio's call statuses; other providers map onto these. Only the last five are final.
enum class CallStatus { Queued, Ringing, InProgress, Completed, Busy, NoAnswer, Canceled, Failed, Unknown };

QString toText(CallDirection direction);
CallDirection callDirectionFromString(const QString& text);
QString toText(CallStatus status);
CallStatus callStatusFromString(const QString& text);
bool isFinal(CallStatus status);

// One call leg as the provider's log reports it. Numbers are E.164 when they parse; otherwise the
// caller ID exactly as the provider gave it ("anonymous", "restricted", "").
struct Call
{
    qint64 id = 0; // store id; 0 until stored
    QString providerCallId;
    QString parentProviderCallId; // empty for a parent leg
    CallDirection direction = CallDirection::Unknown;
    QString fromNumber;
    QString toNumber;
    CallStatus status = CallStatus::Unknown;
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<int> durationSeconds; // empty for busy / failed / no-answer
    QString answeredBy;
    bool hasRecording = false;
    QDateTime firstSeenAt; // when Ringback first saw this record (the stale rule reads it)
    QDateTime updatedAt;
    // What the automation decided (store bookkeeping; empty until decided), as codes that each
    // desk words in its own language (FactWording::callOutcome).
    QString verdict;            // "missed", "answered", "not_applicable"
    QString missReason;         // how it was missed: "busy", "no_answer", ... (MissedCallClassifier)
    QString decision;           // what the policy did: "texted", "cannot_receive_sms", ... (TextBackPolicy)
    QVariantMap decisionParams; // a legacy decision's text (migration 10)
    QDateTime decidedAt;
    // It ended while no Ringback was texting (a gap between sender heartbeats, issue 21). Read by
    // CallStore::page only.
    bool endedWhileNobodyTexting = false;

    // True when the provider-reported facts differ (store bookkeeping is ignored).
    bool sameProviderFacts(const Call& other) const;
};

} // namespace ringback
