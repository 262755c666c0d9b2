#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// Text values by key in one of the store's key/value tables: `settings` (shared settings that
// every desk sees) or `sync_state` (watermarks and other worker bookkeeping).
class KeyValueStore
{
public:
    enum class Table { Settings, SyncState };

    KeyValueStore(Database& db, Table table)
        : m_db(db)
        , m_table(table)
    {}

    StoreResult<std::optional<QString>> value(const QString& key);
    StoreResult<void> setValue(const QString& key, const QString& value, const QDateTime& now);
    StoreResult<void> remove(const QString& key);
    // Every key and its value, in one read.
    StoreResult<QHash<QString, QString>> all();
    // For a Transaction around several writes.
    Database& database() const { return m_db; }

private:
    QString tableName() const;

    Database& m_db;
    Table m_table;
};

} // namespace ringback
