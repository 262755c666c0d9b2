#pragma once

#include "StoreError.h"
#include "UpsertOutcome.h"
#include "domain/Call.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ringback {

class Database;

// The provider's call log as we have seen it, keyed by the provider's call id.
class CallStore
{
public:
    explicit CallStore(Database& db)
        : m_db(db)
    {}

    // Inserts a new call or updates the provider facts of a known one; first_seen_at is kept.
    StoreResult<UpsertOutcome> upsert(const Call& call, const QDateTime& now);
    // One transaction for a whole page of the call log.
    StoreResult<QList<UpsertOutcome>> upsertAll(const QList<Call>& calls, const QDateTime& now);

    StoreResult<std::optional<Call>> byProviderId(const QString& providerCallId);
    StoreResult<std::optional<Call>> byId(qint64 id);
    StoreResult<QList<Call>> childLegs(const QString& parentProviderCallId);
    // Calls from one number that ended at or after a time, newest first.
    StoreResult<QList<Call>> fromNumberSince(const QString& number, const QDateTime& since);
    StoreResult<qint64> count();

    // Parent calls the automation has not decided yet (oldest first): new ones, ones that were
    // still ringing, and after a restart the ones missed while the app was closed.
    StoreResult<QList<Call>> undecidedParents(int limit);
    // The automation's decision, as codes: the verdict ("missed"), how it was missed ("busy") and
    // what the policy did ("texted", "cannot_receive_sms"); each desk words them (FactWording).
    StoreResult<void> recordVerdict(qint64 id, const QString& verdict, const QString& missReason,
                                    const QString& decision, const QDateTime& at);
    // Whether the caller was answered on a later call, or called back, after `since`.
    StoreResult<bool> reachedSince(const QString& number, const QDateTime& since);
    // Of these provider ids, the ones already decided (the worker skips their child legs).
    StoreResult<QSet<QString>> decidedAmong(const QStringList& providerCallIds);
    // The latest end time stored that is not after `limit` (invalid when none): where a watermark
    // left in the future by an absurd record is put back.
    StoreResult<QDateTime> latestEndedNotAfter(const QDateTime& limit);
    // Parent calls, newest first (the Calls view).
    StoreResult<QList<Call>> page(int offset, int limit);

private:
    Database& m_db;
};

} // namespace ringback
