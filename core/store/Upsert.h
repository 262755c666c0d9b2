#pragma once

#include "StoreError.h"
#include "UpsertOutcome.h"

#include <QString>
#include <QVariantList>

namespace ringback {

class Database;

// An idempotent upsert by a unique key, in the SQL both backends accept:
// INSERT ... ON CONFLICT DO NOTHING RETURNING id; if nothing was inserted, an UPDATE whose WHERE
// only matches when a column really differs (IS DISTINCT FROM) ... RETURNING id; if nothing was
// updated either, the existing id. So the outcome says whether anything changed.
struct UpsertStatements
{
    QString insertSql;
    QVariantList insertArgs;
    QString updateIfChangedSql;
    QVariantList updateArgs;
    QString selectIdSql;
    QVariantList selectIdArgs;
};

StoreResult<UpsertOutcome> runUpsert(Database& db, const UpsertStatements& statements);

} // namespace ringback
