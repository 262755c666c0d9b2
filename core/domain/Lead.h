#pragma once

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
    qint64 id = 0;
    QString e164;
    QString displayName;
    LeadStatus status = LeadStatus::New;
    std::optional<qint64> estimatedValueCents;
    QString need;
    QString notes;
    QString place; // geocoded ("Austin, TX"), editable
    std::optional<qint64> assignedStaffId;
    bool unread = false;
    QDateTime lastActivityAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0; // bumped by every edit so two desks can detect a concurrent one
};

} // namespace ringback
