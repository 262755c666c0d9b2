#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace ringback {

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation l;
    l.backend = SqlDialect::Kind::Sqlite;
    l.path = path;
    return l;
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

QString DatabaseLocation::displayName() const
{
    if (backend == SqlDialect::Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1 on %2:%3").arg(databaseName, host).arg(port);
}

} // namespace ringback
