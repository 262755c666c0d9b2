#pragma once

#include "StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

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
    // Rewrites existing rows after the statements, in the same transaction (same SQL on both).
    std::function<StoreResult<void>(Database&)> convert = {};
};

class Migrator
{
public:
    static const QList<Migration>& migrations();
    static int latestVersion();

    // Applies every step newer than the database's version; returns the version reached.
    // Re-running on an up-to-date database changes nothing.
    // `upTo`: stop after that version (a test builds the schema an older Ringback left).
    static StoreResult<int> migrate(Database& db, int upTo = std::numeric_limits<int>::max());

private:
    static StoreResult<int> migrateSteps(Database& db, int upTo);
};

} // namespace ringback
