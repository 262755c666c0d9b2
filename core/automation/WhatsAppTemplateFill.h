#pragma once

#include "providers/VoipProvider.h"
#include "templates/TemplateContext.h"

#include <QCoreApplication>
#include <QString>

namespace ringback {

// An approved WhatsApp template filled for one lead: the text as the customer will read it (shown
// in the thread) and the variables Twilio takes with the Content SID ({"1": "Dana", "2": "..."}).
struct FilledTemplate
{
    QString body;
    QString variablesJson;
};

// Fills a template's numbered variables from what Ringback knows of the lead and the business,
// guided by each variable's sample value in the template ("name", "first_name" -> the lead's
// first name; "business", "company" -> the business name; "link", "booking" -> the booking link;
// "staff", "agent" -> who replies). A variable it cannot place keeps the template's own sample,
// so nothing is ever sent empty (WhatsApp refuses empty variables).
class WhatsAppTemplateFill
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppTemplateFill)

public:
    static FilledTemplate fill(const WhatsAppTemplate& approved, const TemplateContext& context);
};

} // namespace ringback
