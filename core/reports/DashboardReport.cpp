#include "DashboardReport.h"

#include "DashboardRollups.h"
#include "StaffResponseReport.h"
#include "domain/FactWording.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
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
    KeyValueStore stored(m_db, KeyValueStore::Table::Settings);
    const Settings settings(&stored, nullptr);
    const qint64 since = settings.int64Value(SettingKey::AutomationEnabledSince);
    if (since > 0)
        out.automationSince = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC);
    out.averageJobValueCents = settings.int64Value(SettingKey::AverageJobValueCents);
    if (auto r = addCalls(period, zone, out); !r)
        return r.error();
    if (auto r = addLeads(period, out); !r)
        return r.error();
    if (auto r = addMoney(period, zone, out); !r)
        return r.error();
    if (auto r = addMissedWhileNobodyTexting(period, out); !r)
        return r.error();
    auto responses = StaffResponseReport(m_db).compute(period);
    if (!responses)
        return responses.error();
    out.staffResponse = responses->all;
    out.staffResponseByPerson = responses->byPerson;
    return out;
}

// The sums over the period's missed calls, in two spans: before the switch-on and since.
StoreResult<void> DashboardReport::addCalls(const ReportPeriod& period, const QTimeZone& zone,
                                            DashboardFigures& out)
{
    const qint64 from = period.from.toMSecsSinceEpoch();
    const qint64 to = period.to.toMSecsSinceEpoch();
    const qint64 split =
        out.automationSince.isValid() ? qBound(from, out.automationSince.toMSecsSinceEpoch(), to) : from;
    DashboardRollups rollups(m_db);
    auto sum = [&](qint64 a, qint64 b) {
        return m_source == Source::Rollups ? rollups.totals(a, b) : rollups.raw(a, b);
    };
    auto before = sum(from, split);
    if (!before)
        return before.error();
    auto since = sum(split, to);
    if (!since)
        return since.error();
    CallTotals all = before.value();
    all.add(since.value());

    out.missedCalls = all.missed;
    out.missedBeforeAutomation = before->missed;
    out.missedSinceAutomation = since->missed;
    out.texted = all.texted;
    out.replied = all.replied;
    out.atRiskCalls = all.atRisk;

    QHash<QString, LabelledCount> byReason;
    for (auto it = all.notTexted.cbegin(); it != all.notTexted.cend(); ++it) {
        const auto& [decision, params, state] = it.key();
        LabelledCount reason =
            state.isEmpty()
                ? decisionCount(decision, sql::toParams(params.isEmpty() ? QVariant() : QVariant(params)))
                : LabelledCount{outboxStateText(state), 0, QStringLiteral("outbox:") + state};
        LabelledCount& counted = byReason[reason.code];
        if (counted.code.isEmpty())
            counted = reason;
        counted.count += it.value();
    }
    for (const LabelledCount& reason : std::as_const(byReason))
        out.notTexted.append(reason);
    std::sort(out.notTexted.begin(), out.notTexted.end(), [](const LabelledCount& a, const LabelledCount& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });

    // Nearest-rank percentiles: the value at rank ceil(p * n) of the seconds histogram.
    qint64 n = 0;
    for (qint64 count : std::as_const(all.delaysS))
        n += count;
    auto at = [&](double p) {
        const qint64 rank = qMax<qint64>(1, qint64(std::ceil(p * double(n))));
        qint64 seen = 0;
        for (auto it = all.delaysS.cbegin(); it != all.delaysS.cend(); ++it) {
            seen += it.value();
            if (seen >= rank)
                return it.key() * 1000;
        }
        return qint64(0);
    };
    if (n > 0) {
        out.medianTimeToTextMs = at(0.5);
        out.p95TimeToTextMs = at(0.95);
    }

    for (auto it = all.missedByBucket.cbegin(); it != all.missedByBucket.cend(); ++it) {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(it.key() * DashboardRollups::kBucketMs, Qt::UTC).toTimeZone(zone);
        out.missedByHour[size_t(local.time().hour())] += it.value();
        out.missedByWeekday[size_t(local.date().dayOfWeek() - 1)] += it.value();
    }
    return {};
}

static bool bookedOrWon(const QString& status)
{
    return status == QLatin1String("booked") || status == QLatin1String("won");
}

namespace {

struct StatusCount
{
    QString status;
    qint64 count = 0;
    qint64 valueCents = 0;
};

// Leads that started from (or came back with) a missed call in [from, to), by their status now.
// Driven by the period's timeline rows (covering index timeline_kind_time_lead, migration 19).
StoreResult<QList<StatusCount>> leadsByStatus(Database& db, qint64 from, qint64 to)
{
    QList<StatusCount> out;
    if (from >= to)
        return out;
    auto q = db.exec(QStringLiteral("SELECT l.status, COUNT(*), SUM(l.estimated_value_cents) FROM leads l "
                                    "WHERE l.id IN (SELECT t.lead_id FROM timeline_events t "
                                    "WHERE t.kind = 'call_missed' AND t.occurred_at >= ? "
                                    "AND t.occurred_at < ?) GROUP BY l.status"),
                     {qlonglong(from), qlonglong(to)});
    if (!q)
        return q.error();
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString().toLongLong()});
    q->finish();
    return out;
}

} // namespace

// Leads by status, the same since the switch-on (only when it falls inside the period), and the
// jobs recovered: booked or won leads with a missed call in the period that Ringback texted back.
StoreResult<void> DashboardReport::addLeads(const ReportPeriod& period, DashboardFigures& out)
{
    const qint64 from = period.from.toMSecsSinceEpoch();
    const qint64 to = period.to.toMSecsSinceEpoch();
    auto all = leadsByStatus(m_db, from, to);
    if (!all)
        return all.error();
    for (const StatusCount& c : std::as_const(all.value())) {
        out.leadsByStatus.append({c.status, c.count});
        if (bookedOrWon(c.status)) {
            (c.status == QLatin1String("booked") ? out.booked : out.won) = c.count;
            out.bookedWonValueCents += c.valueCents;
        }
    }
    std::sort(out.leadsByStatus.begin(), out.leadsByStatus.end(),
              [](const LabelledCount& a, const LabelledCount& b) {
                  return statusOrder(a.label) < statusOrder(b.label);
              });

    const qint64 split =
        out.automationSince.isValid() ? qBound(from, out.automationSince.toMSecsSinceEpoch(), to) : from;
    QList<StatusCount> since = all.value();
    if (split != from) {
        auto later = leadsByStatus(m_db, split, to);
        if (!later)
            return later.error();
        since = later.value();
    }
    for (const StatusCount& c : std::as_const(since)) {
        out.leadsSinceAutomation += c.count;
        if (bookedOrWon(c.status))
            out.bookedSinceAutomation += c.count;
    }

    // A text-back is created after its call ended: o.created_at >= from narrows the probe. (A
    // missed call with a lead always has its timeline row, so no look at the timeline here.)
    auto recovered = m_db.exec(
        QStringLiteral("SELECT COUNT(*), SUM(l.estimated_value_cents), "
                       "SUM(CASE WHEN l.estimated_value_cents IS NULL THEN 1 ELSE 0 END) FROM leads l "
                       "WHERE l.status IN ('booked', 'won') AND EXISTS (SELECT 1 FROM outbox o "
                       "JOIN calls c ON c.id = o.call_id WHERE o.lead_id = l.id AND o.kind = 'textback' "
                       "AND o.created_at >= ? AND o.state = 'sent' AND c.verdict = 'missed' "
                       "AND c.ended_at >= ? AND c.ended_at < ?)"),
        {qlonglong(from), qlonglong(from), qlonglong(to)});
    if (!recovered)
        return recovered.error();
    if (recovered->next()) {
        out.recoveredJobs = recovered->value(0).toLongLong();
        out.recoveredEstimated = recovered->value(2).toString().toLongLong();
        out.recoveredCents = recovered->value(1).toString().toLongLong();
    }
    recovered->finish();
    return {};
}

StoreResult<void> DashboardReport::addMoney(const ReportPeriod& period, const QTimeZone& zone,
                                            DashboardFigures& out)
{
    // The office's average job, from the jobs it won (all of them, not only this period's).
    auto won = m_db.exec(QStringLiteral("SELECT COUNT(*), SUM(estimated_value_cents) FROM leads "
                                        "WHERE status = 'won' AND estimated_value_cents > 0"));
    if (!won)
        return won.error();
    if (won->next()) {
        out.wonJobsValued = won->value(0).toLongLong();
        if (out.wonJobsValued > 0) {
            out.averageJobValueCents =
                qRound64(double(won->value(1).toString().toLongLong()) / double(out.wonJobsValued));
            out.averageJobValueSource = JobValueSource::WonJobs;
        }
    }
    won->finish();

    // Jobs recovered without a value of their own count at the average.
    out.recoveredCents += out.recoveredEstimated * out.averageJobValueCents;
    out.atRiskCents = out.atRiskCalls * out.averageJobValueCents;

    // Weeks in the business's local time: a week across a DST change is still seven days.
    const auto wall = [&](const QDateTime& t) {
        const QDateTime local = t.toTimeZone(zone);
        return QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
    };
    const double weeks = double(wall(period.to) - wall(period.from)) / double(7LL * 24 * 3600 * 1000);
    out.missedPerWeek = weeks > 0 ? double(out.missedCalls) / weeks : 0.0;
    if (out.leadsSinceAutomation > 0) {
        out.bookedShare = double(out.bookedSinceAutomation) / double(out.leadsSinceAutomation);
        out.silenceCostPerYearCents =
            qRound64(out.missedPerWeek * *out.bookedShare * double(out.averageJobValueCents) * 50.0);
    }
    return {};
}

StoreResult<void> DashboardReport::addMissedWhileNobodyTexting(const ReportPeriod& period,
                                                               DashboardFigures& out)
{
    // A call belongs to a gap when it ended inside it: no process was there to text it then. Its
    // fate afterwards (texted late on the catch-up, or left by the stale rule) is counted apart.
    // Driven by the gaps that overlap the period (few), then by the calls inside each (calls_ended),
    // rather than by a look for a gap around every call of the period.
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN o.state = 'sent' THEN 0 ELSE 1 END) FROM calls c "
                       "LEFT JOIN outbox o ON o.call_id = c.id AND o.kind = 'textback' WHERE ") +
            kMissedInPeriod +
            QStringLiteral(" AND c.id IN (SELECT g2.id FROM sender_gaps g CROSS JOIN calls g2 "
                           "WHERE g.started_at < ? AND g.ended_at > ? "
                           "AND g2.ended_at >= g.started_at AND g2.ended_at < g.ended_at)"),
        bounds(period) + QVariantList{sql::time(period.to), sql::time(period.from)});
    if (!q)
        return q.error();
    if (q->next()) {
        out.missedWhileNobodyTexting = q->value(0).toLongLong();
        out.missedWhileNobodyTextingNotTexted = q->value(1).toString().toLongLong();
    }
    q->finish();
    return {};
}

} // namespace ringback
