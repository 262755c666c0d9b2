#pragma once

#include <QString>
#include <QStringList>

namespace ringback {

// Every difference between the SQLite and PostgreSQL SQL we write lives here. Statements are
// written once, in the common subset both accept (ON CONFLICT, RETURNING, IS DISTINCT FROM),
// with ${TOKENS} for the few column types that differ.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();
    static const SqlDialect& forDriver(const QString& driverName);

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Replaces ${ID_PK} (an auto-numbered 64-bit primary key) and ${BLOB} (bytes) in a statement.
    QString expand(const QString& statement) const;

    // Starts a transaction that will write: SQLite takes the write lock up front (BEGIN IMMEDIATE)
    // so two processes cannot both read-then-write and deadlock on the upgrade.
    QString beginWriteStatement() const;

    // PostgreSQL: a session-level advisory lock, held until unlocked or the connection ends (so a
    // process that dies releases it). SQLite has none: these return "" and the callers use the
    // leases table or the file's write lock instead. Each statement returns one boolean row.
    enum class Lock : qint64 { Migrations = 0x52696e67'00000001, Automation = 0x52696e67'00000002 };
    bool hasAdvisoryLocks() const { return m_kind == Kind::Postgres; }
    QString lockStatement(Lock lock) const;    // waits
    QString tryLockStatement(Lock lock) const; // does not wait: true when taken
    QString unlockStatement(Lock lock) const;

    // Statements run on every new connection.
    QStringList connectionSetup() const;

    // Full-text search over lead names/places and message bodies (the inbox's search box).
    // SQLite: FTS5 external-content tables kept in sync by triggers; PostgreSQL: GIN indexes on
    // to_tsvector('simple', ...) expressions, which the server keeps in sync by itself.
    QStringList textSearchSchema() const;
    // A subquery yielding the ids of leads whose name or place matches; one placeholder, bound to
    // textSearchArgument().
    QString leadsMatchingText() const;
    // A condition on lead `l`: one of its messages matches; one placeholder, as above. Two plans:
    // for a few matching messages, collect their leads (a lookup per message); for many, walk the
    // leads in list order and probe each one's messages, which stops once a page is full.
    QString leadHasMessageMatchingText(bool manyMatches) const;
    // Counts matching messages up to `cap` (one placeholder) to choose between the two plans;
    // empty when the engine plans this well by itself (PostgreSQL).
    QString countMessagesMatchingText(int cap) const;
    // The same for leads whose name or place matches (one placeholder), and for leads whose number
    // is LIKE a pattern (one placeholder per pattern, `patterns` of them); empty on PostgreSQL.
    QString countLeadsMatchingText(int cap) const;
    QString countLeadsWithNumberLike(int patterns, int cap) const;
    // The words typed, as the engine's query: every word must match, each as a prefix ("wat"
    // finds "water"). Empty when no word is left after dropping punctuation.
    QString textSearchArgument(const QString& typed) const;

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    Kind m_kind;
};

} // namespace ringback
