#pragma once

#include "StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

class Database;

// One step of the schema. Steps are applied in order, each in its own transaction together with
// its row in schema_version, so a step is either wholly there or not at all. Statements are in the
// SQL both backends accept; the few that differ go in sqliteOnly / postgresOnly.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    QStringList sqliteOnly = {};
    QStringList postgresOnly = {};
};

class Migrator
{
public:
    static const QList<Migration>& migrations();
    static int latestVersion();

    // Applies every step newer than the database's version; returns the version reached.
    // Re-running on an up-to-date database changes nothing.
    static StoreResult<int> migrate(Database& db);

private:
    static StoreResult<int> migrateSteps(Database& db);
};

} // namespace ringback
