#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ringback {

// WhatsApp's customer-service window: free text may be sent for 24 hours after the customer's last
// inbound WhatsApp message; outside it only an approved template (Twilio: ContentSid) goes out, and
// free text is refused by the provider (error 63016). Pure rules on two times, no clock of its own.
class WhatsAppWindow
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppWindow)

public:
    static constexpr qint64 kWindowSeconds = 24 * 3600;

    // Seconds of the window left at `now` after an inbound message at `lastInbound`; 0 when it
    // has closed or the customer never wrote on WhatsApp (invalid lastInbound).
    static qint64 secondsLeft(const QDateTime& lastInbound, const QDateTime& now);
    static bool isOpen(const QDateTime& lastInbound, const QDateTime& now)
    {
        return secondsLeft(lastInbound, now) > 0;
    }

    // Empty when the message may be sent; else the sentence shown instead (the one error 63016
    // maps to). A template may always be sent; free text only inside the window.
    static QString refusal(const QDateTime& lastInbound, const QDateTime& now, bool isTemplate);
    static QString closedSentence();

    // The composer's indicator: "WhatsApp window: 3 h left", "WhatsApp window: 25 min left", or
    // that it is closed.
    static QString indicator(const QDateTime& lastInbound, const QDateTime& now);
};

} // namespace ringback
