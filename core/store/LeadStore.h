#pragma once

#include "StoreError.h"
#include "domain/Lead.h"

#include <QList>

class QSqlQuery;

#include <optional>

namespace ringback {

class Database;

// Leads, one per caller number.
class LeadStore
{
public:
    explicit LeadStore(Database& db)
        : m_db(db)
    {}

    // The lead for a number, created (with its geocoded place) the first time the number appears.
    StoreResult<Lead> findOrCreate(const QString& e164, const QString& place, const QDateTime& now);
    StoreResult<std::optional<Lead>> byId(qint64 id);
    StoreResult<std::optional<Lead>> byNumber(const QString& e164);

    // Saves the editable fields. Fails with Kind::Conflict when the lead changed since it was read
    // (its revision moved on), so one desk never silently overwrites another's edit. A change of
    // status, assignment or notes is noted on the lead's history, with who made it (`actor`, the
    // desk's person; empty when not known), in the same transaction; notes saved again and again
    // in one sitting are one line.
    StoreResult<Lead> save(const Lead& lead, const QDateTime& now, const QString& actor = QString());

    StoreResult<void> setStatus(qint64 id, LeadStatus status, const QDateTime& now);
    // Something happened in the conversation: move the lead up the list, optionally unread.
    StoreResult<void> touch(qint64 id, const QDateTime& at, bool markUnread);
    StoreResult<void> markRead(qint64 id);
    // "Mark unread": someone will come back to it (the activity time stays as it is).
    StoreResult<void> markUnread(qint64 id);
    // The customer counts as answered at `at` without a text of ours: the office reached them by
    // phone, or their texts came before Ringback was switched on (history someone dealt with
    // then). They wait for a reply again only for a text sent after `at`. Affects no row when they
    // were not waiting since `at` or earlier.
    StoreResult<void> answeredAt(qint64 id, const QDateTime& at);

    // What the caller's answers filled in (need, place, address, when, photos, urgent), written
    // by Ringback: no revision check (the desk showing the card re-reads it), the revision moves on
    // so a desk's older edit of the same card is refused rather than undoing it.
    StoreResult<void> saveIntake(const Lead& lead, const QDateTime& now);
    // The intake fields in SELECT order, for the stores that read leads their own way
    // (`alias`: "l" gives "l.address, ..."), and reading them from `first` on.
    static QString intakeColumns(const QString& alias = QString());
    static void readIntakeFields(Lead& lead, const QSqlQuery& query, int first);

    // Most recent activity first.
    StoreResult<QList<Lead>> page(int offset, int limit);
    StoreResult<qint64> count();

private:
    StoreResult<void> logEdits(const Lead& before, const Lead& after, const QDateTime& now,
                               const QString& actor);

    Database& m_db;
};

} // namespace ringback
