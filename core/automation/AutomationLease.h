#pragma once

#include "store/StoreError.h"

#include <QString>

namespace ringback {

class Clock;
class Database;

// Two Ringback processes on one database must never both poll and send. On SQLite, whoever holds
// this lease row runs the automation and renews it every cycle; the others wait and take over when
// it expires (the holder closed or died). On PostgreSQL the right to send is a session-level
// advisory lock held by the worker's connection: the server releases it the moment that
// connection ends (the desk closed, crashed or lost the network), so another desk takes over
// within one standby cycle. The lease row is then only the sign saying who holds it.
class AutomationLease
{
public:
    AutomationLease(Database& db, QString holder, const Clock& clock);

    // True when this process holds the lease now (acquired, renewed, or taken over after expiry).
    StoreResult<bool> tryAcquire(qint64 ttlMs);
    StoreResult<void> release();
    // "<label> (pid 1234 on office-pc)": a holder id that lets a restarted process on the same
    // machine see that the previous holder died, and take over at once instead of after the TTL.
    static QString holderIdFor(const QString& label);

    // Who holds it ("" when nobody does), for "Automation runs on <desk>".
    StoreResult<QString> holder();

private:
    StoreResult<bool> tryAcquireAdvisory(qint64 ttlMs);
    StoreResult<bool> stillHoldsAdvisoryLock();
    StoreResult<void> publishHolder(qint64 ttlMs);

    Database& m_db;
    QString m_holder;
    const Clock& m_clock;
    bool m_holdsAdvisoryLock = false;
};

} // namespace ringback
