#include "TemplateRole.h"

namespace ringback {

namespace {

struct RoleName
{
    TemplateRole role;
    const char* name;
};

constexpr RoleName kNames[] = {
    {TemplateRole::BusinessHours, "business_hours"}, {TemplateRole::AfterHours, "after_hours"},
    {TemplateRole::FollowUp, "follow_up"},           {TemplateRole::HelpReply, "help_reply"},
    {TemplateRole::SavedReply, "saved_reply"},       {TemplateRole::IntakeNeed, "intake_need"},
    {TemplateRole::IntakeAddress, "intake_address"}, {TemplateRole::IntakeWhen, "intake_when"},
    {TemplateRole::IntakePhoto, "intake_photo"},
};

} // namespace

QString toText(TemplateRole role)
{
    for (const RoleName& n : kNames) {
        if (n.role == role)
            return QString::fromLatin1(n.name);
    }
    Q_UNREACHABLE();
}

std::optional<TemplateRole> templateRoleFromText(const QString& text)
{
    for (const RoleName& n : kNames) {
        if (text == QLatin1String(n.name))
            return n.role;
    }
    return std::nullopt;
}

QList<TemplateRole> singleTemplateRoles()
{
    return {TemplateRole::BusinessHours, TemplateRole::AfterHours, TemplateRole::FollowUp,
            TemplateRole::HelpReply};
}

QList<TemplateRole> intakeRoles()
{
    return {TemplateRole::IntakeNeed, TemplateRole::IntakeAddress, TemplateRole::IntakeWhen,
            TemplateRole::IntakePhoto};
}

} // namespace ringback
