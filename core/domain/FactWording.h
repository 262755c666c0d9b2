#pragma once

#include <QString>
#include <QVariantMap>

class QTranslator;

namespace ringback {

struct Call;
struct TimelineEvent;

// The stored codes of a fact (a call's miss reason and decision, a history event's code and
// parameters, who did it), worded in a desk's language at the moment it is shown (DESIGN §6: the
// database stores codes, never sentences). Every desk on a shared database reads the same codes
// and words them in its own language; a language change rewords old rows too.
//
// The sentences keep the translation contexts they were written under before they became codes
// (ringback::TextBackPolicy, ringback::OutboxSender, ...), so their translations carry over.
class FactWording
{
public:
    // Without a translator: the application's language (QCoreApplication::translate). With one:
    // that translator's language, whatever the application has installed (two desks side by side).
    explicit FactWording(const QTranslator* translator = nullptr)
        : m_translator(translator)
    {}

    // Codes that are not a decision of today's engine: a sentence from before migration 10 that
    // could not be recognised, kept as it was in params["text"].
    static QString legacyCode() { return QStringLiteral("legacy"); }

    // "Missed call: the line was busy" (MissReason codes: "busy", "no_answer", ...).
    QString missReason(const QString& code) const;
    // "Not texted: a landline cannot receive texts, call them back" (decision codes: "texted",
    // "history", "cannot_receive_sms", ..., or legacyCode() with params["text"]).
    QString decision(const QString& code, const QVariantMap& params = {}) const;
    // The call log's and the export's "what Ringback did" for a decided call; empty when undecided.
    QString callOutcome(const Call& call) const;
    // One line of a lead's history, without its time: what happened and, for a staff action, who.
    QString event(const TimelineEvent& event) const;
    // A lead status by its stored name ("booked" -> "Booked").
    QString leadStatus(const QString& code) const;
    // Why a text was not sent or not delivered: a ProviderError code ("invalid_number", "timeout",
    // ...) or one of Ringback's own ("opted_out_before_send", "not_approved", "not_taken",
    // "carrier_error", legacyCode() with params["text"]), with params "error" (the provider's
    // code: its sentence when Ringback knows it), "http" and "detail" (the provider's own words).
    QString sendFailure(const QString& code, const QVariantMap& params = {}) const;

private:
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr) const;
    QString eventFact(const TimelineEvent& event) const;

    const QTranslator* m_translator;
};

} // namespace ringback
