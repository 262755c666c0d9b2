#include "FactWording.h"

#include "Call.h"
#include "TimelineEvent.h"
#include "providers/twilio/TwilioErrorCodes.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ringback {

namespace {

// A code and its sentence, under the context the sentence was first translated in.
struct Phrase
{
    const char* code;
    const char* context;
    const char* text;
};

constexpr const char* kClassifier = "ringback::CallClassification";
constexpr const char* kPolicy = "ringback::PolicyDecision";
constexpr const char* kSender = "ringback::OutboxSender";
constexpr const char* kIngestor = "ringback::MessageIngestor";
constexpr const char* kWording = "ringback::FactWording";
constexpr const char* kTimeline = "ringback::ui::LeadTimelineModel";
constexpr const char* kStatuses = "ringback::ui::ConversationListModel";

// MissReason codes (MissedCallClassifier's missReasonCode) and call verdicts.
constexpr Phrase kMissReasons[] = {
    {"no_answer", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: nobody answered")},
    {"busy", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: the line was busy")},
    {"canceled", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: the caller hung up while it rang")},
    {"failed", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: the call failed to connect")},
    {"forward_not_answered", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: forwarded, but nobody picked up")},
    {"machine_answered", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification",
                       "Missed call: only a cell phone's voicemail picked up")},
    {"hung_up_on_greeting", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification",
                       "Missed call: the caller hung up during the greeting")},
    {"voicemail_or_greeting", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call: the voicemail or greeting took it")},
    {"", kClassifier, QT_TRANSLATE_NOOP("ringback::CallClassification", "Missed call")},
};

constexpr Phrase kVerdicts[] = {
    {"answered", kClassifier, QT_TRANSLATE_NOOP("ringback::CallClassification", "Answered call")},
    {"not_applicable", kClassifier,
     QT_TRANSLATE_NOOP("ringback::CallClassification", "Not a call to the business")},
};

// Decision codes (TextBackPolicy's decisionCode).
constexpr Phrase kDecisions[] = {
    {"texted", kPolicy, QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Texted back")},
    {"texted_after_hours", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Texted back with the after-hours message")},
    {"history", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: missed before Ringback started")},
    {"withheld", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: the caller ID was withheld")},
    {"invalid_number", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: the caller ID is not a valid phone number")},
    {"own_number", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Not texted: the call came from one of the business's own numbers")},
    {"blocked", kPolicy, QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: the number is blocked")},
    {"opted_out", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: the caller opted out of texts")},
    {"opt_out_intent", kPolicy,
     QT_TRANSLATE_NOOP(
         "ringback::PolicyDecision",
         "Not texted: their reply looks like an opt-out; confirm or undo it in the conversation")},
    {"cannot_receive_sms", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Not texted: a landline cannot receive texts, call them back")},
    {"known_undeliverable", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Not texted: earlier texts to this number could not be delivered, call them back")},
    {"country_not_allowed", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Not texted: texts to this country are not allowed in Settings")},
    {"paused", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: auto text-back was paused")},
    {"stale", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Not texted: missed while Ringback was offline, follow up by hand")},
    {"already_reached", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: the caller was reached by phone since")},
    {"cooldown", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted: this caller was already texted recently")},
    {"held_hourly_cap", kPolicy,
     QT_TRANSLATE_NOOP("ringback::PolicyDecision",
                       "Held for approval: more automatic texts than the hourly limit")},
    {"not_texted", kPolicy, QT_TRANSLATE_NOOP("ringback::PolicyDecision", "Not texted")},
};

// What went out, by outbox kind (the code of a "texted" event).
constexpr Phrase kTexted[] = {
    {"textback", kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Texted back")},
    {"followup", kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Follow-up text sent")},
    {"help", kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Help reply sent")},
    {"reply", kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Reply sent")},
    {"owner_alert", kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Owner reminded by text")},
};

constexpr Phrase kStatusNames[] = {
    {"new", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "New")},
    {"texted", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Texted")},
    {"replied", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Replied")},
    {"qualified", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Qualified")},
    {"booked", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Booked")},
    {"won", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Won")},
    {"lost", kStatuses, QT_TRANSLATE_NOOP("ringback::ui::ConversationListModel", "Lost")},
};

// A history line whose code this version does not know (written by a newer desk): its kind.
constexpr Phrase kKinds[] = {
    {"call_missed", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Missed call")},
    {"call_answered", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Answered call")},
    {"texted", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Texted")},
    {"not_texted", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Not texted")},
    {"message_received", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Replied by text")},
    {"message_sent", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Text sent")},
    {"send_failed", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Text not delivered")},
    {"opted_out", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Opted out")},
    {"opted_in", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Opted back in")},
    {"status_changed", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Status changed")},
    {"assigned", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Assigned")},
    {"note", kTimeline, QT_TRANSLATE_NOOP("ringback::ui::LeadTimelineModel", "Note")},
};

template <std::size_t N>
const Phrase* find(const Phrase (&table)[N], const QString& code)
{
    for (const Phrase& p : table) {
        if (code == QLatin1String(p.code))
            return &p;
    }
    return nullptr;
}

} // namespace

QString FactWording::translate(const char* context, const char* source, const char* disambiguation) const
{
    if (!m_translator)
        return QCoreApplication::translate(context, source, disambiguation);
    const QString worded = m_translator->translate(context, source, disambiguation);
    return worded.isEmpty() ? QString::fromUtf8(source) : worded;
}

QString FactWording::missReason(const QString& code) const
{
    const Phrase* p = find(kMissReasons, code);
    if (!p)
        p = find(kMissReasons, QString());
    return translate(p->context, p->text);
}

QString FactWording::decision(const QString& code, const QVariantMap& params) const
{
    if (code == legacyCode())
        return params.value(QStringLiteral("text")).toString();
    const Phrase* p = find(kDecisions, code);
    if (!p)
        p = find(kDecisions, QStringLiteral("not_texted"));
    return translate(p->context, p->text);
}

QString FactWording::leadStatus(const QString& code) const
{
    const Phrase* p = find(kStatusNames, code);
    return p ? translate(p->context, p->text) : code;
}

QString FactWording::sendFailure(const QString& code, const QVariantMap& params) const
{
    if (code == legacyCode())
        return params.value(QStringLiteral("text")).toString();
    const int error = params.value(QStringLiteral("error")).toInt();
    const int http = params.value(QStringLiteral("http")).toInt();
    const QString detail = params.value(QStringLiteral("detail")).toString();
    // The provider's code says it best, when Ringback knows it (21211, 30006, ...).
    if (const char* known = TwilioErrorCodes::sourceText(error))
        return translate("TwilioErrorCodes", known);
    if (code == QLatin1String("opted_out_before_send"))
        return translate(kSender,
                         QT_TRANSLATE_NOOP("ringback::OutboxSender", "Not sent: the caller opted out"));
    if (code == QLatin1String("line_type_cannot_text"))
        return translate(kSender,
                         QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                           "Not texted: Twilio Lookup says this line cannot take texts."));
    if (code == QLatin1String("no_longer_needed"))
        return translate(kSender,
                         QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                           "Not sent: someone at the office took the conversation over."));
    if (code == QLatin1String("cancelled_by_staff"))
        return translate(kWording,
                         QT_TRANSLATE_NOOP("ringback::FactWording", "Not sent: cancelled at the office."));
    if (code == QLatin1String("not_taken"))
        return translate(kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                                    "The phone provider did not take the text."));
    if (code == QLatin1String("not_approved"))
        return translate(kWording,
                         QT_TRANSLATE_NOOP("ringback::FactWording", "Not sent: nobody approved it."));
    if (code == QLatin1String("carrier_error")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The carrier could not deliver the text (error %1)."))
            .arg(error);
    }
    if (code == QLatin1String("bad_credentials")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider refused the account's sign-in "
                                                     "details. Check them in Settings."));
    }
    if (code == QLatin1String("forbidden")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider does not allow this account to "
                                                     "send this text."));
    }
    if (code == QLatin1String("not_found")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider does not know this account or "
                                                     "number. Check them in Settings."));
    }
    if (code == QLatin1String("opted_out")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "This person has opted out of texts from your number."));
    }
    if (code == QLatin1String("invalid_number")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider says this number is not valid or "
                                                     "cannot receive texts."));
    }
    if (code == QLatin1String("region_not_permitted")) {
        return translate(kWording,
                         QT_TRANSLATE_NOOP("ringback::FactWording",
                                           "Your phone provider account may not text this country."));
    }
    if (code == QLatin1String("rate_limited")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider asked Ringback to slow down."));
    }
    if (code == QLatin1String("server_error")) {
        return http ? translate(kWording,
                                QT_TRANSLATE_NOOP("ringback::FactWording",
                                                  "The phone provider was having trouble (HTTP %1)."))
                          .arg(http)
                    : translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                            "The phone provider was having trouble."));
    }
    if (code == QLatin1String("network")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "Ringback could not reach the phone provider."));
    }
    if (code == QLatin1String("timeout")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider did not answer in time."));
    }
    if (code == QLatin1String("malformed_response")) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider's answer could not be read."));
    }
    // "rejected", or a code of a newer version: what the provider said, in its own words.
    if (error && !detail.isEmpty()) {
        //: %2 is the phone provider's own explanation, in its language (usually English)
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider refused the text (error %1): %2"))
            .arg(error)
            .arg(detail);
    }
    if (error) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider refused the text (error %1)."))
            .arg(error);
    }
    if (http) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider refused the text (HTTP %1)."))
            .arg(http);
    }
    if (!detail.isEmpty()) {
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                     "The phone provider refused the text: %1"))
            .arg(detail);
    }
    return translate(kWording,
                     QT_TRANSLATE_NOOP("ringback::FactWording", "The phone provider refused the text."));
}

QString FactWording::callOutcome(const Call& call) const
{
    if (const Phrase* p = find(kVerdicts, call.verdict))
        return translate(p->context, p->text);
    if (call.verdict != QLatin1String("missed"))
        return {};
    if (call.decision.isEmpty())
        return missReason(call.missReason);
    // A sentence from before migration 10 that was not recognised as a whole stays as it was.
    if (call.decision == legacyCode() && call.missReason.isEmpty())
        return decision(call.decision, call.decisionParams);
    //: A missed call, then what Ringback did about it: "Missed call: the line was busy. Texted back"
    return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording", "%1. %2"))
        .arg(missReason(call.missReason), decision(call.decision, call.decisionParams));
}

QString FactWording::eventFact(const TimelineEvent& e) const
{
    const QVariantMap& p = e.params;
    if (e.code == legacyCode() || (e.kind == TimelineKind::Note && p.contains(QStringLiteral("text"))))
        return p.value(QStringLiteral("text")).toString();
    switch (e.kind) {
    case TimelineKind::CallMissed:
        if (e.decision.isEmpty())
            return missReason(e.code);
        return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording", "%1. %2"))
            .arg(missReason(e.code), decision(e.decision, e.decisionParams));
    case TimelineKind::NotTexted:
        return decision(e.code, p);
    case TimelineKind::Texted:
        if (const Phrase* phrase = find(kTexted, e.code))
            return translate(phrase->context, phrase->text);
        break;
    case TimelineKind::SendFailed: {
        const QString message = p.value(QStringLiteral("message")).toString();
        const int error = p.value(QStringLiteral("error")).toInt();
        if (e.code == QLatin1String("provider_error") &&
            p.value(QStringLiteral("to")) == QLatin1String("owner"))
            return translate(kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                                        "Reminder to the owner not sent: %1"))
                .arg(sendFailure(p.value(QStringLiteral("reason")).toString(), p));
        if (e.code == QLatin1String("provider_error") && p.contains(QStringLiteral("reason"))) {
            return translate(kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Not delivered: %1"))
                .arg(sendFailure(p.value(QStringLiteral("reason")).toString(), p));
        }
        // From before migration 13: the sentence the sending desk wrote, in its language.
        if (e.code == QLatin1String("provider_error")) {
            return error
                       ? translate(kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                                              "Not delivered: %1 (provider error %2)"))
                             .arg(message)
                             .arg(error)
                       : translate(kSender, QT_TRANSLATE_NOOP("ringback::OutboxSender", "Not delivered: %1"))
                             .arg(message);
        }
        if (e.code == QLatin1String("carrier_error") && TwilioErrorCodes::sourceText(error)) {
            return translate(kIngestor, QT_TRANSLATE_NOOP("ringback::MessageIngestor",
                                                          "Text not delivered: %1 (error %2)"))
                .arg(sendFailure(e.code, p))
                .arg(error);
        }
        if (e.code == QLatin1String("carrier_error")) {
            return translate(kIngestor, QT_TRANSLATE_NOOP("ringback::MessageIngestor",
                                                          "Text not delivered: %1 (error %2)"))
                .arg(message)
                .arg(error);
        }
        break;
    }
    case TimelineKind::OptedOut:
        if (e.code == QLatin1String("keyword")) {
            return translate(kIngestor, QT_TRANSLATE_NOOP("ringback::MessageIngestor",
                                                          "Opted out of texts (replied %1)"))
                .arg(p.value(QStringLiteral("keyword")).toString());
        }
        if (e.code == QLatin1String("confirmed_reply")) {
            return translate("ringback::OptOutIntentStore",
                             QT_TRANSLATE_NOOP("ringback::OptOutIntentStore",
                                               "Opted out of texts (their reply, confirmed at the office)"));
        }
        break;
    case TimelineKind::OptedIn:
        if (e.code == QLatin1String("keyword"))
            return translate(kIngestor,
                             QT_TRANSLATE_NOOP("ringback::MessageIngestor", "Opted back in to texts"));
        if (e.code == QLatin1String("not_an_opt_out")) {
            //: Someone at the office decided a reply that looked like "stop texting me" was not one
            return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                         "Not an opt-out: automatic texts allowed again"));
        }
        break;
    case TimelineKind::Note:
        if (e.code == QLatin1String("notes"))
            return translate(kWording,
                             QT_TRANSLATE_NOOP("ringback::FactWording", "Notes changed on the lead card"));
        if (e.code == QLatin1String("held_approved")) {
            return translate(kWording,
                             QT_TRANSLATE_NOOP("ringback::FactWording",
                                               "Automatic text held for approval: approved, sent now"));
        }
        if (e.code == QLatin1String("number_blocked")) {
            return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                         "Number blocked: Ringback will not text it"));
        }
        if (e.code == QLatin1String("number_unblocked")) {
            return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                         "Number unblocked: Ringback may text it again"));
        }
        if (e.code == QLatin1String("line_type_cannot_text")) {
            const QString type = p.value(QStringLiteral("line_type")).toString();
            if (type == QLatin1String("pager"))
                return translate(kSender,
                                 QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                                   "Not texted: a pager (Twilio Lookup). Call back."));
            if (type == QLatin1String("premium"))
                return translate(kSender,
                                 QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                                   "Not texted: a premium-rate number (Twilio Lookup)."));
            return translate(kSender,
                             QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                               "Not texted: a landline (Twilio Lookup). Call back."));
        }
        if (e.code == QLatin1String("line_type_lookup_failed")) {
            return translate(kSender,
                             QT_TRANSLATE_NOOP("ringback::OutboxSender",
                                               "Line type lookup failed, so the text went anyway: %1"))
                .arg(sendFailure(p.value(QStringLiteral("reason")).toString(), p));
        }
        if (e.code == QLatin1String("scheduled_cancelled")) {
            //: Send later: a text someone scheduled was withdrawn before its time
            return translate(
                kWording, QT_TRANSLATE_NOOP("ringback::FactWording", "Scheduled text cancelled, not sent"));
        }
        if (e.code == QLatin1String("held_declined")) {
            return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                         "Automatic text held for approval: not sent"));
        }
        break;
    case TimelineKind::MessageReceived:
        if (e.code == QLatin1String("reply"))
            return translate(kIngestor, QT_TRANSLATE_NOOP("ringback::MessageIngestor", "Replied by text"));
        break;
    case TimelineKind::StatusChanged: {
        const QString from = leadStatus(p.value(QStringLiteral("from")).toString());
        const QString to = leadStatus(p.value(QStringLiteral("to")).toString());
        if (e.code == QLatin1String("board")) {
            return translate(
                       "ringback::ui::LeadBoard",
                       QT_TRANSLATE_NOOP("ringback::ui::LeadBoard", "Moved from %1 to %2 on the Leads board"))
                .arg(from, to);
        }
        if (e.code == QLatin1String("card")) {
            return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording",
                                                         "Changed from %1 to %2 on the lead card"))
                .arg(from, to);
        }
        break;
    }
    case TimelineKind::Assigned: {
        const QString to = p.value(QStringLiteral("to")).toString();
        if (e.code == QLatin1String("card")) {
            return to.isEmpty()
                       ? translate(kWording,
                                   QT_TRANSLATE_NOOP("ringback::FactWording", "No longer assigned to anyone"))
                       : translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording", "Assigned to %1"))
                             .arg(to);
        }
        break;
    }
    case TimelineKind::CallAnswered:
    case TimelineKind::MessageSent:
        break;
    }
    const Phrase* kind = find(kKinds, toText(e.kind));
    return kind ? translate(kind->context, kind->text) : QString();
}

QString FactWording::event(const TimelineEvent& e) const
{
    const QString fact = eventFact(e);
    if (e.actor.isEmpty())
        return fact;
    //: A line of a lead's history and who at the office did it: "Moved from New to Booked on the
    //: Leads board, by Maria"
    return translate(kWording, QT_TRANSLATE_NOOP("ringback::FactWording", "%1, by %2")).arg(fact, e.actor);
}

} // namespace ringback
