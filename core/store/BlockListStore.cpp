#include "BlockListStore.h"

#include "Database.h"
#include "LeadStore.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "TimelineStore.h"

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

namespace {
StoreResult<void> noteOnLead(Database& db, const QString& e164, const QString& code, const QString& actor,
                             const QDateTime& at)
{
    auto lead = LeadStore(db).byNumber(e164);
    if (!lead)
        return lead.error();
    if (!lead->has_value())
        return {};
    TimelineEvent e;
    e.leadId = (*lead)->id;
    e.kind = TimelineKind::Note;
    e.code = code;
    e.occurredAt = at;
    e.actor = actor;
    if (auto r = TimelineStore(db).append(e); !r)
        return r.error();
    return {};
}
} // namespace

StoreResult<void> BlockListStore::blockByStaff(const QString& e164, const QString& actor, const QDateTime& at)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto before = kindOf(e164);
    if (!before)
        return before.error();
    if (auto r = add(e164, Kind::Blocked, QStringLiteral("staff"), at); !r)
        return r;
    if (before.value() != Kind::Blocked) {
        if (auto r = noteOnLead(m_db, e164, QStringLiteral("number_blocked"), actor, at); !r)
            return r;
    }
    return tx.commit();
}

StoreResult<void> BlockListStore::unblockByStaff(const QString& e164, const QString& actor,
                                                 const QDateTime& at)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto removed =
        m_db.exec(QStringLiteral("DELETE FROM blocked_numbers WHERE e164 = ? RETURNING kind"), {e164});
    if (!removed)
        return removed.error();
    const bool wasListed = removed->next();
    removed->finish();
    if (wasListed) {
        if (auto r = noteOnLead(m_db, e164, QStringLiteral("number_unblocked"), actor, at); !r)
            return r;
    }
    return tx.commit();
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
