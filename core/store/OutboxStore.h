#pragma once

#include "StoreError.h"
#include "domain/OutboxItem.h"

#include <QList>
#include <QVariantMap>

#include <optional>

namespace ringback {

class Database;

struct EnqueueOutcome
{
    qint64 id = 0;
    bool created = false; // false: this (call, kind) was already enqueued, nothing new was added
};

// Texts waiting to go out, with the states and leases of the exactly-once rules (DESIGN §5).
class OutboxStore
{
public:
    explicit OutboxStore(Database& db)
        : m_db(db)
    {}

    // Adds a text unless one for the same (call, kind) exists. Run it inside the transaction that
    // made the decision so deciding and enqueuing are one step.
    StoreResult<EnqueueOutcome> enqueue(const OutboxItem& item, const QDateTime& now);

    // Claims the due pending row that was queued first for `owner` (pending -> sending), with a lease.
    // With includeAutomatic false (auto text-back paused), text-backs, follow-ups, HELP replies and
    // reminders to the owner wait and only texts a person asked for are claimed.
    StoreResult<std::optional<OutboxItem>> claimNext(const QString& owner, const QDateTime& now,
                                                     qint64 leaseMs, bool includeAutomatic = true);

    StoreResult<void> markSent(qint64 id, const QString& providerMessageId, const QDateTime& now);
    // `error` is a code with its `params` (ProviderError::code and params, or one of Ringback's:
    // FactWording::sendFailure words them), never a sentence.
    StoreResult<void> markFailed(qint64 id, const QString& error, const QVariantMap& params,
                                 const QDateTime& now);
    // Back to pending, to be tried again no earlier than notBefore (retry with back-off).
    StoreResult<void> reschedule(qint64 id, const QDateTime& notBefore, const QString& error,
                                 const QVariantMap& params, const QDateTime& now);
    // The send failed in a way that may still have reached the provider: the row waits, leased to
    // nobody, until notBefore, and is then looked up in the message log before any resend.
    StoreResult<void> markUncertain(qint64 id, const QDateTime& notBefore, const QString& error,
                                    const QVariantMap& params, const QDateTime& now);
    StoreResult<void> setState(qint64 id, OutboxState state, const QDateTime& now);
    // Cancelled for `reason` (a code kept on the row: "opted_out_before_send", "no_longer_needed"),
    // and leased to nobody.
    StoreResult<void> cancel(qint64 id, const QString& reason, const QDateTime& now);
    StoreResult<void> linkMessage(qint64 id, qint64 messageId);

    StoreResult<std::optional<OutboxItem>> byId(qint64 id);
    StoreResult<std::optional<OutboxItem>> forCall(qint64 callId, OutboxKind kind);
    StoreResult<QList<OutboxItem>> inState(OutboxState state);
    // Rows left in `sending` whose lease has run out: the sender died mid-send.
    StoreResult<QList<OutboxItem>> expiredLeases(const QDateTime& now);
    // Rows that may have reached the provider and must be looked up before any resend, oldest
    // first: those in `sending` whose claim ran out (whoever made it: a desk that lost the
    // automation lease may still have its send in flight until then, so a live claim of another
    // desk is never looked up, or resent, early) or whose claimant died on this machine (nothing
    // of it is in flight any more), and the `uncertain` ones that are due.
    StoreResult<QList<OutboxItem>> orphanedClaims(const QDateTime& now);
    // Whether a row other than `exceptId` already recorded this provider message id (a text the
    // log shows is that row's, not a lost one's).
    StoreResult<bool> providerIdRecorded(const QString& providerMessageId, qint64 exceptId);
    StoreResult<qint64> countInState(OutboxState state);
    // Texts waiting to go, for "3 texts queued": pending ones, less those scheduled for later
    // (Send later) whose moment has not come (tomorrow's 8:00 texts are not a queue stuck tonight).
    StoreResult<qint64> countQueued(const QDateTime& now);
    // A person's answer to texts held for approval (over the hourly cap): approved ones go out
    // now, whatever the cap says (the person decided); the others are not sent at all. Rows no
    // longer held (another desk answered first) are left as they are. Returns how many changed.
    // Each answer is noted on its lead's history with who gave it (`actor`, the desk's person).
    StoreResult<qint64> approveHeld(const QList<qint64>& ids, const QDateTime& now,
                                    const QString& actor = QString());
    StoreResult<qint64> discardHeld(const QList<qint64>& ids, const QDateTime& now,
                                    const QString& actor = QString());

    // When an automatic text (text-back or follow-up) last went, or is going, to a number: the end
    // of the call it answered (the cooldown is between calls), else when it was queued.
    StoreResult<std::optional<QDateTime>> lastAutomaticTextTo(const QString& number);
    // When the last HELP reply to a number was queued (or went), held ones included.
    StoreResult<std::optional<QDateTime>> lastHelpReplyTo(const QString& number);
    // Automatic texts created since a moment (the fraud guard's hourly cap): text-backs, intake questions,
    // follow-ups and HELP replies (DESIGN §3: HELP replies are automatic texts too).
    StoreResult<qint64> countAutomaticSince(const QDateTime& since);
    // Cancels automatic texts (text-backs in their grace delay, follow-ups waiting for the
    // recipient's daytime) to a number that was just reached; returns how many. With `reachedAt`,
    // only texts for calls that ended before that moment: a reply or an answered call older than a
    // missed call never cancels that call's text-back (DESIGN §3, order does not change outcomes).
    StoreResult<qint64> cancelPendingAutomaticTextsTo(const QString& number, const QDateTime& now,
                                                      const QDateTime& reachedAt = QDateTime());

private:
    Database& m_db;
};

} // namespace ringback
