#pragma once

#include "StoreError.h"
#include "domain/TimelineEvent.h"

#include <QList>

namespace ringback {

class Database;

// Each lead's history: calls, texts and every decision with its reason.
class TimelineStore
{
public:
    explicit TimelineStore(Database& db)
        : m_db(db)
    {}

    StoreResult<qint64> append(const TimelineEvent& event);
    // Every event as stored, oldest first.
    StoreResult<QList<TimelineEvent>> forLead(qint64 leadId);
    // The newest `limit` lines, newest first (the lead card's history, read as it scrolls): one
    // per fact, a missed call's "not texted" decision folded into the call's own line.
    StoreResult<QList<TimelineEvent>> recent(qint64 leadId, int limit);

private:
    Database& m_db;
};

} // namespace ringback
