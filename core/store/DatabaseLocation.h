#pragma once

#include "SqlDialect.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ringback {

// Where the store lives: a SQLite file (one desk) or a PostgreSQL database (shared by desks).
struct DatabaseLocation
{
    SqlDialect::Kind backend = SqlDialect::Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL: a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; // comes from the credential store, never from settings
    QString sslMode;  // libpq's sslmode ("" = libpq's default, prefer)
    QString connectOptions;

    static DatabaseLocation sqliteFile(const QString& path);
    // postgresql://user@host:port/database?sslmode=require (also postgres://; a socket folder as
    // ?host=/run/postgresql). A password in the URL is refused: it belongs in the keychain.
    static Result<DatabaseLocation, QString> fromUrl(const QString& url);
    static bool isUrl(const QString& text);
    // What --db and the DatabaseLocation setting hold: a URL for a shared database, else a file.
    static Result<DatabaseLocation, QString> fromArgument(const QString& text);

    // <AppDataLocation>/ringback.sqlite, or demo.sqlite for --demo.
    static QString defaultSqlitePath();
    static QString demoSqlitePath();

    bool isShared() const { return backend == SqlDialect::Kind::Postgres; }
    // The URL form (without any password), for settings and --db; the file path for SQLite.
    QString toArgument() const;
    // Where the password is kept in the credential store: "postgres/maria@office-pc".
    QString credentialKey() const;
    // What QPSQL's setConnectOptions gets: sslmode, a connect timeout, the application name.
    QString driverConnectOptions() const;

    // What to call it in a message to the user: the file path, or "ringback on db.example:5432".
    QString displayName() const;

    // Its sentences, under the context "ringback::DatabaseLocation" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::DatabaseLocation)
};

} // namespace ringback
