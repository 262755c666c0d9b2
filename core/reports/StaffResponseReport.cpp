#include "StaffResponseReport.h"

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ringback {

namespace {

constexpr qint64 kFiveMinutesMs = 5 * 60 * 1000;

// A person's answer: outbound, not automated, not failed (as the inbox's "who is waiting" counts).
const QString kAnswer = QStringLiteral("%1.direction = 'outbound' AND %1.automated = 0 "
                                       "AND %1.status NOT IN ('failed', 'undelivered', 'canceled')");

} // namespace

ResponseTimes StaffResponseReport::summarize(QList<qint64> responseMs)
{
    ResponseTimes out;
    out.answers = responseMs.size();
    if (responseMs.isEmpty())
        return out;
    std::sort(responseMs.begin(), responseMs.end());
    auto at = [&](double p) {
        const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(p * double(responseMs.size()))));
        return responseMs.at(rank - 1);
    };
    out.p50Ms = at(0.5);
    out.p90Ms = at(0.9);
    out.within5Minutes =
        std::count_if(responseMs.cbegin(), responseMs.cend(), [](qint64 ms) { return ms <= kFiveMinutesMs; });
    return out;
}

StoreResult<StaffResponseReport::Result> StaffResponseReport::compute(const ReportPeriod& period)
{
    Result out;
    if (!period.isValid())
        return out;
    // The wait an answer ends began with the customer's first text after the previous answer.
    auto q =
        m_db.exec(QStringLiteral("SELECT a.created_at, COALESCE(o.actor, ''), "
                                 "(SELECT MIN(i.created_at) FROM messages i WHERE i.lead_id = a.lead_id "
                                 "AND i.direction = 'inbound' AND i.created_at <= a.created_at "
                                 "AND i.created_at > COALESCE((SELECT MAX(p.created_at) FROM messages p "
                                 "WHERE p.lead_id = a.lead_id AND %1 AND p.created_at < a.created_at), -1)) "
                                 "FROM messages a LEFT JOIN outbox o ON o.id = a.outbox_id "
                                 "WHERE %2 AND a.created_at >= ? AND a.created_at < ?")
                      .arg(kAnswer.arg(QStringLiteral("p")), kAnswer.arg(QStringLiteral("a"))),
                  {sql::time(period.from), sql::time(period.to)});
    if (!q)
        return q.error();
    QList<qint64> all;
    QHash<QString, QList<qint64>> byPerson;
    while (q->next()) {
        if (q->value(2).isNull())
            continue; // the office wrote first: nothing was waiting
        const qint64 ms = qMax<qint64>(0, q->value(0).toLongLong() - q->value(2).toLongLong());
        all.append(ms);
        byPerson[q->value(1).toString().trimmed()].append(ms);
    }
    q->finish();
    out.all = summarize(all);
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it)
        out.byPerson.append({it.key(), summarize(it.value())});
    std::sort(out.byPerson.begin(), out.byPerson.end(),
              [](const PersonResponseTimes& a, const PersonResponseTimes& b) {
                  if (a.times.answers != b.times.answers)
                      return a.times.answers > b.times.answers;
                  return a.person < b.person;
              });
    return out;
}

} // namespace ringback
