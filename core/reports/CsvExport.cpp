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

} // namespace ringback
