// The Needs reply queue (issue 16, DESIGN §10) with 10,000 conversations / 200,000 texts in a
// SQLite file, about half of them with the customer speaking last:
//  1. first page of the queue, oldest wait first: the store's read, and the model's (what the
//     inbox shows when it opens), with and without an open conversation kept listed
//  2. the count for the Inbox entry and the tray
//  3. the minute tick: the waiting times are re-worded from the rows already read; it reads
//     nothing (the model's rowsRead does not move)
//  4. what keeping leads.waiting_since costs: the migration's backfill over the whole store, and
//     inserting texts with the triggers on and off
#include "BenchFigures.h"
#include "common/Clock.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ringback;
using bench::figures;

namespace {

constexpr int kLeads = 10'000;
constexpr int kMessagesPerLead = 20;
constexpr int kRuns = 30;

void print(const char* what, const QList<double>& samples)
{
    const bench::Figures f = figures(samples);
    std::printf("%-58s median %8.2f  p95 %8.2f  max %8.2f ms\n", what, f.median, f.p95, f.max);
    std::fflush(stdout);
}

bool failed(const QSqlQuery& q)
{
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

// Leads with 20 texts each, alternating; in about half the customer spoke last.
bool fill(Database& db, qint64 now)
{
    QRandomGenerator rng(2016);
    const qint64 month = 30LL * 24 * 3600 * 1000;
    QSqlQuery sql(db.connection());
    sql.exec(QStringLiteral("BEGIN"));
    QSqlQuery lead(db.connection());
    lead.prepare(QStringLiteral("INSERT INTO leads (id, e164, display_name, status, place, unread, "
                                "last_activity_at, created_at, updated_at) VALUES (?, ?, ?, 'replied', "
                                "'Austin, TX', ?, ?, ?, ?)"));
    QSqlQuery message(db.connection());
    message.prepare(
        QStringLiteral("INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                       "to_number, body, status, automated, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'Water heater leaking, can you come today?', "
                       "'delivered', 0, ?, ?)"));
    const QString business = QStringLiteral("+15125550100");
    qint64 messageId = 0;
    for (int i = 1; i <= kLeads; ++i) {
        const QString e164 = QStringLiteral("+1512%1").arg(3000000 + i, 7, 10, QLatin1Char('0'));
        const bool customerLast = rng.bounded(2) == 0;
        qint64 at = now - qint64(rng.generateDouble() * month);
        lead.addBindValue(i);
        lead.addBindValue(e164);
        lead.addBindValue(QStringLiteral("Caller %1").arg(i));
        lead.addBindValue(customerLast ? 1 : 0);
        lead.addBindValue(at + kMessagesPerLead * 60'000LL);
        lead.addBindValue(at);
        lead.addBindValue(at);
        if (!lead.exec())
            return failed(lead);
        for (int m = 0; m < kMessagesPerLead; ++m) {
            at += 60'000;
            const bool inbound = (m % 2 == 1) == customerLast;
            message.addBindValue(QStringLiteral("SM%1").arg(++messageId));
            message.addBindValue(i);
            message.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
            message.addBindValue(inbound ? e164 : business);
            message.addBindValue(inbound ? business : e164);
            message.addBindValue(at);
            message.addBindValue(at);
            if (!message.exec())
                return failed(message);
        }
    }
    return sql.exec(QStringLiteral("COMMIT"));
}

// Inserts `count` inbound texts for leads from `firstLead` on, in one transaction; milliseconds.
double insertTexts(Database& db, int firstLead, int count, qint64 at)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery sql(db.connection());
    sql.exec(QStringLiteral("BEGIN"));
    QSqlQuery message(db.connection());
    message.prepare(
        QStringLiteral("INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                       "to_number, body, status, automated, created_at, updated_at) "
                       "VALUES (?, ?, 'inbound', '+15125550199', '+15125550100', 'More', "
                       "'received', 0, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        message.addBindValue(QStringLiteral("SMx%1-%2").arg(firstLead).arg(i));
        message.addBindValue(1 + (firstLead + i) % kLeads);
        message.addBindValue(at + i);
        message.addBindValue(at + i);
        if (!message.exec())
            failed(message);
    }
    sql.exec(QStringLiteral("COMMIT"));
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("needsreply.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("bench"));
    if (!opened)
        return 1;
    Database& db = *opened.value();
    // Built without the waiting_since triggers (a bulk insert with them spills SQLite's page cache
    // for minutes on a busy machine), then filled in by migration 14's own backfill, timed.
    QStringList triggers;
    for (const Migration& m : Migrator::migrations()) {
        if (m.version == 14)
            triggers = m.sqliteOnly;
    }
    {
        QSqlQuery q(db.connection());
        for (const char* trigger : {"messages_waiting_inbound", "messages_waiting_outbound",
                                    "messages_waiting_update", "messages_waiting_delete"})
            q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
        QElapsedTimer t;
        t.start();
        if (!fill(db, now))
            return 1;
        std::printf("store: %d conversations, %d texts, built in %.1f s\n", kLeads, kLeads * kMessagesPerLead,
                    t.elapsed() / 1000.0);
        t.restart();
        if (!q.exec(QStringLiteral(
                "UPDATE leads SET waiting_since = (SELECT MIN(i.created_at) FROM messages i WHERE i.lead_id "
                "= "
                "leads.id AND i.direction = 'inbound' AND i.created_at > COALESCE((SELECT MAX(o.created_at) "
                "FROM "
                "messages o WHERE o.lead_id = leads.id AND o.direction = 'outbound' AND o.status NOT IN "
                "('failed', 'undelivered', 'canceled')), -1))")))
            return failed(q) ? 0 : 1;
        std::printf("%-58s %8.2f ms\n", "migration 14's backfill over the whole store",
                    t.nsecsElapsed() / 1e6);
        for (const QString& statement : triggers) {
            if (!q.exec(statement))
                return failed(q) ? 0 : 1;
        }
    }
    ConversationQuery queue;
    queue.filter = ConversationFilter::NeedsReply;
    std::printf("needing a reply: %lld\n",
                static_cast<long long>(ConversationStore(db).needsReplyCount().value()));

    // 1. The first page, from the store and through the model.
    QList<double> store, kept, count, model, tick;
    ConversationQuery withOpen = queue;
    withOpen.keepLeadId = 2; // an open conversation that is (or may be) out of the queue
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        const auto page = ConversationStore(db).page(queue, 0, ui::ConversationListModel::kPageSize);
        store << double(t.nsecsElapsed()) / 1e6;
        if (!page || page->size() != ui::ConversationListModel::kPageSize)
            return 1;
        t.restart();
        (void)ConversationStore(db).page(withOpen, 0, ui::ConversationListModel::kPageSize);
        kept << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        (void)ConversationStore(db).needsReplyCount();
        count << double(t.nsecsElapsed()) / 1e6;
    }
    print("Needs reply, first page (100 rows), store", store);
    print("  the same with the open conversation kept listed", kept);
    print("Needs reply count (Inbox entry, tray)", count);

    const PhoneNumberService phone;
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    int rowsReadByTicks = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        ui::ConversationListModel m(db, phone);
        m.setClock(&clock);
        m.setFilter(ConversationFilter::NeedsReply);
        (void)m.index(0).data(ui::ConversationListModel::WaitTextRole);
        model << double(t.nsecsElapsed()) / 1e6;
        // 3. The minute tick over a shown list: re-worded, not re-read.
        QListView view;
        view.setModel(&m);
        view.resize(360, 700);
        view.show();
        QCoreApplication::processEvents();
        const int before = m.rowsRead();
        clock.advanceSecs(60);
        t.restart();
        m.tick();
        QCoreApplication::processEvents(); // the view repaints what changed
        tick << double(t.nsecsElapsed()) / 1e6;
        rowsReadByTicks += m.rowsRead() - before;
    }
    print("Needs reply, first page through the model (default view)", model);
    print("minute tick: re-word 100 rows and repaint the list", tick);
    std::printf("rows read from the store by %d ticks: %d\n", kRuns, rowsReadByTicks);

    // 4. What keeping waiting_since costs when texts are stored.
    const double withTriggers = insertTexts(db, 1, 5000, now + 1000);
    QSqlQuery drop(db.connection());
    for (const char* trigger : {"messages_waiting_inbound", "messages_waiting_outbound",
                                "messages_waiting_update", "messages_waiting_delete"})
        drop.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
    const double without = insertTexts(db, 5001, 5000, now + 20'000);
    std::printf("%-58s %8.2f ms (%.1f us a text)\n", "5,000 texts stored, waiting_since triggers on",
                withTriggers, withTriggers * 1000 / 5000);
    std::printf("%-58s %8.2f ms (%.1f us a text)\n", "5,000 texts stored, triggers off", without,
                without * 1000 / 5000);
    return 0;
}
