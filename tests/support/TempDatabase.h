#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ringback::test {

// Which backend a store test runs on. ctest registers each store suite twice: as is (SQLite) and
// as <suite>_postgres with RINGBACK_TEST_BACKEND=postgres, against the throwaway server that the
// `postgres` fixture starts (tests/support/test-postgres.sh; RINGBACK_TEST_PG_ENV names its file).
struct TestBackend
{
    static SqlDialect::Kind kind();
    static bool postgres() { return kind() == SqlDialect::Kind::Postgres; }
    // The fixture's server, with the maintenance database "postgres"; nullopt (and why in `error`)
    // when there is none.
    static std::optional<DatabaseLocation> postgresServer(QString* error = nullptr);
};

// A fresh, migrated store removed when the test ends: a SQLite file in a temporary folder, or on
// PostgreSQL a database of its own (CREATE DATABASE with a unique name, dropped at the end), so
// suites can run in parallel on one server.
class TempDatabase
{
public:
    explicit TempDatabase(const QString& connectionName = QStringLiteral("test"));
    TempDatabase(SqlDialect::Kind backend, const QString& connectionName);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    bool ok() const { return m_db != nullptr; }
    QString errorText() const { return m_error; }
    Database& db() { return *m_db; }
    SqlDialect::Kind backend() const { return m_location.backend; }
    // Where it is, to open another connection (another "desk") or to hand to a process.
    const DatabaseLocation& location() const { return m_location; }
    QString path() const { return m_path; } // SQLite only
    QString dir() const { return m_dir.path(); }

    // Closes the connection (to reopen the same store, or to look at it from outside).
    void close() { m_db.reset(); }
    bool reopen();

private:
    bool createPostgresDatabase();
    void dropPostgresDatabase();

    QTemporaryDir m_dir;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
};

// A SQLite file as an earlier Ringback left it: migrated only up to `version` and filled by
// `fill`, then opened by this version (which migrates it). The opened store, or why it failed.
Result<std::unique_ptr<Database>, QString> openedAfterVersion(const QString& path, int version,
                                                              const std::function<void(Database&)>& fill);

} // namespace ringback::test
