#include "DashboardReport.h"

#include "domain/FactWording.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace ringback {

namespace {

// The business's missed calls that ended in the period (parent legs only: a forwarded call's
// legs are one call to the caller). Binds two values: from, to. The parent test is written so no
// index can serve it (COALESCE): otherwise SQLite walks calls_parent over every parent call ever
// stored instead of calls_ended over the period.
const QString kMissedInPeriod =
    QStringLiteral("c.verdict = 'missed' AND COALESCE(c.parent_provider_call_id, '') = '' "
                   "AND c.ended_at >= ? AND c.ended_at < ?");

QVariantList bounds(const ReportPeriod& period)
{
    return {sql::time(period.from), sql::time(period.to)};
}

// Why a missed call without a text-back was not texted, by the decision's code; worded in this
// desk's language. A sentence from before migration 10 that was not recognised keeps its words.
LabelledCount decisionCount(const QString& code, const QVariantMap& params)
{
    if (code.isEmpty())
        return {QCoreApplication::translate("ringback::DashboardReport", "Not decided yet"), 0,
                QStringLiteral("undecided")};
    if (code == FactWording::legacyCode()) {
        const QString text = params.value(QStringLiteral("text")).toString();
        return {text, 0, code + QLatin1Char(':') + text};
    }
    return {FactWording().decision(code), 0, code};
}

// A text-back that was queued but did not go out (yet), by its outbox state. (Free functions name
// their translation context: lupdate files a bare tr() here under "ringback", where it is never
// looked up.)
QString outboxStateText(const QString& state)
{
    if (state == QLatin1String("held"))
        return QCoreApplication::translate("ringback::DashboardReport",
                                           "Held for a person to approve (over the hourly limit)");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("ringback::DashboardReport", "The text could not be sent");
    if (state == QLatin1String("cancelled"))
        return QCoreApplication::translate("ringback::DashboardReport",
                                           "Not texted: the caller was reached by phone first");
    return QCoreApplication::translate("ringback::DashboardReport", "Waiting to be sent");
}

int statusOrder(const QString& status)
{
    static const QStringList order{QStringLiteral("new"),     QStringLiteral("texted"),
                                   QStringLiteral("replied"), QStringLiteral("qualified"),
                                   QStringLiteral("booked"),  QStringLiteral("won"),
                                   QStringLiteral("lost")};
    const qsizetype i = order.indexOf(status);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

StoreResult<DashboardFigures> DashboardReport::compute(const ReportPeriod& period, const QTimeZone& zone)
{
    DashboardFigures out;
    if (!period.isValid())
        return out;
    if (auto r = addCallCounts(period, out); !r)
        return r.error();
    if (auto r = addNotTexted(period, out); !r)
        return r.error();
    if (auto r = addTimeToText(period, out); !r)
        return r.error();
    if (auto r = addLeads(period, out); !r)
        return r.error();
    if (auto r = addWhenMissed(period, zone, out); !r)
        return r.error();
    if (auto r = addMissedWhileNobodyTexting(period, out); !r)
        return r.error();
    return out;
}

StoreResult<void> DashboardReport::addCallCounts(const ReportPeriod& period, DashboardFigures& out)
{
    // At most one text-back per call (UNIQUE (call_id, kind)), so the join does not multiply rows.
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*), "
                       "SUM(CASE WHEN o.state = 'sent' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.state = 'sent' AND EXISTS (SELECT 1 FROM messages r "
                       "WHERE r.lead_id = o.lead_id AND r.direction = 'inbound' "
                       "AND r.created_at >= o.created_at) THEN 1 ELSE 0 END) "
                       "FROM calls c LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' "
                       "WHERE ") +
            kMissedInPeriod,
        bounds(period));
    if (!q)
        return q.error();
    if (q->next()) {
        out.missedCalls = q->value(0).toLongLong();
        out.texted = q->value(1).toLongLong();
        out.replied = q->value(2).toLongLong();
    }
    q->finish();
    return {};
}

StoreResult<void> DashboardReport::addNotTexted(const ReportPeriod& period, DashboardFigures& out)
{
    // Grouped by code, so a reason counts as one whatever language the desk that decided spoke.
    auto q =
        m_db.exec(QStringLiteral("SELECT c.decision, c.decision_params, o.state, COUNT(*) FROM calls c "
                                 "LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' "
                                 "WHERE (o.state IS NULL OR o.state <> 'sent') AND ") +
                      kMissedInPeriod + QStringLiteral(" GROUP BY c.decision, c.decision_params, o.state"),
                  bounds(period));
    if (!q)
        return q.error();
    QHash<QString, LabelledCount> byReason;
    while (q->next()) {
        const QString state = q->value(2).toString();
        LabelledCount reason =
            q->value(2).isNull()
                ? decisionCount(q->value(0).toString(), sql::toParams(q->value(1)))
                : LabelledCount{outboxStateText(state), 0, QStringLiteral("outbox:") + state};
        LabelledCount& counted = byReason[reason.code];
        if (counted.code.isEmpty())
            counted = reason;
        counted.count += q->value(3).toLongLong();
    }
    for (const LabelledCount& reason : std::as_const(byReason))
        out.notTexted.append(reason);
    std::sort(out.notTexted.begin(), out.notTexted.end(), [](const LabelledCount& a, const LabelledCount& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return {};
}

StoreResult<void> DashboardReport::addTimeToText(const ReportPeriod& period, DashboardFigures& out)
{
    // The text's own sent time where the provider reported it, else when the outbox marked it sent.
    // CROSS JOIN keeps the period's calls as the outer loop on SQLite (it would otherwise start
    // from every sent text via outbox_state); PostgreSQL plans it as the inner join it is.
    const QString from =
        QStringLiteral(" FROM calls c CROSS JOIN outbox o "
                       "LEFT JOIN messages m ON m.id = o.message_id "
                       "WHERE o.call_id = c.id AND o.kind = 'textback' AND o.state = 'sent' AND ") +
        kMissedInPeriod;
    auto counted = m_db.exec(QStringLiteral("SELECT COUNT(*)") + from, bounds(period));
    if (!counted)
        return counted.error();
    const qint64 n = counted->next() ? counted->value(0).toLongLong() : 0;
    counted->finish();
    if (n == 0)
        return {};

    // Nearest-rank percentiles: the value at rank ceil(p * n), one row read per percentile.
    auto at = [&](double p) -> StoreResult<qint64> {
        const qint64 rank = qMax<qint64>(1, qint64(std::ceil(p * double(n))));
        QVariantList args = bounds(period);
        args << qlonglong(rank - 1);
        auto q = m_db.exec(QStringLiteral("SELECT COALESCE(m.sent_at, o.updated_at) - c.ended_at AS delay") +
                               from + QStringLiteral(" ORDER BY delay LIMIT 1 OFFSET ?"),
                           args);
        if (!q)
            return q.error();
        const qint64 value = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        return qMax<qint64>(0, value);
    };
    auto median = at(0.5);
    if (!median)
        return median.error();
    auto p95 = at(0.95);
    if (!p95)
        return p95.error();
    out.medianTimeToTextMs = median.value();
    out.p95TimeToTextMs = p95.value();
    return {};
}

StoreResult<void> DashboardReport::addLeads(const ReportPeriod& period, DashboardFigures& out)
{
    // Leads that started from (or came back with) a missed call in the period, by status now.
    // Driven by the period's timeline rows (index timeline_kind_time, migration 6), not by every lead.
    auto q = m_db.exec(QStringLiteral("SELECT l.status, COUNT(*), SUM(l.estimated_value_cents) FROM leads l "
                                      "WHERE l.id IN (SELECT t.lead_id FROM timeline_events t "
                                      "WHERE t.kind = 'call_missed' AND t.occurred_at >= ? "
                                      "AND t.occurred_at < ?) GROUP BY l.status"),
                       bounds(period));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString status = q->value(0).toString();
        const qint64 count = q->value(1).toLongLong();
        out.leadsByStatus.append({status, count});
        if (status == QLatin1String("booked") || status == QLatin1String("won")) {
            (status == QLatin1String("booked") ? out.booked : out.won) = count;
            // PostgreSQL's SUM(bigint) is numeric: read as text, exact on both drivers.
            out.bookedWonValueCents += q->value(2).toString().toLongLong();
        }
    }
    std::sort(out.leadsByStatus.begin(), out.leadsByStatus.end(),
              [](const LabelledCount& a, const LabelledCount& b) {
                  return statusOrder(a.label) < statusOrder(b.label);
              });
    return {};
}

StoreResult<void> DashboardReport::addMissedWhileNobodyTexting(const ReportPeriod& period,
                                                               DashboardFigures& out)
{
    // A call belongs to a gap when it ended inside it: no process was there to text it then. Its
    // fate afterwards (texted late on the catch-up, or left by the stale rule) is counted apart.
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN o.state = 'sent' THEN 0 ELSE 1 END) FROM calls c "
                       "LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' WHERE ") +
            kMissedInPeriod +
            QStringLiteral(" AND EXISTS (SELECT 1 FROM sender_gaps g WHERE g.started_at <= c.ended_at "
                           "AND g.ended_at > c.ended_at)"),
        bounds(period));
    if (!q)
        return q.error();
    if (q->next()) {
        out.missedWhileNobodyTexting = q->value(0).toLongLong();
        out.missedWhileNobodyTextingNotTexted = q->value(1).toLongLong();
    }
    q->finish();
    return {};
}

StoreResult<void> DashboardReport::addWhenMissed(const ReportPeriod& period, const QTimeZone& zone,
                                                 DashboardFigures& out)
{
    // 15 minutes divides every UTC offset in use (India +5:30, Nepal +5:45), so a bucket never
    // straddles two local hours.
    constexpr qint64 kBucketMs = 15 * 60 * 1000;
    auto q = m_db.exec(QStringLiteral("SELECT c.ended_at / 900000, COUNT(*) FROM calls c WHERE ") +
                           kMissedInPeriod + QStringLiteral(" GROUP BY c.ended_at / 900000"),
                       bounds(period));
    if (!q)
        return q.error();
    while (q->next()) {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong() * kBucketMs, Qt::UTC).toTimeZone(zone);
        const qint64 count = q->value(1).toLongLong();
        out.missedByHour[size_t(local.time().hour())] += count;
        out.missedByWeekday[size_t(local.date().dayOfWeek() - 1)] += count;
    }
    return {};
}

} // namespace ringback
