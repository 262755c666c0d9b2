#include "AutomationLease.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/ProcessInfo.h"
#include "store/Database.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {
const QString kName = QStringLiteral("automation");
} // namespace

QString AutomationLease::holderIdFor(const QString& label)
{
    return process::holderId(label);
}

AutomationLease::AutomationLease(Database& db, QString holder, const Clock& clock)
    : m_db(db)
    , m_holder(std::move(holder))
    , m_clock(clock)
{}

StoreResult<bool> AutomationLease::tryAcquire(qint64 ttlMs)
{
    if (m_db.dialect().hasAdvisoryLocks())
        return tryAcquireAdvisory(ttlMs);
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
    bool ours = r->numRowsAffected() > 0;
    r->finish();
    if (!ours) {
        // A holder on this machine whose process is gone crashed: no need to wait out its lease.
        auto current = rows::first<QString>(
            [](const QSqlQuery& q) { return q.value(0).toString(); },
            m_db.exec(QStringLiteral("SELECT holder FROM leases WHERE name = ?"), {kName}));
        if (!current)
            return current.error();
        if (current->has_value() && process::holderDiedHere(**current)) {
            auto taken =
                m_db.exec(QStringLiteral("UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND "
                                         "holder = ?"),
                          {m_holder, sql::time(now.addMSecs(ttlMs)), kName, **current});
            if (!taken)
                return taken.error();
            ours = taken->numRowsAffected() > 0;
            if (ours)
                qCInfo(lcWorker).noquote()
                    << "took over the automation from" << **current << "(no longer running)";
        }
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return ours;
}

StoreResult<bool> AutomationLease::tryAcquireAdvisory(qint64 ttlMs)
{
    if (m_holdsAdvisoryLock) {
        auto still = stillHoldsAdvisoryLock();
        if (!still) {
            m_holdsAdvisoryLock = false; // the connection is gone, and the lock with it
            return still.error();
        }
        if (!still.value()) {
            m_holdsAdvisoryLock = false;
            qCWarning(lcWorker) << "the automation lock was lost with the database connection";
        }
    }
    if (!m_holdsAdvisoryLock) {
        auto taken = m_db.exec(m_db.dialect().tryLockStatement(SqlDialect::Lock::Automation));
        if (!taken)
            return taken.error();
        m_holdsAdvisoryLock = taken->next() && taken->value(0).toBool();
        taken->finish();
        if (!m_holdsAdvisoryLock)
            return false;
        qCInfo(lcWorker).noquote() << m_holder << "took the automation lock";
    }
    if (auto r = publishHolder(ttlMs); !r)
        return r.error();
    return true;
}

// pg_try_advisory_lock stacks when called again by its holder, so a renewal asks pg_locks
// instead: still held by this very session?
StoreResult<bool> AutomationLease::stillHoldsAdvisoryLock()
{
    const qint64 key = qint64(SqlDialect::Lock::Automation);
    auto held = rows::scalar(
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                                 "AND pid = pg_backend_pid() AND granted AND classid::bigint = ? "
                                 "AND objid::bigint = ? AND objsubid = 1"),
                  {qlonglong(quint64(key) >> 32), qlonglong(quint64(key) & 0xffffffffu)}));
    if (!held)
        return held.error();
    return held.value() > 0;
}

StoreResult<void> AutomationLease::publishHolder(qint64 ttlMs)
{
    const QDateTime now = m_clock.nowUtc();
    return rows::none(
        m_db.exec(QStringLiteral("INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                                 "expires_at = excluded.expires_at"),
                  {kName, m_holder, sql::time(now.addMSecs(ttlMs))}));
}

StoreResult<void> AutomationLease::release()
{
    StoreResult<void> unlocked;
    if (m_holdsAdvisoryLock) {
        m_holdsAdvisoryLock = false;
        if (auto r = m_db.exec(m_db.dialect().unlockStatement(SqlDialect::Lock::Automation)); !r)
            unlocked = r.error(); // still drop the lease row below, then say the unlock failed
    }
    auto deleted = rows::none(
        m_db.exec(QStringLiteral("DELETE FROM leases WHERE name = ? AND holder = ?"), {kName, m_holder}));
    if (!deleted)
        return deleted;
    return unlocked;
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
