#pragma once

#include "TextBackPolicy.h"
#include "domain/Lead.h"
#include "hours/BusinessHours.h"
#include "hours/QuietHours.h"
#include "templates/TemplateContext.h"
#include "templates/TemplateRole.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

class Clock;
enum class IntakeQuestion;
class Database;

// What the worker needs from the owner's setup, read from the store: the body of each automatic
// text (the role's template rendered with the business's details), whether the business is open,
// and when a follow-up may reach someone. A template that cannot be rendered (an empty
// {booking_link}, say) is never sent as is: the built-in text for that role goes instead and the
// problem is logged, because a missed caller should still hear back.
class TextBackWriter
{
public:
    TextBackWriter(Database& db, const Clock& clock);

    QString textBack(TextBackTemplate role, const Lead& lead);
    // What the placeholders of a text to `lead` stand for (also fills WhatsApp templates).
    TemplateContext context(const Lead& lead);
    QString followUp(const Lead& lead);
    QString helpReply();
    QString intakeQuestion(IntakeQuestion question, const Lead& lead);
    bool isOpen(const QDateTime& utc);
    QDateTime followUpAllowedAt(const QString& e164, const QDateTime& at);

    // Mon-Fri 8:00-17:00 in the computer's time zone: what a business gets before it sets hours.
    static BusinessHours defaultHours();
    // The hours the owner saved, read now; defaultHours() when none are set (or they cannot be read).
    static BusinessHours storedHours(Database& db);
    // The owner's hours (reloaded every few minutes), else defaultHours().
    const BusinessHours& hours();

private:
    QString compose(TemplateRole role, const Lead& lead);

    Database& m_db;
    const Clock& m_clock;
    std::optional<BusinessHours> m_hours;
    QDateTime m_hoursLoadedAt;
};

} // namespace ringback
