#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

enum class MessageDirection { Inbound, Outbound };

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

// One SMS in a lead's conversation, in either direction.
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
};

} // namespace ringback
