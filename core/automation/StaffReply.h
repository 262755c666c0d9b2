#pragma once

#include "domain/Lead.h"
#include "domain/Message.h"
#include "store/OutboxStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ringback {

class Database;
class PhoneNumberService;

// Why a lead cannot be texted by hand, checked before the composer is enabled and again, inside
// the transaction, before a reply is queued.
enum class TextingBlock { None, OptedOut, Blocked, CannotReceiveTexts, InvalidNumber };

// Which channel a reply goes by. On WhatsApp it is sent from the business's WhatsApp sender, as
// free text inside the 24-hour window or as an approved template (contentSid) at any time.
struct ReplyChannel
{
    MessageChannel channel = MessageChannel::Sms;
    QString whatsAppSender; // E.164 (Settings: WhatsAppSender); needed for WhatsApp
    QString contentSid;     // an approved template; empty: free text
    QString contentVariables;
};

// What the composer needs to know of a lead's channels: where they last wrote, and when they last
// wrote on WhatsApp (which opens the 24-hour window).
struct ChannelState
{
    std::optional<MessageChannel> lastInbound;
    QDateTime lastWhatsAppInbound;
};

// A reply typed by office staff: checked against the opt-out and block lists, sent from the
// business number the caller used, and queued through the outbox like every other text.
class StaffReply
{
    Q_DECLARE_TR_FUNCTIONS(StaffReply)

public:
    StaffReply(Database& db, const PhoneNumberService& phone)
        : m_db(db)
        , m_phone(phone)
    {}

    StoreResult<TextingBlock> blockFor(const QString& e164);
    // blockFor in two halves, so the stored half can be read on another thread's connection: the
    // opt-out and block lists, then what the number itself allows (no database).
    static StoreResult<TextingBlock> storedBlockFor(Database& db, const QString& e164);
    static TextingBlock numberBlockFor(const PhoneNumberService& phone, const QString& e164);
    // The sentence shown instead of the composer.
    static QString explain(TextingBlock block);
    static StoreResult<ChannelState> channelStateFor(Database& db, qint64 leadId);

    // The business number the caller last dealt with (the number they called or texted, or the
    // one that texted them); else the first of `fallbackNumbers` (the watched numbers, then the
    // account's). Empty when Ringback knows none.
    StoreResult<QString> fromNumberFor(const Lead& lead, const QStringList& fallbackNumbers);

    // Queues the reply (outbox kind Reply, not automated) and shows it in the thread as queued.
    // Fails with a sentence, and queues nothing, when the lead cannot be texted or no business
    // number is known. `actor`: who wrote it (the desk's person), named on the lead's history
    // when it has gone. With `sendAt` (Send later), it waits until then: the row is marked
    // scheduled (OutboxItem::scheduledFor) and can be edited or cancelled until it is claimed
    // (ScheduledTextStore). A scheduled reply is still a person's text: Pause does not hold it.
    // On WhatsApp, free text outside the 24-hour window (at the moment it goes) is refused with
    // WhatsAppWindow's sentence and nothing is queued.
    StoreResult<EnqueueOutcome> queue(const Lead& lead, const QString& body,
                                      const QStringList& fallbackNumbers, const QDateTime& now,
                                      const QString& actor = QString(), const QDateTime& sendAt = QDateTime(),
                                      const ReplyChannel& channel = {});

private:
    Database& m_db;
    const PhoneNumberService& m_phone;
};

} // namespace ringback
