#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

enum class LeadStatus { New, Texted, Replied, Qualified, Booked, Won, Lost };

QString toText(LeadStatus status);
LeadStatus leadStatusFromString(const QString& text);

// One caller, keyed by E.164: what they need, where, how far along, what the job is worth.
struct Lead
{
    // "Water heater leaking · 4512 Oak St · tomorrow": the card's, the list's and the board's one
    // line about the job; empty when nothing is known yet.
    QString summary() const;

    qint64 id = 0;
    QString e164;
    QString displayName;
    LeadStatus status = LeadStatus::New;
    std::optional<qint64> estimatedValueCents;
    QString need;
    QString notes;
    QString place; // geocoded ("Austin, TX"), editable; a city or ZIP the caller texted replaces it
    // What the caller's answers said (DESIGN §11), editable like the rest of the card.
    QString address; // the job's address as typed
    QString jobWhen; // when they want us, as typed ("tomorrow morning")
    QDate jobDate;   // the day that means, in the business's zone; invalid when none was named
    int photoCount = 0;
    bool urgent = false; // an urgent word in their texts (UrgentWords), or a person's mark
    std::optional<qint64> assignedStaffId;
    bool unread = false;
    QDateTime lastActivityAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0; // bumped by every edit so two desks can detect a concurrent one
};

} // namespace ringback
