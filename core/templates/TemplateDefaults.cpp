#include "TemplateDefaults.h"

#include <QCoreApplication>

namespace ringback {

QString TemplateDefaults::body(TemplateRole role)
{
    // Plain ASCII punctuation on purpose: a curly quote or a dash from a word processor would turn
    // the text into UCS-2 and halve its room.
    switch (role) {
    case TemplateRole::BusinessHours:
        return QCoreApplication::translate(
            "ringback::TemplateDefaults",
            "Hi, this is {business}. Sorry we missed your call - what can we help you with?");
    case TemplateRole::AfterHours:
        return QCoreApplication::translate("ringback::TemplateDefaults",
                                           "Hi, this is {business}. Sorry we missed your call - we're "
                                           "closed until {next_open}. What can we help with?");
    case TemplateRole::FollowUp:
        return QCoreApplication::translate("ringback::TemplateDefaults",
                                           "Hi {first_name}, {business} here again, following up on your "
                                           "call. What can we do for you?");
    case TemplateRole::HelpReply:
        return QCoreApplication::translate("ringback::TemplateDefaults",
                                           "{business}: we text back calls we missed. Reply here to reach "
                                           "us. Reply STOP to opt out.");
    case TemplateRole::IntakeNeed:
        return QCoreApplication::translate("ringback::TemplateDefaults", "What do you need help with?");
    case TemplateRole::IntakeAddress:
        return QCoreApplication::translate("ringback::TemplateDefaults", "What's the address of the job?");
    case TemplateRole::IntakeWhen:
        return QCoreApplication::translate("ringback::TemplateDefaults", "When would you like us to come?");
    case TemplateRole::IntakePhoto:
        return QCoreApplication::translate("ringback::TemplateDefaults", "A photo helps if you have one.");
    case TemplateRole::SavedReply:
        break;
    }
    return QString();
}

} // namespace ringback
