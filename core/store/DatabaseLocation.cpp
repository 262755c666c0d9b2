#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ringback {

namespace {

const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation l;
    l.backend = SqlDialect::Kind::Sqlite;
    l.path = path;
    return l;
}

bool DatabaseLocation::isUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation, QString> DatabaseLocation::fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://maria@office-pc:5432/ringback");
    if (!url.isValid() || !isUrl(text))
        return tr("\"%1\" is not a shared database address. Write it like %2.").arg(text, example);
    if (!url.password().isEmpty())
        return tr("Leave the password out of the database address: Ringback keeps it in the system's "
                  "password store. Enter it in Settings, Shared database.");
    DatabaseLocation l;
    l.backend = SqlDialect::Kind::Postgres;
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName(QUrl::FullyDecoded);
    l.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        l.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    l.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!l.sslMode.isEmpty() && !kSslModes.contains(l.sslMode))
        return tr("The database address asks for sslmode=%1, which PostgreSQL does not know. Use one of: %2.")
            .arg(l.sslMode, kSslModes.join(QLatin1String(", ")));
    if (l.host.isEmpty() || l.databaseName.isEmpty() || l.user.isEmpty())
        return tr("The database address \"%1\" needs a user, a server and a database name, like %2.")
            .arg(text, example);
    return l;
}

Result<DatabaseLocation, QString> DatabaseLocation::fromArgument(const QString& text)
{
    if (isUrl(text))
        return fromUrl(text);
    return sqliteFile(text);
}

static QString dataFile(const QString& fileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(fileName);
}

QString DatabaseLocation::defaultSqlitePath()
{
    return dataFile(QStringLiteral("ringback.sqlite"));
}
QString DatabaseLocation::demoSqlitePath()
{
    return dataFile(QStringLiteral("demo.sqlite"));
}

QString DatabaseLocation::toArgument() const
{
    if (!isShared())
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseLocation::credentialKey() const
{
    return QStringLiteral("postgres/%1@%2").arg(user, host);
}

QString DatabaseLocation::driverConnectOptions() const
{
    // A server that vanished (power cut, half-open network) is noticed within about half a
    // minute: TCP keepalives while idle, tcp_user_timeout while data waits for an answer.
    QStringList options{QStringLiteral("connect_timeout=5"),     QStringLiteral("application_name=Ringback"),
                        QStringLiteral("keepalives=1"),          QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=30000")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(sslMode);
    if (!connectOptions.isEmpty())
        options << connectOptions;
    return options.join(QLatin1Char(';'));
}

QString DatabaseLocation::displayName() const
{
    if (backend == SqlDialect::Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1 on %2:%3").arg(databaseName, host).arg(port);
}

} // namespace ringback
