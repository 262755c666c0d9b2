#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ringback {

// What a message template is for. The worker picks BusinessHours or AfterHours for the first
// text-back (DESIGN §3), FollowUp when the caller has not answered, HelpReply for HELP/INFO;
// saved replies are the staff's canned answers in the inbox.
enum class TemplateRole { BusinessHours, AfterHours, FollowUp, HelpReply, SavedReply };

// Stable names, as stored in the templates table ("business_hours", ...).
QString toText(TemplateRole role);
std::optional<TemplateRole> templateRoleFromText(const QString& text);

// The roles that have exactly one active template (every role but SavedReply).
QList<TemplateRole> singleTemplateRoles();

// The first message someone gets after calling: no link unless the owner insists, must say sorry.
inline bool isFirstMessageRole(TemplateRole role)
{
    return role == TemplateRole::BusinessHours || role == TemplateRole::AfterHours;
}

} // namespace ringback
