#include "BlockListStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {
QString kindName(BlockListStore::Kind kind)
{
    return kind == BlockListStore::Kind::Blocked ? QStringLiteral("blocked") : QStringLiteral("cannot_text");
}
} // namespace

StoreResult<void> BlockListStore::add(const QString& e164, Kind kind, const QString& reason,
                                      const QDateTime& at, const QVariantMap& params)
{
    // A staff block outranks a learned "cannot text"; learning never downgrades a block.
    return rows::none(m_db.exec(
        QStringLiteral("INSERT INTO blocked_numbers (e164, kind, reason, reason_params, created_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (e164) DO UPDATE SET "
                       "kind = CASE WHEN blocked_numbers.kind = 'blocked' THEN 'blocked' "
                       "ELSE excluded.kind END, reason = excluded.reason, "
                       "reason_params = excluded.reason_params"),
        {e164, kindName(kind), reason,
         params.isEmpty() ? sql::nullOf(QMetaType::QString) : sql::params(params), sql::time(at)}));
}

StoreResult<void> BlockListStore::remove(const QString& e164)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM blocked_numbers WHERE e164 = ?"), {e164}));
}

StoreResult<std::optional<BlockListStore::Kind>> BlockListStore::kindOf(const QString& e164)
{
    return rows::first<Kind>(
        [](const QSqlQuery& q) {
            return q.value(0).toString() == QLatin1String("blocked") ? Kind::Blocked : Kind::CannotText;
        },
        m_db.exec(QStringLiteral("SELECT kind FROM blocked_numbers WHERE e164 = ?"), {e164}));
}

} // namespace ringback
