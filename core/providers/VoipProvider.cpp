#include "VoipProvider.h"

#include <QMetaObject>

namespace ringback {

void VoipProvider::listWhatsAppTemplates(Done<QList<WhatsAppTemplate>> done)
{
    // Answered from the event loop, like every provider call.
    QMetaObject::invokeMethod(
        this, [done] { done(QList<WhatsAppTemplate>()); }, Qt::QueuedConnection);
}

} // namespace ringback
