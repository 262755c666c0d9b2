#include "KeyValueStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

QString KeyValueStore::tableName() const
{
    return m_table == Table::Settings ? QStringLiteral("settings") : QStringLiteral("sync_state");
}

StoreResult<std::optional<QString>> KeyValueStore::value(const QString& key)
{
    return rows::first<QString>(
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        m_db.exec(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(tableName()), {key}));
}

StoreResult<void> KeyValueStore::setValue(const QString& key, const QString& value, const QDateTime& now)
{
    return rows::none(m_db.exec(QStringLiteral("INSERT INTO %1 (key, value, updated_at) VALUES (?, ?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                               "updated_at = excluded.updated_at")
                                    .arg(tableName()),
                                {key, value, sql::time(now)}));
}

StoreResult<QHash<QString, QString>> KeyValueStore::all()
{
    auto r = m_db.exec(QStringLiteral("SELECT key, value FROM %1").arg(tableName()));
    if (!r)
        return r.error();
    Statement q = std::move(r).value();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

StoreResult<void> KeyValueStore::remove(const QString& key)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM %1 WHERE key = ?").arg(tableName()), {key}));
}

} // namespace ringback
