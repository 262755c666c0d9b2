#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ringback {

// What a message template is for. The worker picks BusinessHours or AfterHours for the first
// text-back (DESIGN §3), FollowUp when the caller has not answered, HelpReply for HELP/INFO;
// saved replies are the staff's canned answers in the inbox.
// The Intake roles are the questions asked after the caller's first reply (DESIGN §11), one per
// thing the lead card wants to know.
enum class TemplateRole {
    BusinessHours,
    AfterHours,
    FollowUp,
    HelpReply,
    SavedReply,
    IntakeNeed,
    IntakeAddress,
    IntakeWhen,
    IntakePhoto
};

// Stable names, as stored in the templates table ("business_hours", ...).
QString toText(TemplateRole role);
std::optional<TemplateRole> templateRoleFromText(const QString& text);

// The automatic texts with exactly one active template (the Messages list).
QList<TemplateRole> singleTemplateRoles();
// The intake questions, each with one active template, in the order they are asked.
QList<TemplateRole> intakeRoles();
inline bool isIntakeRole(TemplateRole role)
{
    return role == TemplateRole::IntakeNeed || role == TemplateRole::IntakeAddress ||
           role == TemplateRole::IntakeWhen || role == TemplateRole::IntakePhoto;
}

// The first message someone gets after calling: no link unless the owner insists, must say sorry.
inline bool isFirstMessageRole(TemplateRole role)
{
    return role == TemplateRole::BusinessHours || role == TemplateRole::AfterHours;
}

} // namespace ringback
