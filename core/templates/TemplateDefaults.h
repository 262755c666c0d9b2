#pragma once

#include "TemplateRole.h"

#include <QString>

namespace ringback {

// What Ringback sends until the owner writes their own: short, human, naming the business and
// ending with an open question; each fits one GSM-7 text with a long business name (tested).
class TemplateDefaults
{
public:
    // Translated; empty for SavedReply (saved replies have no default).
    static QString body(TemplateRole role);
};

} // namespace ringback
