#include "TempDatabase.h"

namespace ringback::test {

TempDatabase::TempDatabase(const QString& connectionName)
    : m_connectionName(connectionName)
    , m_path(m_dir.filePath(QStringLiteral("ringback.sqlite")))
{
    reopen();
}

bool TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(DatabaseLocation::sqliteFile(m_path), m_connectionName);
    if (!opened) {
        m_error = opened.error().message + QLatin1Char(' ') + opened.error().detail;
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

} // namespace ringback::test
