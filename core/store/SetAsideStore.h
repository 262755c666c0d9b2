#pragma once

#include "StoreError.h"
#include "domain/SetAsideRecord.h"

#include <QList>

namespace ringback {

class Database;

// Provider records set aside (they could not be read or trusted), one row per record and reason
// however often a poll brings the record back.
class SetAsideStore
{
public:
    explicit SetAsideStore(Database& db)
        : m_db(db)
    {}

    // Records each (one transaction); returns the ones seen for the first time, to report once.
    StoreResult<QList<SetAsideRecord>> record(const QList<SetAsideRecord>& records, const QDateTime& now);

    // How many of a kind, per reason (for the Calls page and the status).
    struct Count
    {
        SetAsideReason reason = SetAsideReason::Unknown;
        qint64 records = 0;
        QDateTime lastSeenAt;
    };
    StoreResult<QList<Count>> countsByReason(RecordKind kind);
    // Newest first.
    StoreResult<QList<SetAsideRecord>> recent(RecordKind kind, int limit);

private:
    Database& m_db;
};

} // namespace ringback
