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

    // Replaces ${ID_PK} (an auto-numbered 64-bit primary key) in a statement.
    QString expand(const QString& statement) const;

    // Starts a transaction that will write: SQLite takes the write lock up front (BEGIN IMMEDIATE)
    // so two processes cannot both read-then-write and deadlock on the upgrade.
    QString beginWriteStatement() const;

    // Statements run on every new connection.
    QStringList connectionSetup() const;

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    Kind m_kind;
};

} // namespace ringback
