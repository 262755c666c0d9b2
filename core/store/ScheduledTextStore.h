#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ringback {

class Database;

// Send later (issue 19): a staff reply scheduled for a moment waits in the outbox
// (OutboxItem::scheduledFor, not_before) with its bubble in the conversation. Until the sender
// claims it, a person may change its words or its moment, or withdraw it. Each change is guarded by
// the row's state in the same statement the sender's claim is guarded by (pending, never tried),
// so a change and a claim never both win: the one that comes second finds the row changed and is
// refused with a sentence. The bubble (messages) changes in the same transaction, which is what
// tells the other desks (their thread re-reads on the messages table's notification).
class ScheduledTextStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledTextStore)

public:
    explicit ScheduledTextStore(Database& db)
        : m_db(db)
    {}

    // New words and moment (either may be the same as before; a WhatsApp template keeps its words).
    // Conflict when the text is no longer waiting (claimed, sent or cancelled meanwhile, here or on
    // another desk).
    StoreResult<void> edit(qint64 outboxId, const QString& body, const QDateTime& at, const QDateTime& now);
    // Withdraws it: the outbox row is kept, cancelled with the code "cancelled_by_staff"; its bubble
    // leaves the conversation (the caller never got it), and the lead's history notes who cancelled
    // it (`actor`). Conflict as for edit.
    StoreResult<void> cancel(qint64 outboxId, const QDateTime& now, const QString& actor = QString());

    // The caller opted out: every text still scheduled for them is cancelled at once for that
    // reason (its bubble then says "Not sent: the caller opted out"), not left to look as if it
    // would still go. (The sender checks the opt-out list again before any send anyway.) Returns
    // how many. Run it in the transaction that records the opt-out.
    StoreResult<qint64> cancelAllTo(const QString& e164, const QString& reason, const QDateTime& now);

    static QString tooLate();

private:
    Database& m_db;
};

} // namespace ringback
