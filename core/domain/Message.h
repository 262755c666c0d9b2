#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

enum class MessageDirection { Inbound, Outbound };

// How a message travels: an SMS/MMS, or WhatsApp through the same provider account (Twilio writes
// the address "whatsapp:+15552229999"). Stored as a code ("sms", "whatsapp").
enum class MessageChannel { Sms, WhatsApp };

// Twilio's message statuses (other providers map onto them).
enum class MessageStatus {
    Queued,
    Accepted,
    Scheduled,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Receiving,
    Received,
    Read,
    Canceled,
    Unknown
};

QString toText(MessageDirection direction);
MessageDirection messageDirectionFromString(const QString& text);
QString toText(MessageStatus status);
MessageStatus messageStatusFromString(const QString& text);
QString toText(MessageChannel channel);
MessageChannel messageChannelFromString(const QString& text);

// A provider's address split into the E.164 number and the channel: "whatsapp:+15552229999" is
// +15552229999 on WhatsApp; any other address is the number itself on SMS. A person is one number
// (one lead, one conversation) whatever the channel.
struct ChannelAddress
{
    QString number;
    MessageChannel channel = MessageChannel::Sms;
};
ChannelAddress parseChannelAddress(const QString& address);
// The provider's address for a number on a channel ("whatsapp:+1555..." or the number itself).
QString channelAddress(const QString& number, MessageChannel channel);

// One text (SMS or WhatsApp) in a lead's conversation, in either direction.
struct Message
{
    qint64 id = 0;
    QString providerMessageId; // empty until the provider has accepted it
    qint64 leadId = 0;
    MessageDirection direction = MessageDirection::Inbound;
    QString fromNumber;
    QString toNumber;
    QString body;
    MessageStatus status = MessageStatus::Unknown;
    std::optional<int> errorCode; // the provider's error code
    QString errorMessage;         // the provider's own words (raw, untranslated)
    QString errorReason;          // Ringback's code for why it failed (FactWording::sendFailure)
    bool automated = false;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime updatedAt;
    std::optional<qint64> outboxId;
    int mediaCount = 0; // photos or files sent with it (MMS); the provider keeps them
    // A text a person scheduled (Send later) that waits for its moment and may still be edited or
    // cancelled; invalid otherwise. Read by the thread only (ThreadStore), from the outbox row.
    QDateTime scheduledFor;
    MessageChannel channel = MessageChannel::Sms; // fromNumber/toNumber are E.164 on every channel
};

} // namespace ringback
