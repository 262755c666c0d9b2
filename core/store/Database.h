#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "Statement.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace ringback {

struct DatabaseOptions
{
    int busyTimeoutMs = 5000;
    bool migrate = true;
    // Before upgrading an existing file, keep a copy next to it (<file>.schema-N.bak).
    bool backupBeforeUpgrade = true;
    // PostgreSQL: the server ends a statement that runs longer (after migrating, which may take
    // longer on a big store); 0 for none. The connection also has connect_timeout and TCP
    // keepalives (DatabaseLocation::driverConnectOptions).
    int statementTimeoutMs = 30'000;
};

// One connection to the store, owned by the thread that opened it (a QSqlDatabase connection
// must not cross threads: the worker opens its own, under another connection name).
// Opening checks, in this order and before writing anything: the file is a database, it is not
// from a newer Ringback, it is not someone else's database, and it can be written. Then it
// migrates. A failure names the file and says what to do; the file is left as it was.
class Database
{
public:
    static StoreResult<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                       const QString& connectionName,
                                                       const DatabaseOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const DatabaseLocation& location() const { return m_location; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }

    // A shared database's connection after the server or network went away: closes it and
    // connects again (same settings, same per-connection setup). Whatever was in a transaction
    // is gone; listeners subscribe again (StoreNotifications does).
    StoreResult<void> reconnect();

    // Prepares, binds (positionally) and runs one statement. The statement stays prepared on this
    // connection for the next run of the same SQL (StatementCache): it goes back to the cache when
    // the handle ends, so a handle is best not kept longer than its rows are read.
    StoreResult<Statement> exec(const QString& sql, const QVariantList& args = {}) const;
    // How often statements were prepared and reused on this connection, and how many are kept.
    StatementCache::Stats statementStats() const { return m_statements->stats(); }

    // Turns a driver error into words for the user, naming this database. The driver's text kept
    // in the detail (and logged) never quotes a bound value (withoutValues).
    StoreError errorFrom(const QSqlError& error, const QString& doing) const;
    // A driver's error text with every value it quotes replaced by "…".
    static QString withoutValues(const QString& driverText);

    // Transactions nest: only the outermost begins and commits; a rollback anywhere inside makes
    // the outermost commit roll back. Use Transaction (below) rather than these directly.
    StoreResult<void> begin();
    StoreResult<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    Database(DatabaseLocation location, QString connectionName, const SqlDialect& dialect);
    StoreResult<void> connect(const DatabaseOptions& options);
    StoreResult<void> setUp();
    StoreResult<void> checkReadable();
    StoreResult<void> checkSchemaOwner();
    StoreResult<void> checkWritable();
    StoreResult<void> backupBeforeUpgrade(int fromVersion);

    DatabaseLocation m_location;
    QString m_connectionName;
    const SqlDialect* m_dialect;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    int m_statementTimeoutMs = 0;
    // This connection's prepared statements; handles hold it weakly, so one that outlives the
    // Database drops its query instead of giving it back.
    std::shared_ptr<StatementCache> m_statements = std::make_shared<StatementCache>();

    // Its sentences, under the context "ringback::Database" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::Database)
};

// RAII: begins on construction, rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const StoreResult<void>& began() const { return m_began; }
    StoreResult<void> commit();

private:
    Database& m_db;
    StoreResult<void> m_began;
    bool m_open = false;
};

} // namespace ringback
