#pragma once

#include "DashboardFigures.h"
#include "ReportPeriod.h"
#include "store/StoreError.h"

namespace ringback {

class Database;

// Staff response time (DESIGN §10, issue 18): for every answer a person sent in the period (an
// outbound text not sent by the automation, and not failed), the time since the customer's first
// text after the previous such answer. An answer with no customer text before it (the office
// wrote first) is no response. Who answered is the outbox's actor (the desk's person who sent
// it); a text sent outside Ringback (the provider's own app) has no one named. Driven by the
// period's answers (index messages_staff_answers, migration 19), not by every text.
class StaffResponseReport
{
public:
    explicit StaffResponseReport(Database& db)
        : m_db(db)
    {}

    struct Result
    {
        ResponseTimes all;
        QList<PersonResponseTimes> byPerson; // most answers first, then by name
    };
    StoreResult<Result> compute(const ReportPeriod& period);

    // Nearest-rank percentiles and the 5-minute share of a list of response times (ms).
    static ResponseTimes summarize(QList<qint64> responseMs);

private:
    Database& m_db;
};

} // namespace ringback
