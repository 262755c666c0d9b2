#include "CsvExport.h"

#include "CsvWriter.h"
#include "domain/Call.h"
#include "domain/FactWording.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <functional>

namespace ringback {

namespace {

QString localTime(const QVariant& ms, const QTimeZone& zone)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC)
        .toTimeZone(zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString money(const QVariant& cents)
{
    if (cents.isNull())
        return {};
    const qint64 c = cents.toLongLong();
    return QStringLiteral("%1%2.%3")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(c) / 100)
        .arg(qAbs(c) % 100, 2, 10, QLatin1Char('0'));
}

StoreError writeFailed()
{
    return StoreError{
        StoreError::Kind::Query,
        CsvExport::tr("The file could not be written. Check there is free space and that you may "
                      "save in that folder, then export again."),
        QString()};
}

StoreResult<qint64> stream(Database& db, QIODevice& out, const QStringList& header, const QString& sql,
                           const std::function<QStringList(const QSqlQuery&)>& row)
{
    CsvWriter csv(out);
    csv.writeRecord(header);
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    qint64 rows = 0;
    while (q->next()) {
        if (!csv.writeRecord(row(q.value())))
            break;
        ++rows;
    }
    q->finish();
    if (!csv.ok())
        return writeFailed();
    return rows;
}

} // namespace

StoreResult<qint64> CsvExport::leads(Database& db, QIODevice& out, const QTimeZone& zone)
{
    const QStringList header{
        tr("Phone"), tr("Name"),        tr("Status"), tr("Estimated value"), tr("Need"),
        tr("Place"), tr("Assigned to"), tr("Notes"),  tr("First contact"),   tr("Last activity")};
    return stream(
        db, out, header,
        QStringLiteral("SELECT l.e164, l.display_name, l.status, l.estimated_value_cents, l.need, "
                       "l.place, s.name, l.notes, l.created_at, l.last_activity_at FROM leads l "
                       "LEFT JOIN staff s ON s.id = l.assigned_staff_id ORDER BY l.created_at, l.id"),
        [&](const QSqlQuery& q) {
            return QStringList{q.value(0).toString(),      q.value(1).toString(), q.value(2).toString(),
                               money(q.value(3)),          q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString(),      q.value(7).toString(), localTime(q.value(8), zone),
                               localTime(q.value(9), zone)};
        });
}

StoreResult<qint64> CsvExport::calls(Database& db, QIODevice& out, const QTimeZone& zone)
{
    const QStringList header{tr("Started"),      tr("Ended"),   tr("Direction"),
                             tr("From"),         tr("To"),      tr("Status"),
                             tr("Duration (s)"), tr("Verdict"), tr("What Ringback did")};
    const FactWording wording;
    return stream(db, out, header,
                  QStringLiteral("SELECT started_at, ended_at, direction, from_number, to_number, status, "
                                 "duration_s, verdict, miss_reason, decision, decision_params FROM calls "
                                 "WHERE parent_provider_call_id IS NULL ORDER BY started_at, id"),
                  [&](const QSqlQuery& q) {
                      // What Ringback did, in the exporting desk's language.
                      Call call;
                      call.verdict = q.value(7).toString();
                      call.missReason = q.value(8).toString();
                      call.decision = q.value(9).toString();
                      call.decisionParams = sql::toParams(q.value(10));
                      return QStringList{localTime(q.value(0), zone), localTime(q.value(1), zone),
                                         q.value(2).toString(),       q.value(3).toString(),
                                         q.value(4).toString(),       q.value(5).toString(),
                                         q.value(6).toString(),       q.value(7).toString(),
                                         wording.callOutcome(call)};
                  });
}

StoreResult<qint64> CsvExport::toFile(Database& db, Table table, const QString& path, const QTimeZone& zone)
{
    QSaveFile out(path);
    auto cannotWrite = [&] {
        return StoreError{StoreError::Kind::Query,
                          tr("Could not write %1: %2. Choose another folder, or check there is free space.")
                              .arg(QDir::toNativeSeparators(path), out.errorString()),
                          out.errorString()};
    };
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite();
    auto written = table == Table::Leads ? leads(db, out, zone) : calls(db, out, zone);
    if (!written) {
        out.cancelWriting();
        return written.error();
    }
    if (!out.commit())
        return cannotWrite();
    return written.value();
}

namespace {

QString seconds(const std::optional<qint64>& ms)
{
    return ms ? QString::number((*ms + 500) / 1000) : QString();
}

QString share(const std::optional<double>& part)
{
    return part ? QString::number(*part * 100.0, 'f', 1) : QString();
}

QString currencyCode(const QString& region)
{
    const QLocale::Territory territory =
        region.size() == 2 ? QLocale::codeToTerritory(region.toUpper()) : QLocale::AnyTerritory;
    if (territory == QLocale::AnyTerritory)
        return {};
    const QLocale english(QLocale::English, territory);
    return (english.territory() == territory ? english : QLocale(QLocale::AnyLanguage, territory))
        .currencySymbol(QLocale::CurrencyIsoCode);
}

} // namespace

bool CsvExport::summary(const DashboardFigures& f, const ReportPeriod& period, const QTimeZone& zone,
                        const QString& businessRegion, QIODevice& out)
{
    CsvWriter csv(out);
    csv.writeRecord({tr("Figure"), tr("Who"), tr("Value")});
    auto row = [&](const QString& figure, const QString& value, const QString& who = QString()) {
        csv.writeRecord({figure, who, value});
    };
    auto count = [](qint64 n) {
        return QString::number(n);
    };
    row(tr("Period start"), localTime(sql::time(period.from), zone));
    row(tr("Period end"), localTime(sql::time(period.to), zone));
    row(tr("Currency"), currencyCode(businessRegion));
    row(tr("Missed calls"), count(f.missedCalls));
    row(tr("Missed calls before Ringback was switched on"), count(f.missedBeforeAutomation));
    row(tr("Missed calls since Ringback was switched on"), count(f.missedSinceAutomation));
    row(tr("Texted back"), count(f.texted));
    row(tr("Texted back (% of missed calls since the switch-on)"), share(f.textedRate()));
    row(tr("Replied"), count(f.replied));
    row(tr("Replied (% of texted)"), share(f.replyRate()));
    row(tr("Booked"), count(f.booked));
    row(tr("Won"), count(f.won));
    row(tr("Callers since the switch-on"), count(f.leadsSinceAutomation));
    row(tr("Of those, booked or won"), count(f.bookedSinceAutomation));
    row(tr("Booked (% of callers since the switch-on)"), share(f.bookedShare));
    row(tr("Recovered jobs"), count(f.recoveredJobs));
    row(tr("Recovered jobs valued at the average job"), count(f.recoveredEstimated));
    row(tr("Recovered value"), money(qlonglong(f.recoveredCents)));
    row(tr("Missed calls at risk"), count(f.atRiskCalls));
    row(tr("Value at risk"), money(qlonglong(f.atRiskCents)));
    row(tr("Average job value"), money(qlonglong(f.averageJobValueCents)));
    row(tr("Average job value from"), f.averageJobValueSource == JobValueSource::WonJobs
                                          ? tr("won jobs (%n)", nullptr, int(f.wonJobsValued))
                                          : tr("the owner's figure"));
    row(tr("Missed calls a week"), QString::number(f.missedPerWeek, 'f', 1));
    row(tr("What silence costs a year"),
        f.silenceCostPerYearCents ? money(qlonglong(*f.silenceCostPerYearCents)) : QString());
    row(tr("Time to text, median (s)"), seconds(f.medianTimeToTextMs));
    row(tr("Time to text, 95% within (s)"), seconds(f.p95TimeToTextMs));
    auto responses = [&](const ResponseTimes& t, const QString& who) {
        row(tr("Staff answers"), count(t.answers), who);
        row(tr("Staff response time, median (s)"), seconds(t.p50Ms), who);
        row(tr("Staff response time, 90% within (s)"), seconds(t.p90Ms), who);
        row(tr("Answered within 5 minutes (%)"), share(t.shareWithin5Minutes()), who);
    };
    responses(f.staffResponse, tr("Everyone"));
    for (const PersonResponseTimes& p : f.staffResponseByPerson)
        responses(p.times, p.person.isEmpty() ? tr("Sent outside Ringback") : p.person);
    return csv.ok();
}

StoreResult<qint64> CsvExport::summaryToFile(const DashboardFigures& figures, const ReportPeriod& period,
                                             const QTimeZone& zone, const QString& businessRegion,
                                             const QString& path)
{
    QSaveFile out(path);
    auto cannotWrite = [&] {
        return StoreError{StoreError::Kind::Query,
                          tr("Could not write %1: %2. Choose another folder, or check there is free space.")
                              .arg(QDir::toNativeSeparators(path), out.errorString()),
                          out.errorString()};
    };
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite();
    if (!summary(figures, period, zone, businessRegion, out)) {
        out.cancelWriting();
        return writeFailed();
    }
    if (!out.commit())
        return cannotWrite();
    return qint64(1);
}

} // namespace ringback
