// Dashboard figures with 100,000 stored calls (DESIGN §8: the page stays responsive): seeds 30 days
// of calls (two in three missed, most texted back, replies, 20,000 leads with statuses, values and
// timelines), then times DashboardReport::compute for today, 7 days and 30 days, and the CSV export
// of the call log. Prints median and p95 of repeated runs.
#include "BenchFigures.h"
#include "reports/CsvExport.h"
#include "reports/DashboardReport.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ringback;

namespace {

constexpr int kCalls = 100000;
constexpr int kLeads = 20000;

using bench::Figures;
using bench::figures;

bool run(QSqlQuery& q, const QVariantList& args)
{
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    return q.exec();
}

QString number(int lead)
{
    return QStringLiteral("+1512%1").arg(3000000 + lead, 7, 10, QLatin1Char('0'));
}

bool seed(Database& db, const QDateTime& now)
{
    static const char* const statuses[] = {"new", "texted", "replied", "qualified", "booked", "won", "lost"};
    Transaction tx(db);
    QSqlQuery lead(db.connection()), call(db.connection()), event(db.connection()), message(db.connection()),
        outbox(db.connection());
    lead.prepare(
        QStringLiteral("INSERT INTO leads (id, e164, status, estimated_value_cents, last_activity_at, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, 0)"));
    call.prepare(QStringLiteral("INSERT INTO calls (id, provider_call_id, direction, from_number, to_number, "
                                "status, started_at, ended_at, first_seen_at, updated_at, verdict, decision) "
                                "VALUES (?, ?, 'inbound', ?, '+15125550100', ?, ?, ?, ?, ?, ?, ?)"));
    event.prepare(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, call_id, occurred_at) "
                                 "VALUES (?, 'call_missed', '', ?, ?)"));
    message.prepare(
        QStringLiteral("INSERT INTO messages (id, lead_id, direction, from_number, to_number, body, "
                       "status, automated, created_at, sent_at, updated_at) VALUES (?, ?, ?, '+1', "
                       "'+1', 'Hi', 'sent', 1, ?, ?, ?)"));
    outbox.prepare(
        QStringLiteral("INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, state, "
                       "not_before, message_id, created_at, updated_at) VALUES (?, ?, 'textback', '+1', "
                       "'+1', 'Hi', ?, ?, ?, ?, ?)"));
    for (int i = 1; i <= kLeads; ++i) {
        if (!run(lead,
                 {i, number(i), QString::fromLatin1(statuses[i % 7]), qlonglong(10000 + (i % 50) * 2500)}))
            return false;
    }
    const qint64 span = 30LL * 24 * 3600 * 1000;
    qint64 messageId = 0;
    for (int i = 1; i <= kCalls; ++i) {
        const qint64 ended = now.toMSecsSinceEpoch() - span * i / kCalls;
        const int leadId = 1 + (i * 7919) % kLeads;
        const bool missed = i % 3 != 0;
        const bool texted = missed && i % 5 != 0;
        // The policy's decision, as stored (codes, DESIGN §6).
        const QVariant detail = !missed  ? QVariant(QMetaType(QMetaType::QString))
                                : texted ? QVariant(QStringLiteral("texted"))
                                : i % 2  ? QVariant(QStringLiteral("opted_out"))
                                         : QVariant(QStringLiteral("cooldown"));
        if (!run(call,
                 {i, QStringLiteral("CA%1").arg(i), number(leadId),
                  missed ? QStringLiteral("no-answer") : QStringLiteral("completed"), ended - 30000, ended,
                  ended, ended, missed ? QStringLiteral("missed") : QStringLiteral("answered"), detail}))
            return false;
        if (!missed)
            continue;
        if (!run(event, {leadId, i, ended}))
            return false;
        if (!texted)
            continue;
        const qint64 sent = ended + 2000 + (i % 9) * 1000;
        if (!run(message, {++messageId, leadId, QStringLiteral("outbound"), ended, sent, sent}))
            return false;
        if (!run(outbox, {i, leadId, QStringLiteral("sent"), ended, messageId, ended + 100, sent}))
            return false;
        if (i % 5 < 2 && !run(message, {++messageId, leadId, QStringLiteral("inbound"), sent + 60000,
                                        sent + 60000, sent + 60000}))
            return false;
    }
    return bool(tx.commit());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // bench_dashboard [file [--reuse]]: keep the seeded database in file (to look at query plans),
    // or time an existing one without seeding it again.
    QTemporaryDir dir;
    const QString file =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = argc > 2 && qstrcmp(argv[2], "--reuse") == 0;
    if (!reuse)
        QFile::remove(file);
    auto opened = Database::open(DatabaseLocation::sqliteFile(file), QStringLiteral("bench"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = *opened.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone("America/New_York");

    QElapsedTimer seeding;
    seeding.start();
    if (!reuse && !seed(db, now)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("seeded %d calls, %d leads in %.1f s\n", kCalls, kLeads, double(seeding.elapsed()) / 1000.0);

    // The rollups (migration 19) are filled by the first read of a range after the seeding marked
    // every bucket dirty: that read costs what the raw queries do.
    {
        QElapsedTimer cold;
        cold.start();
        if (!DashboardReport(db).compute(ReportPeriod::lastDays(30, now, zone), zone))
            return 1;
        std::printf("first read of 30 days (fills the rollups): %.1f ms\n",
                    double(cold.nsecsElapsed()) / 1e6);
    }

    const struct
    {
        const char* name;
        ReportPeriod period;
    } periods[] = {{"today", ReportPeriod::today(now, zone)},
                   {"7 days", ReportPeriod::lastDays(7, now, zone)},
                   {"30 days", ReportPeriod::lastDays(30, now, zone)}};
    for (const auto& p : periods) {
        QList<double> ms;
        qint64 missed = 0;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer t;
            t.start();
            auto r = DashboardReport(db).compute(p.period, zone);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().detail));
                return 1;
            }
            missed = r->missedCalls;
        }
        const Figures f = figures(ms);
        std::printf("dashboard %-8s (%6lld missed calls): median %.1f ms, p95 %.1f ms\n", p.name,
                    static_cast<long long>(missed), f.median, f.p95);
    }

    // A call decided while the page is open: its bucket is marked dirty and recomputed on the
    // next read, alone. Times the read after each of 15 new missed calls with a text-back.
    {
        QList<double> ms;
        QSqlQuery call(db.connection()), outbox(db.connection());
        call.prepare(
            QStringLiteral("INSERT INTO calls (provider_call_id, direction, from_number, to_number, "
                           "status, started_at, ended_at, first_seen_at, updated_at, verdict, decision) "
                           "VALUES (?, 'inbound', ?, '+15125550100', 'no-answer', ?, ?, ?, ?, 'missed', "
                           "'texted') RETURNING id"));
        outbox.prepare(
            QStringLiteral("INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, "
                           "state, not_before, created_at, updated_at) VALUES (?, 1, 'textback', '+1', "
                           "'+1', 'Hi', 'sent', ?, ?, ?)"));
        for (int i = 0; i < 15; ++i) {
            const qint64 ended = QDateTime::currentMSecsSinceEpoch() - 1000;
            if (!run(call,
                     {QStringLiteral("CANEW%1").arg(i), number(1), ended - 30000, ended, ended, ended}) ||
                !call.next())
                return 1;
            const qint64 id = call.value(0).toLongLong();
            call.finish();
            if (!run(outbox, {id, ended, ended + 100, ended + 3000}))
                return 1;
            QElapsedTimer t;
            t.start();
            if (!DashboardReport(db).compute(ReportPeriod::lastDays(7, now, zone), zone))
                return 1;
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        const Figures f = figures(ms);
        std::printf("dashboard 7 days after a new call was decided: median %.1f ms, p95 %.1f ms\n", f.median,
                    f.p95);
    }

    QList<double> exportMs;
    qint64 bytes = 0;
    for (int run = 0; run < 3; ++run) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        if (!CsvExport::calls(db, buffer, zone))
            return 1;
        exportMs << double(t.nsecsElapsed()) / 1e6;
        bytes = buffer.size();
    }
    const Figures f = figures(exportMs);
    std::printf("CSV export of %d calls (%.1f MB): median %.0f ms\n", kCalls, double(bytes) / 1e6, f.median);
    return 0;
}
