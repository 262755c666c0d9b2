// Inbox figures (DESIGN §8) with 10,000 conversations / 200,000 messages in a SQLite file (or the
// number of conversations given as the first argument, 20 texts each: 100000 for the 10x office):
//  1. first paint: open the store, build the main window and the conversation model, show it,
//     until the conversation list has painted its rows
//  2. opening a conversation: the lead, its newest 50 messages and its timeline (the queries the
//     thread view and lead card make)
//  3. search: a word, a name, digits, and a word with a filter (FTS5 index)
//  4. resident memory (VmRSS) after the window is up and after the searches
#include "BenchFigures.h"
#include "MainWindow.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/TimelineStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ringback;

namespace {

constexpr int kDefaultLeads = 10'000;
constexpr int kMessagesPerLead = 20;
int g_leads = kDefaultLeads; // the first argument, else the turn-1 size

const char* const kFirst[] = {"Dana",  "Sam",   "Lee",   "Kim",    "Pat",    "Maria",
                              "Joe",   "Alex",  "Chris", "Jordan", "Taylor", "Morgan",
                              "Casey", "Riley", "Jamie", "Avery",  "Quinn",  "Drew"};
const char* const kLast[] = {"Whitfield", "Ortiz", "Park",   "Hale",  "Nguyen", "Smith", "Garcia", "Miller",
                             "Brown",     "Davis", "Wilson", "Moore", "Clark",  "Lewis", "Walker", "Young"};
const char* const kPlaces[] = {"Austin, TX",       "Round Rock, TX", "Cedar Park, TX", "Georgetown, TX",
                               "Pflugerville, TX", "Dallas, TX",     "Houston, TX",    "San Antonio, TX"};
const char* const kTexts[] = {
    "Hi, I called about a leak under the kitchen sink",
    "Water heater is making a banging noise, can someone come today?",
    "We need a quote for a bathroom remodel",
    "Sorry we missed your call! How can we help?",
    "Thursday morning works for us",
    "Can you send the address and a photo of the problem?",
    "The toilet keeps running after flushing",
    "Our AC stopped blowing cold air last night",
    "How much for replacing a garbage disposal?",
    "Thanks, see you then",
    "Is there a charge for the estimate?",
    "The roof is leaking near the chimney after the storm",
    "Yes 9am is fine",
    "Do you do tankless water heater installs?",
    "We can come out tomorrow between 8 and 10. Does that work?",
    "Great, thank you!",
};
const char* const kStatuses[] = {"new", "texted", "replied", "qualified", "booked", "won", "lost"};

template <class T, std::size_t N>
const T& pick(const T (&items)[N], QRandomGenerator& rng)
{
    return items[rng.bounded(int(N))];
}

using bench::Figures;
using bench::figures;

void print(const char* what, const Figures& f)
{
    std::printf("%-52s median %8.2f  p95 %8.2f  max %8.2f ms\n", what, f.median, f.p95, f.max);
    std::fflush(stdout);
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool failed(const QSqlQuery& q)
{
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

bool fill(Database& db)
{
    QRandomGenerator rng(2020);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    QSqlQuery begin(db.connection());
    // One transaction and prepared inserts; a page cache big enough for the indexes the inserts
    // touch (2,000,000 texts: the FTS index, messages_lead, the provider id key).
    begin.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    begin.exec(QStringLiteral("BEGIN"));
    QSqlQuery lead(db.connection());
    lead.prepare(
        QStringLiteral("INSERT INTO leads (id, e164, display_name, status, place, unread, "
                       "last_activity_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery message(db.connection());
    message.prepare(
        QStringLiteral("INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                       "to_number, body, status, automated, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'delivered', ?, ?, ?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, occurred_at) "
                                 "VALUES (?, ?, '', ?)"));
    const QString business = QStringLiteral("+15125550100");
    qint64 messageId = 0;
    for (int i = 1; i <= g_leads; ++i) {
        const QString e164 = QStringLiteral("+1512%1").arg(3000000 + i, 7, 10, QLatin1Char('0'));
        const qint64 start = now - qint64(rng.generateDouble() * year);
        QList<qint64> times;
        qint64 at = start;
        for (int m = 0; m < kMessagesPerLead; ++m) {
            at += rng.bounded(60, 6 * 3600) * 1000LL;
            times << at;
        }
        lead.addBindValue(i);
        lead.addBindValue(e164);
        lead.addBindValue(rng.bounded(4) == 0
                              ? QStringLiteral("") // unnamed: the list shows the number
                              : QStringLiteral("%1 %2").arg(QString::fromLatin1(pick(kFirst, rng)),
                                                            QString::fromLatin1(pick(kLast, rng))));
        lead.addBindValue(QString::fromLatin1(pick(kStatuses, rng)));
        lead.addBindValue(QString::fromLatin1(pick(kPlaces, rng)));
        lead.addBindValue(rng.bounded(5) == 0 ? 1 : 0);
        lead.addBindValue(times.last());
        lead.addBindValue(start);
        lead.addBindValue(times.last());
        if (!lead.exec())
            return failed(lead);
        for (int m = 0; m < kMessagesPerLead; ++m) {
            const bool inbound = m % 2 == 1;
            message.addBindValue(QStringLiteral("SM%1").arg(++messageId, 32, 10, QLatin1Char('0')));
            message.addBindValue(i);
            message.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
            message.addBindValue(inbound ? e164 : business);
            message.addBindValue(inbound ? business : e164);
            message.addBindValue(QString::fromLatin1(pick(kTexts, rng)));
            message.addBindValue(m == 0 ? 1 : 0);
            message.addBindValue(times.at(m));
            message.addBindValue(times.at(m));
            if (!message.exec())
                return failed(message);
        }
        for (int e = 0; e < 3; ++e) {
            event.addBindValue(i);
            event.addBindValue(e == 0 ? QStringLiteral("call_missed") : QStringLiteral("texted"));
            event.addBindValue(start + e * 1000);
            if (!event.exec())
                return failed(event);
        }
    }
    if (!begin.exec(QStringLiteral("COMMIT")))
        return failed(begin);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    // [conversations]: the store's size (20 texts each). --keep FILE: build the store there and
    // leave it, to look at the queries with sqlite3; with --reuse, a store kept before is used as it is.
    const QStringList args = QCoreApplication::arguments();
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    const bool reuse = args.contains(QStringLiteral("--reuse"));
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool number = false;
        const int n = args.at(i).toInt(&number);
        if (number && n > 0 && (i == 1 || args.at(i - 1) != QLatin1String("--keep")))
            g_leads = n;
    }
    const QString path =
        keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(QStringLiteral("inbox.sqlite"));
    if (reuse && keep > 0 && QFile::exists(path)) {
        std::printf("store: %d conversations, %d messages, kept in %s\n", g_leads, g_leads * kMessagesPerLead,
                    qPrintable(path));
    } else {
        QElapsedTimer t;
        t.start();
        auto created = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("fill"));
        if (!created || !fill(*created.value())) {
            std::fprintf(stderr, "could not build the test store\n");
            return 1;
        }
        std::printf("store: %d conversations, %d messages, built in %.1f s\n", g_leads,
                    g_leads * kMessagesPerLead, t.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    std::printf("resident memory before the window: %.0f MB\n", rssMb());

    // 1. First paint, five times (the first run pays for fonts and the style).
    QList<double> paints;
    double rssAfterPaint = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("ui%1").arg(run));
        if (!opened)
            return 1;
        std::unique_ptr<Database> db = std::move(opened).value();
        PhoneNumberService phone;
        ui::MainWindow window(path);
        ui::ConversationListModel model(*db, phone);
        window.inbox()->setModel(&model);
        bool painted = false;
        struct PaintWatch : QObject
        {
            bool* painted;
            bool eventFilter(QObject*, QEvent* e) override
            {
                if (e->type() == QEvent::Paint)
                    *painted = true;
                return false;
            }
        } watch;
        watch.painted = &painted;
        window.inbox()->list()->viewport()->installEventFilter(&watch);
        window.show();
        while (!painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // The paint event has been delivered; let it finish before stopping the clock.
        QCoreApplication::processEvents();
        paints << double(t.nsecsElapsed()) / 1e6;
        if (run == 0)
            std::printf("first paint, first run: %.1f ms (%d rows loaded)\n", paints.first(),
                        model.rowCount());
        rssAfterPaint = rssMb();
        window.inbox()->list()->viewport()->removeEventFilter(&watch);
    }
    print("first paint (store open -> list painted), 5 runs", figures(paints));

    // 2. Opening a conversation.
    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("bench"));
    std::unique_ptr<Database> db = std::move(opened).value();
    QRandomGenerator rng(7);
    QList<double> opens;
    for (int i = 0; i < 300; ++i) {
        const qint64 id = rng.bounded(1, g_leads + 1);
        QElapsedTimer t;
        t.start();
        const auto lead = LeadStore(*db).byId(id);
        QSqlQuery page(db->connection());
        page.prepare(QStringLiteral("SELECT id, direction, body, status, automated, created_at FROM messages "
                                    "WHERE lead_id = ? ORDER BY created_at DESC, id DESC LIMIT 50"));
        page.addBindValue(id);
        page.exec();
        int rows = 0;
        while (page.next())
            ++rows;
        const auto timeline = TimelineStore(*db).forLead(id);
        opens << double(t.nsecsElapsed()) / 1e6;
        if (!lead || rows != kMessagesPerLead || !timeline || timeline->size() != 3) {
            std::fprintf(stderr, "opening lead %lld read the wrong rows\n", id);
            return 1;
        }
    }
    print("open a conversation (lead + 50 newest texts + timeline)", figures(opens));

    // 3. Search, first page of 100 as the list asks for it.
    struct Search
    {
        const char* label;
        ConversationFilter filter;
        QString text;
    };
    const QList<Search> searches{
        {"search a common word (\"heater\"), All", ConversationFilter::All, QStringLiteral("heater")},
        {"search a common word (\"heater\"), Open", ConversationFilter::Open, QStringLiteral("heater")},
        {"search two words (\"roof chimney\"), Open", ConversationFilter::Open,
         QStringLiteral("roof chimney")},
        {"search a name prefix (\"whit\"), Open", ConversationFilter::Open, QStringLiteral("whit")},
        {"search a number as printed (\"(512) 555-01\")", ConversationFilter::Open,
         QStringLiteral("(512) 555-01")},
        {"search digits (\"300012\"), Open", ConversationFilter::Open, QStringLiteral("300012")},
        {"search a word nobody used (\"zebra\")", ConversationFilter::Open, QStringLiteral("zebra")},
        {"no search, Unread filter", ConversationFilter::Unread, QString()},
    };
    for (const Search& s : searches) {
        QList<double> times;
        qsizetype found = 0;
        for (int i = 0; i < 30; ++i) {
            ConversationQuery q;
            q.filter = s.filter;
            q.search = s.text;
            QElapsedTimer t;
            t.start();
            const auto page = ConversationStore(*db).page(q, 0, ui::ConversationListModel::kPageSize);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!page) {
                std::fprintf(stderr, "%s failed: %s\n", s.label, qPrintable(page.error().message));
                return 1;
            }
            found = page->size();
        }
        char label[128];
        std::snprintf(label, sizeof label, "%s [%lld rows]", s.label, qlonglong(found));
        print(label, figures(times));
    }

    std::printf("resident memory after first paint: %.0f MB; after the searches: %.0f MB\n", rssAfterPaint,
                rssMb());
    return 0;
}
