#pragma once

#include "SqlDialect.h"

#include <QString>

namespace ringback {

// Where the store lives: a SQLite file (one desk) or a PostgreSQL database (shared by desks).
struct DatabaseLocation
{
    SqlDialect::Kind backend = SqlDialect::Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; // comes from the credential store, never from settings
    QString connectOptions;

    static DatabaseLocation sqliteFile(const QString& path);
    // <AppDataLocation>/ringback.sqlite, or demo.sqlite for --demo.
    static QString defaultSqlitePath();
    static QString demoSqlitePath();

    // What to call it in a message to the user: the file path, or "ringback on db.example:5432".
    QString displayName() const;
};

} // namespace ringback
