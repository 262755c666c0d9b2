#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// A text a caller just sent, as a desktop notification tells it.
struct NewReply
{
    qint64 messageId = 0;
    qint64 leadId = 0;
    QString e164;
    QString displayName;
    QString body;
    QDateTime receivedAt;
    bool leadUrgent = false; // as the lead was when looked at (the worker may mark it a moment later)
};

// Which inbound texts are new since the last look, for desktop notifications. It keeps a cursor
// on the messages table (the highest message id already looked at), so each reply is reported
// once. History is never reported: neither what the store held when the detector started, nor the
// 30 days the worker imports on a first connection (those texts were written before `notBefore`).
// Our own texts, automated or typed, are not replies.
class NewReplyDetector
{
public:
    // lastSeenMessageId: the store position to start after; nullopt starts at the store's current
    // end. notBefore: texts written earlier are history (usually the time the app started).
    NewReplyDetector(Database& db, std::optional<qint64> lastSeenMessageId, QDateTime notBefore);

    // The replies stored since the last call, oldest first; moves the cursor past them.
    StoreResult<QList<NewReply>> takeNew();
    qint64 lastSeenMessageId() const { return m_lastSeen; }
    QString lastError() const { return m_lastError; }

    // Conversations with a text nobody has read yet (the tray tooltip and window title count).
    static StoreResult<qint64> unreadConversations(Database& db);

    // takeNew() in two halves, for a read on another thread's connection: what is new after
    // `lastSeen` (and where the store ends now), then moveTo() that end with the replies kept
    // past the cursor as it is by then (another look may have moved it meanwhile).
    struct Look
    {
        qint64 end = 0;
        QList<NewReply> replies;
    };
    static StoreResult<Look> look(Database& db, qint64 lastSeen, const QDateTime& notBefore);
    QList<NewReply> moveTo(const Look& look);
    const QDateTime& notBefore() const { return m_notBefore; }

private:
    Database& m_db;
    qint64 m_lastSeen = 0;
    QDateTime m_notBefore;
    QString m_lastError;
};

} // namespace ringback
