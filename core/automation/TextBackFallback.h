#pragma once

#include "domain/Message.h"
#include "domain/OutboxItem.h"
#include "providers/ProviderError.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// The owner's WhatsApp text-back: an approved template filled for the caller.
struct WhatsAppTextBack
{
    QString sender;        // E.164 of the business's WhatsApp sender
    QString contentSid;    // the approved template (HX...)
    QString variablesJson; // its variables as Twilio takes them ({"1": "Dana"})
    QString body;          // the filled text, shown in the thread
};

// A text-back sent on WhatsApp (issue 20) falls back to the SMS it stands for, once, and only when
// WhatsApp definitely did not deliver it: the send was refused outright (a 4xx), or the provider
// later reported it failed or undelivered with a WhatsApp error (63xxx). An ambiguous send (a 5xx,
// a timeout, a dropped connection) is looked up in the message log like any other (DESIGN §5) and
// never falls back: the WhatsApp text may have gone. The SMS is kept on the WhatsApp row
// (fallbackBody, fallbackFrom) from the moment the text-back is decided; the fallback row is keyed
// by the WhatsApp row (dedupe_key), so no poll, retry or second desk can queue it twice.
class TextBackFallback
{
public:
    // The text-back `sms` (as decided) sent on WhatsApp instead, keeping the SMS for the fallback.
    static OutboxItem onWhatsApp(const OutboxItem& sms, const WhatsAppTextBack& whatsApp);
    // A WhatsApp text-back that keeps an SMS to fall back to.
    static bool fallsBack(const OutboxItem& item);
    // The send's answer says WhatsApp refused it for good (never a 429, an opt-out or an ambiguity).
    static bool isDefiniteRefusal(const ProviderError& error);
    // A status the provider reported later says WhatsApp did not deliver it.
    static bool isDefiniteNonDelivery(MessageStatus status, std::optional<int> errorCode);

    // Queues the SMS for `whatsApp` (a row fallsBack() is true for), once: nothing when it is
    // already queued, when the caller opted out (or asked to stop) or wrote to us since. Run it
    // inside the caller's transaction. The new row's id, or none.
    static StoreResult<std::optional<qint64>> queueSms(Database& db, const OutboxItem& whatsApp,
                                                       const QDateTime& now);
    // The same for our message `messageId` whose status the provider reported.
    static StoreResult<std::optional<qint64>> afterStatus(Database& db, qint64 messageId,
                                                          MessageStatus status, std::optional<int> errorCode,
                                                          const QDateTime& now);

    static QString dedupeKey(qint64 whatsAppRowId);
};

} // namespace ringback
