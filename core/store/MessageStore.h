#pragma once

#include "StoreError.h"
#include "UpsertOutcome.h"
#include "domain/Message.h"

#include <QList>

class QSqlQuery;

#include <optional>

namespace ringback {

class Database;

// The conversation of every lead: texts from the provider's log and the ones we queued.
class MessageStore
{
public:
    explicit MessageStore(Database& db)
        : m_db(db)
    {}

    // A message from the provider's log, keyed by its provider id. A re-polled message that did
    // not change is a no-op; a status change (sent -> delivered) updates the row.
    StoreResult<UpsertOutcome> upsertFromProvider(const Message& message, const QDateTime& now);

    // A text we are about to send, shown in the conversation as queued before the provider has it.
    StoreResult<qint64> insertLocal(const Message& message, const QDateTime& now);
    // The provider accepted a queued text: remember its id so the log's copy lands on this row.
    StoreResult<void> attachProviderId(qint64 id, const QString& providerMessageId, MessageStatus status,
                                       const QDateTime& now);
    // `errorMessage`: the provider's own words only (a raw detail, never a sentence of ours);
    // `errorReason`: why Ringback did not send it or the provider refused it, as a code
    // (FactWording::sendFailure).
    StoreResult<void> setStatus(qint64 id, MessageStatus status, std::optional<int> errorCode,
                                const QString& errorMessage, const QDateTime& now,
                                const QString& errorReason = QString());

    // A scheduled text that went out takes its place in the conversation at the moment it went
    // (it was shown where it was written while it waited).
    StoreResult<void> placeAt(qint64 id, const QDateTime& at);

    StoreResult<std::optional<Message>> byId(qint64 id);
    StoreResult<std::optional<Message>> byProviderId(const QString& providerMessageId);
    // Oldest first, as a conversation reads.
    StoreResult<QList<Message>> forLead(qint64 leadId);
    StoreResult<qint64> count();
    // When the lead last wrote to us on this channel (invalid: never). On WhatsApp this opens the
    // 24-hour window for free text (WhatsAppWindow).
    StoreResult<QDateTime> lastInboundAt(qint64 leadId, MessageChannel channel);
    // The channel of the lead's newest inbound message; nothing when they never wrote.
    StoreResult<std::optional<MessageChannel>> lastInboundChannel(qint64 leadId);
    // The latest creation time stored that is not after `limit` (invalid when none).
    StoreResult<QDateTime> latestCreatedNotAfter(const QDateTime& limit);

    // The columns and row reader, for other stores that read messages (the thread's pages).
    static QString columns();
    static int columnCount();
    static Message fromRow(const QSqlQuery& query);

private:
    Database& m_db;
};

} // namespace ringback
