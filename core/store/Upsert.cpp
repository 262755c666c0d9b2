#include "Upsert.h"

#include "Database.h"
#include "QueryRows.h"

namespace ringback {

StoreResult<UpsertOutcome> runUpsert(Database& db, const UpsertStatements& s)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    UpsertOutcome outcome;
    auto inserted = db.exec(s.insertSql, s.insertArgs);
    if (!inserted)
        return inserted.error();
    if (inserted->next()) {
        outcome.id = inserted->value(0).toLongLong();
        outcome.inserted = outcome.changed = true;
        inserted->finish(); // SQLite cannot commit while a statement is still stepping
    } else {
        inserted->finish();
        auto updated = db.exec(s.updateIfChangedSql, s.updateArgs);
        if (!updated)
            return updated.error();
        if (updated->next()) {
            outcome.id = updated->value(0).toLongLong();
            outcome.changed = true;
            updated->finish();
        } else {
            updated->finish();
            auto id = rows::scalar(db.exec(s.selectIdSql, s.selectIdArgs));
            if (!id)
                return id.error();
            outcome.id = id.value();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcome;
}

} // namespace ringback
