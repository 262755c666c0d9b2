#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace ringback::test {

// A fresh, migrated SQLite store in a temporary folder, removed when the test ends.
class TempDatabase
{
public:
    explicit TempDatabase(const QString& connectionName = QStringLiteral("test"));

    bool ok() const { return m_db != nullptr; }
    QString errorText() const { return m_error; }
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes the connection (to reopen the same file, or to look at the file from outside).
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace ringback::test
