#include "Database.h"

#include "Migrations.h"
#include "QueryRows.h"
#include "common/CleanText.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

namespace ringback {

namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kConstraint = 19,
    kNotADb = 26
};

StoreError::Kind kindForSqlite(int code)
{
    switch (code & 0xff) {
    case kBusy:
    case kLocked:
        return StoreError::Kind::Locked;
    case kReadOnly:
        return StoreError::Kind::ReadOnly;
    case kCorrupt:
    case kNotADb:
        return StoreError::Kind::Corrupt;
    case kFull:
        return StoreError::Kind::DiskFull;
    case kCantOpen:
        return StoreError::Kind::CannotOpen;
    case kConstraint:
        return StoreError::Kind::Constraint;
    default:
        return StoreError::Kind::Query;
    }
}

StoreError::Kind kindForPostgres(const QString& sqlState)
{
    if (sqlState.startsWith(QLatin1String("23")))
        return StoreError::Kind::Constraint;
    if (sqlState == QLatin1String("53100"))
        return StoreError::Kind::DiskFull;
    if (sqlState == QLatin1String("25006") || sqlState == QLatin1String("42501"))
        return StoreError::Kind::ReadOnly;
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01"))
        return StoreError::Kind::Locked;
    if (sqlState.startsWith(QLatin1String("XX")))
        return StoreError::Kind::Corrupt;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("28")) ||
        sqlState.startsWith(QLatin1String("3D")))
        return StoreError::Kind::CannotOpen;
    return StoreError::Kind::Query;
}

QString messageFor(StoreError::Kind kind, const QString& where)
{
    switch (kind) {
    case StoreError::Kind::Locked:
        return Database::tr(
                   "Another program is holding the database %1 locked. Close any other copy of Ringback "
                   "(or the program that has the file open) and try again.")
            .arg(where);
    case StoreError::Kind::ReadOnly:
        return Database::
            tr("Ringback cannot save to the database %1 because it is read-only. Check the permissions of "
               "the file and its folder, or start Ringback with --db and a file in a folder you can write "
               "to.")
                .arg(where);
    case StoreError::Kind::Corrupt:
        return Database::tr(
                   "The database %1 is damaged or is not a database, so Ringback has not opened or changed "
                   "it. "
                   "Restore it from a backup, or move it to another folder and start Ringback again to begin "
                   "with a new one.")
            .arg(where);
    case StoreError::Kind::DiskFull:
        return Database::tr(
                   "The disk that holds the database %1 is full, so the last change was not saved. Free some "
                   "space and try again; nothing saved before has been lost.")
            .arg(where);
    case StoreError::Kind::CannotOpen:
        return Database::
            tr("Ringback cannot open the database %1. Check that its folder exists and that you may write "
               "to it (for a shared database: that the server is running and the user name and password "
               "are right).")
                .arg(where);
    case StoreError::Kind::Constraint:
        return Database::tr(
                   "The database %1 refused a change that would have duplicated or orphaned a record.")
            .arg(where);
    case StoreError::Kind::NewerSchema:
    case StoreError::Kind::ForeignDatabase:
    case StoreError::Kind::NotFound:
    case StoreError::Kind::Conflict:
    case StoreError::Kind::Query:
        break;
    }
    return Database::tr(
               "The database %1 reported an error. Ringback has kept what was saved before; if this keeps "
               "happening, restart Ringback.")
        .arg(where);
}

// A shared database that cannot be reached or entered. libpq reports these before any SQLSTATE
// exists, so its text is what tells them apart.
QString postgresConnectionMessage(const QString& text, const QString& sqlState, const DatabaseLocation& where)
{
    const auto has = [&text](const char* phrase) {
        return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
    };
    if (sqlState == QLatin1String("28P01") || sqlState == QLatin1String("28000") ||
        has("password authentication failed") || has("no password supplied") ||
        has("authentication failed") || (has("role") && has("does not exist"))) {
        return Database::
            tr("The shared database server %1 refused the user name \"%2\" or its password. Check both in "
               "Settings, Shared database (the office's database administrator can reset the password).")
                .arg(where.host, where.user);
    }
    if (sqlState == QLatin1String("3D000") || (has("database") && has("does not exist"))) {
        return Database::tr(
                   "The server %1 is running, but it has no database called \"%2\". Check the name in "
                   "Settings, "
                   "Shared database, or create it on the server (see \"Sharing the inbox between desks\" in "
                   "the README).")
            .arg(where.host, where.databaseName);
    }
    if (sqlState.startsWith(QLatin1String("08")) || has("connection refused") || has("could not connect") ||
        has("could not translate host name") || has("timeout expired") ||
        has("server closed the connection") || has("no connection to the server") ||
        has("connection to server") || has("terminating connection")) {
        return Database::tr(
                   "Ringback cannot reach the shared database server %1 (port %2). Check that the office PC "
                   "that runs it is switched on and connected to the network; Ringback keeps trying.")
            .arg(where.host)
            .arg(where.port);
    }
    if (has("SSL")) {
        return Database::tr(
                   "The shared database server %1 and Ringback could not agree on an encrypted connection "
                   "(sslmode=%2). Check the encryption setting in Settings, Shared database.")
            .arg(where.host, where.sslMode.isEmpty() ? QStringLiteral("prefer") : where.sslMode);
    }
    return {};
}

// Why a SQLite file cannot be written, from its permissions and its folder's; empty when it can.
// The owner's write bit counts even for root, who may write anyway: a file or folder someone made
// read-only is refused, as the README says, before SQLite opens it and creates -wal and -shm.
QString readOnlyReason(const QString& path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return {};
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.exists() && (!file.isWritable() || !file.permissions().testFlag(QFileDevice::WriteOwner)))
        return QStringLiteral("the file is read-only (permissions %1)").arg(int(file.permissions()), 0, 16);
    // SQLite writes its journal (-wal, -shm) next to the file.
    if (!folder.isWritable() || !folder.permissions().testFlag(QFileDevice::WriteOwner))
        return QStringLiteral("the folder %1 is read-only").arg(folder.absoluteFilePath());
    return {};
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName, const SqlDialect& dialect)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_dialect(&dialect)
{}

Database::~Database()
{
    m_statements->clear(); // before the connection goes: queries must end before it
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreResult<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location,
                                                      const QString& connectionName,
                                                      const DatabaseOptions& options)
{
    const SqlDialect& dialect =
        location.backend == SqlDialect::Kind::Postgres ? SqlDialect::postgres() : SqlDialect::sqlite();
    std::unique_ptr<Database> db(new Database(location, connectionName, dialect));

    if (auto r = db->connect(options); !r)
        return r.error();
    if (auto r = db->checkReadable(); !r)
        return r.error();
    if (auto r = db->checkSchemaOwner(); !r)
        return r.error();
    if (auto r = db->checkWritable(); !r)
        return r.error();
    for (const QString& statement : dialect.connectionSetup()) {
        if (auto r = db->exec(statement); !r)
            return r.error();
    }
    if (options.migrate && db->m_schemaVersion < Migrator::latestVersion()) {
        if (options.backupBeforeUpgrade && db->m_schemaVersion > 0) {
            if (auto r = db->backupBeforeUpgrade(db->m_schemaVersion); !r)
                return r.error();
        }
        auto migrated = Migrator::migrate(*db);
        if (!migrated)
            return migrated.error();
        db->m_schemaVersion = migrated.value();
        // Statements prepared before a step changed the tables may carry stale plans (PostgreSQL
        // refuses to run one whose result columns changed).
        db->m_statements->clear();
    }
    if (dialect.kind() == SqlDialect::Kind::Postgres)
        db->m_statementTimeoutMs = options.statementTimeoutMs;
    if (auto r = db->setUp(); !r)
        return r.error();
    qCInfo(lcStore) << "opened" << location.displayName() << "schema" << db->m_schemaVersion;
    return db;
}

StoreResult<void> Database::connect(const DatabaseOptions& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!db.isValid()) {
        return StoreError{StoreError::Kind::CannotOpen,
                          tr("The Qt database driver %1 is not installed. Reinstall Ringback.")
                              .arg(m_dialect->driverName()),
                          {}};
    }
    if (m_dialect->kind() == SqlDialect::Kind::Sqlite) {
        const QFileInfo info(m_location.path);
        if (!QDir().mkpath(info.absolutePath())) {
            return StoreError{StoreError::Kind::CannotOpen,
                              messageFor(StoreError::Kind::CannotOpen, m_location.displayName()),
                              QStringLiteral("cannot create folder %1").arg(info.absolutePath())};
        }
        if (const QString why = readOnlyReason(m_location.path); !why.isEmpty()) {
            return StoreError{StoreError::Kind::ReadOnly,
                              messageFor(StoreError::Kind::ReadOnly, m_location.displayName()), why};
        }
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.databaseName);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(m_location.driverConnectOptions());
    }
    if (!db.open())
        return errorFrom(db.lastError(), QStringLiteral("open"));
    return {};
}

StoreResult<void> Database::reconnect()
{
    // The server forgot this session's prepared statements with it.
    m_statements->clear();
    QSqlDatabase db = connection();
    db.close();
    m_depth = 0;
    m_rollbackOnly = false;
    if (!db.open())
        return errorFrom(db.lastError(), QStringLiteral("reconnect"));
    for (const QString& statement : m_dialect->connectionSetup()) {
        if (auto r = exec(statement); !r)
            return r.error();
    }
    if (auto r = setUp(); !r)
        return r.error();
    qCInfo(lcStore) << "reconnected to" << m_location.displayName();
    return {};
}

StoreResult<void> Database::setUp()
{
    if (m_statementTimeoutMs <= 0)
        return {};
    // Server side: a statement stuck on a lock or a runaway plan ends instead of holding the desk.
    return rows::none(exec(QStringLiteral("SET statement_timeout = %1").arg(m_statementTimeoutMs)));
}

StoreResult<void> Database::checkReadable()
{
    const QString probe = m_dialect->kind() == SqlDialect::Kind::Sqlite
                              ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                              : QStringLiteral("SELECT 1");
    if (auto r = exec(probe); !r)
        return r.error();
    return {};
}

StoreResult<void> Database::checkSchemaOwner()
{
    const QStringList tables = connection().tables(QSql::Tables);
    if (tables.contains(QStringLiteral("schema_version"))) {
        auto r = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        if (!r)
            return r.error();
        Statement q = std::move(r).value();
        m_schemaVersion = q.next() ? q.value(0).toInt() : 0;
        if (m_schemaVersion > Migrator::latestVersion()) {
            return StoreError{StoreError::Kind::NewerSchema,
                              tr("The database %1 was saved by a newer version of Ringback (data version %2; "
                                 "this version understands up to %3). It has not been changed. Install the "
                                 "newer Ringback, or start this one with --db and another file.")
                                  .arg(m_location.displayName())
                                  .arg(m_schemaVersion)
                                  .arg(Migrator::latestVersion()),
                              {}};
        }
        return {};
    }
    QStringList own;
    for (const QString& t : tables) {
        if (!t.startsWith(QLatin1String("sqlite_")))
            own << t;
    }
    if (!own.isEmpty()) {
        return StoreError{
            StoreError::Kind::ForeignDatabase,
            tr("The database %1 belongs to another program (it has tables Ringback did not create), "
               "so Ringback has not changed it. Start Ringback with --db and a new file name.")
                .arg(m_location.displayName()),
            own.join(QLatin1String(", "))};
    }
    return {};
}

StoreResult<void> Database::checkWritable()
{
    if (m_dialect->kind() != SqlDialect::Kind::Sqlite)
        return {};
    if (auto r = exec(m_dialect->beginWriteStatement()); !r)
        return r.error();
    // Only a probe: nothing was written, and a failed ROLLBACK is logged by exec() already.
    (void)exec(QStringLiteral("ROLLBACK"));
    return {};
}

StoreResult<void> Database::backupBeforeUpgrade(int fromVersion)
{
    if (m_dialect->kind() != SqlDialect::Kind::Sqlite)
        return {}; // a shared server is backed up by its administrator (pg_dump)
    const QString target = m_location.path + QStringLiteral(".schema-%1.bak").arg(fromVersion);
    if (QFile::exists(target))
        return {};
    // VACUUM INTO writes a consistent copy even while other connections are reading.
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {target}); !r)
        return r.error();
    qCInfo(lcStore) << "kept a copy before upgrading:" << target;
    return {};
}

StoreResult<Statement> Database::exec(const QString& sql, const QVariantList& args) const
{
    // PostgreSQL cannot PREPARE transaction control or SET: statements without parameters go as
    // they are (one round trip instead of three, too), and are not kept.
    if (args.isEmpty() && m_dialect->kind() == SqlDialect::Kind::Postgres) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return errorFrom(q.lastError(), sql);
        return Statement(std::move(q));
    }
    const quint64 generation = m_statements->generation();
    std::optional<QSqlQuery> kept = m_statements->take(sql, args.size());
    if (!kept) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return errorFrom(q.lastError(), sql);
        m_statements->countPrepared();
        kept.emplace(std::move(q));
    }
    QSqlQuery& q = *kept;
    for (const QVariant& a : args) {
        // Qt binds a null QString as SQL NULL. Our text columns mean "" by an empty string; a real
        // NULL is asked for explicitly with a typed null variant (sql::textOrNull).
        if (!a.isNull() && a.typeId() == QMetaType::QString && a.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else // text from outside may hold U+0000 or lone surrogates: stored cleaned on every backend
            q.addBindValue(cleanedValue(a));
    }
    // A statement that failed is not kept: SQLite would repeat its error on the next reset.
    if (!q.exec())
        return errorFrom(q.lastError(), sql);
    return Statement(std::move(q), m_statements, sql, args.size(), generation);
}

QString Database::withoutValues(const QString& driverText)
{
    // QPSQL sends bound values inside the statement text (EXECUTE name('...')), so the server's
    // complaints can quote them: `at or near "'<message body>...'"`, `Key (col)=(<value>)`, a
    // DETAIL or a CONTEXT line naming the failing value. None of that reaches a log or a screen.
    QString out = driverText;
    static const QRegularExpression quotedAfterNear(QStringLiteral("(at or near )\"[^\"]*(\"|$)"));
    out.replace(quotedAfterNear, QStringLiteral("\\1\"…\""));
    static const QRegularExpression keyValue(QStringLiteral("(\\([^()]*\\))=\\((?:[^()]|\\([^()]*\\))*\\)"));
    out.replace(keyValue, QStringLiteral("\\1=(…)"));
    static const QRegularExpression quotedLiteral(QStringLiteral("'(?:[^']|'')*('|$)"));
    out.replace(quotedLiteral, QStringLiteral("'…'"));
    static const QRegularExpression detailLines(QStringLiteral("(DETAIL|CONTEXT|LINE \\d+):[^\\n]*"));
    out.replace(detailLines, QStringLiteral("\\1: …"));
    return out;
}

StoreError Database::errorFrom(const QSqlError& error, const QString& doing) const
{
    const QString native = error.nativeErrorCode();
    const StoreError::Kind kind = m_dialect->kind() == SqlDialect::Kind::Sqlite
                                      ? kindForSqlite(native.toInt())
                                      : kindForPostgres(native);
    const QString detail =
        QStringLiteral("%1 [%2] while: %3").arg(withoutValues(error.text()), native, doing.left(200));
    qCWarning(lcStore).noquote() << m_location.displayName() << detail;
    if (m_dialect->kind() == SqlDialect::Kind::Postgres &&
        (error.type() == QSqlError::ConnectionError || native.isEmpty() ||
         kind == StoreError::Kind::CannotOpen)) {
        // After the server dropped us Qt closes the connection and later errors carry no text.
        const QString text = error.text().trimmed().isEmpty() && !connection().isOpen()
                                 ? QStringLiteral("no connection to the server")
                                 : error.text();
        const QString message = postgresConnectionMessage(text, native, m_location);
        if (!message.isEmpty())
            return StoreError{StoreError::Kind::CannotOpen, message, detail};
    }
    return StoreError{kind, messageFor(kind, m_location.displayName()), detail};
}

StoreResult<void> Database::begin()
{
    if (m_depth == 0) {
        if (auto r = exec(m_dialect->beginWriteStatement()); !r)
            return r.error();
        m_rollbackOnly = false;
    }
    ++m_depth;
    return {};
}

StoreResult<void> Database::commit()
{
    if (m_depth == 0)
        return {};
    if (--m_depth > 0)
        return {};
    if (m_rollbackOnly) {
        // The error returned below is what counts; a failed ROLLBACK is logged by exec() and the
        // server drops the transaction with the connection anyway.
        (void)exec(QStringLiteral("ROLLBACK"));
        m_rollbackOnly = false;
        return StoreError{StoreError::Kind::Query,
                          messageFor(StoreError::Kind::Query, m_location.displayName()),
                          QStringLiteral("an inner step failed; the whole change was rolled back")};
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        (void)exec(QStringLiteral("ROLLBACK")); // best effort; the COMMIT error is what we report
        return r.error();
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    // Rolling back is the failure path already (a destructor, usually): nothing better to do with a
    // failed ROLLBACK than the log line exec() wrote.
    (void)exec(QStringLiteral("ROLLBACK"));
    m_rollbackOnly = false;
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_began(db.begin())
    , m_open(m_began.ok())
{}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

StoreResult<void> Transaction::commit()
{
    if (!m_open)
        return m_began.ok() ? StoreResult<void>() : m_began;
    m_open = false;
    return m_db.commit();
}

} // namespace ringback
