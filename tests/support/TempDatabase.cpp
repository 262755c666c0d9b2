#include "TempDatabase.h"

#include "store/Migrations.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ringback::test {

namespace {

// KEY=value lines, as test-postgres.sh writes them.
QHash<QString, QString> readEnvFile(const QString& path)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

// Runs one statement on the server's maintenance database ("postgres").
bool onServer(const QString& statement, QString* error)
{
    const auto server = TestBackend::postgresServer(error);
    if (!server)
        return false;
    const QString name = QStringLiteral("admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->databaseName);
        if (!admin.open()) {
            if (error)
                *error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

SqlDialect::Kind TestBackend::kind()
{
    return qEnvironmentVariable("RINGBACK_TEST_BACKEND") == QLatin1String("postgres")
               ? SqlDialect::Kind::Postgres
               : SqlDialect::Kind::Sqlite;
}

std::optional<DatabaseLocation> TestBackend::postgresServer(QString* error)
{
    const QString envFile = qEnvironmentVariable("RINGBACK_TEST_PG_ENV");
    const auto values = readEnvFile(envFile);
    if (!values.contains(QStringLiteral("RINGBACK_TEST_PG_HOST"))) {
        if (error)
            *error =
                QStringLiteral("no PostgreSQL test server: RINGBACK_TEST_PG_ENV=\"%1\" names no server file "
                               "(run through ctest, whose `postgres` fixture starts one)")
                    .arg(envFile);
        return std::nullopt;
    }
    DatabaseLocation l;
    l.backend = SqlDialect::Kind::Postgres;
    l.host = values.value(QStringLiteral("RINGBACK_TEST_PG_HOST"));
    l.port = values.value(QStringLiteral("RINGBACK_TEST_PG_PORT")).toInt();
    l.user = values.value(QStringLiteral("RINGBACK_TEST_PG_USER"));
    l.databaseName = QStringLiteral("postgres");
    return l;
}

TempDatabase::TempDatabase(const QString& connectionName)
    : TempDatabase(TestBackend::kind(), connectionName)
{}

TempDatabase::TempDatabase(SqlDialect::Kind backend, const QString& connectionName)
    : m_connectionName(connectionName)
    , m_path(m_dir.filePath(QStringLiteral("ringback.sqlite")))
{
    if (backend == SqlDialect::Kind::Postgres) {
        if (!createPostgresDatabase())
            return;
    } else {
        m_location = DatabaseLocation::sqliteFile(m_path);
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (m_location.isShared())
        dropPostgresDatabase();
}

bool TempDatabase::createPostgresDatabase()
{
    const auto server = TestBackend::postgresServer(&m_error);
    if (!server)
        return false;
    m_location = *server;
    m_location.databaseName =
        QStringLiteral("rb_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    return onServer(QStringLiteral("CREATE DATABASE %1").arg(m_location.databaseName), &m_error);
}

void TempDatabase::dropPostgresDatabase()
{
    QString error;
    if (!onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName),
                  &error))
        qWarning("could not drop the test database %s: %s", qPrintable(m_location.databaseName),
                 qPrintable(error));
}

bool TempDatabase::reopen()
{
    m_db.reset();
    if (m_location.isShared() && m_location.databaseName.isEmpty())
        return false;
    auto opened = Database::open(m_location, m_connectionName);
    if (!opened) {
        m_error = opened.error().message + QLatin1Char(' ') + opened.error().detail;
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

Result<std::unique_ptr<Database>, QString> openedAfterVersion(const QString& path, int version,
                                                              const std::function<void(Database&)>& fill)
{
    const DatabaseLocation location = DatabaseLocation::sqliteFile(path);
    {
        DatabaseOptions noMigration;
        noMigration.migrate = false;
        auto old = Database::open(location, QStringLiteral("version%1").arg(version), noMigration);
        if (!old)
            return old.error().detail;
        auto migrated = Migrator::migrate(*old.value(), version);
        if (!migrated || migrated.value() != version)
            return QStringLiteral("the file did not reach schema %1").arg(version);
        fill(*old.value());
    }
    auto opened = Database::open(location, QStringLiteral("reopened"));
    if (!opened)
        return opened.error().detail;
    return std::move(opened).value();
}

} // namespace ringback::test
