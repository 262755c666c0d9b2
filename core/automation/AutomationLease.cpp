#include "AutomationLease.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {
const QString kName = QStringLiteral("automation");
}

AutomationLease::AutomationLease(Database& db, QString holder, const Clock& clock)
    : m_db(db)
    , m_holder(std::move(holder))
    , m_clock(clock)
{}

StoreResult<bool> AutomationLease::tryAcquire(qint64 ttlMs)
{
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // Insert if absent; otherwise take it only when it is ours or has expired.
    auto r = m_db.exec(QStringLiteral("INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                                      "expires_at = excluded.expires_at "
                                      "WHERE leases.holder = excluded.holder OR leases.expires_at < ?"),
                       {kName, m_holder, sql::time(now.addMSecs(ttlMs)), sql::time(now)});
    if (!r)
        return r.error();
    const bool ours = r->numRowsAffected() > 0;
    r->finish();
    if (auto c = tx.commit(); !c)
        return c.error();
    return ours;
}

StoreResult<void> AutomationLease::release()
{
    return rows::none(
        m_db.exec(QStringLiteral("DELETE FROM leases WHERE name = ? AND holder = ?"), {kName, m_holder}));
}

StoreResult<QString> AutomationLease::holder()
{
    auto r = rows::first<QString>(
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        m_db.exec(QStringLiteral("SELECT holder FROM leases WHERE name = ? AND expires_at >= ?"),
                  {kName, sql::time(m_clock.nowUtc())}));
    if (!r)
        return r.error();
    return r->value_or(QString());
}

} // namespace ringback
