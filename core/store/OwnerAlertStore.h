#pragma once

#include "StoreError.h"
#include "domain/OutboxItem.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ringback {

class Database;

// A conversation whose customer is waiting for our answer (DESIGN §10), as the reminders need it.
struct WaitingReply
{
    qint64 leadId = 0;
    QString e164;
    QString displayName;
    QDateTime waitingSince;
    QString lastWords;      // the customer's newest text
    QString businessNumber; // the number they texted (a reminder to the owner comes from it)
};

// Reply-waiting escalation in the store: who has waited since before a moment, and the text to
// the owner's mobile about one of them, enqueued at most once per conversation per hour and
// exactly once whoever decides it (DESIGN §5: one transaction, a unique key).
class OwnerAlertStore
{
public:
    static constexpr qint64 kOncePerMs = 60 * 60'000;
    // A reminder that could not go out within this (automation paused, the provider down) is
    // dropped: "waiting 10 min" an hour later tells the owner nothing true.
    static constexpr qint64 kStaleAfterMs = 15 * 60'000;

    explicit OwnerAlertStore(Database& db)
        : m_db(db)
    {}

    // A wait that began longer ago than this is backlog (a conversation nobody closed, the history
    // imported on the first connection), not news: the Needs reply list shows it, nothing is
    // raised about it. Four days cover a long weekend.
    static constexpr int kBacklogAfterDays = 4;
    // The owner is texted about one wait at most this often (10 min, then hourly): after that they
    // know, and more texts would only teach them to ignore the next.
    static constexpr int kMaxTextsPerWait = 3;

    // Conversations waiting since between `notBefore` and `notAfter`, longest wait first, that
    // someone should still answer: not opted out, not a finished job (Booked, Won, Lost), not a
    // blocked number, and not `exceptNumber` (the owner's own mobile: their "ok" to a reminder is
    // no customer).
    StoreResult<QList<WaitingReply>> waitingSince(const QDateTime& notBefore, const QDateTime& notAfter,
                                                  const QString& exceptNumber, int limit = 100);

    // Queues `alert` (kind OwnerAlert, its lead, to, from and body) under `dedupeKey` unless this
    // lead had an owner alert queued within the last hour, or kMaxTextsPerWait since `waitingSince`,
    // or the key exists: all checked in one transaction, the key by the database itself, so two
    // processes racing add one row. True when it was added.
    StoreResult<bool> enqueue(const OutboxItem& alert, const QString& dedupeKey,
                              const QDateTime& waitingSince, const QDateTime& now);

    // Whether an outbound text in the provider's log is one of our reminders to the owner (by its
    // provider id, or its words to that number): it is no part of any conversation.
    StoreResult<bool> isOwnerAlert(const QString& providerMessageId, const QString& toNumber,
                                   const QString& body);

    // Whether a queued reminder should still go out now: its lead still waits (since before the
    // reminder was queued), still qualifies (waitingSince's rules) and it is not stale.
    StoreResult<bool> stillWanted(const OutboxItem& alert, const QDateTime& now);

    // The key of the reminder due now for a wait: one per hour of waiting past the threshold, so
    // every process computes the same key for the same reminder.
    static QString dedupeKey(qint64 leadId, const QDateTime& waitingSince, int afterMinutes,
                             const QDateTime& now);

private:
    Database& m_db;
};

} // namespace ringback
