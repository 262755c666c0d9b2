// A desk on a shared database whose server stops answering (SIGSTOP of the PostgreSQL server's
// processes, as a hung server or a half-open network looks from the desk): the window keeps
// working, the status bar says the database is not answering, and everything catches up once the
// server runs again. Runs against a PostgreSQL server of its own (fixture `postgres_frozen`), so
// stopping it stalls no other suite.
#include "MainWindow.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "WorkerThread.h"
#include "board/LeadBoard.h"
#include "board/LeadColumnModel.h"
#include "common/Clock.h"
#include "conversation/Composer.h"
#include "conversation/ConversationView.h"
#include "conversation/LeadCard.h"
#include "conversation/ThreadModel.h"
#include "dashboard/DashboardPage.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/DeskConnection.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <signal.h>
#include <thread>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");

// Stops and resumes the test server: the postmaster and every process it started (each
// connection's backend among them). Resumes on destruction, and on its own after a safety delay
// so a desk that waits on the server cannot hang the test (which then fails: resumedBySafetyNet).
class ServerFreezer
{
public:
    ServerFreezer()
    {
        QFile env(qEnvironmentVariable("RINGBACK_TEST_PG_ENV"));
        if (!env.open(QIODevice::ReadOnly))
            return;
        QString dir;
        for (const QByteArray& line : env.readAll().split('\n')) {
            if (line.startsWith("RINGBACK_TEST_PG_DIR="))
                dir = QString::fromUtf8(line.mid(int(qstrlen("RINGBACK_TEST_PG_DIR="))));
        }
        QFile pidFile(dir + QStringLiteral("/data/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            m_postmaster = pidFile.readLine().trimmed().toInt();
    }
    ~ServerFreezer() { resume(); }

    bool found() const { return m_postmaster > 0; }

    void stop(int safetyNetMs)
    {
        m_stopped = processes();
        for (int pid : std::as_const(m_stopped))
            ::kill(pid, SIGSTOP);
        m_safetyNet = std::thread([this, safetyNetMs] {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait_for(lock, std::chrono::milliseconds(safetyNetMs),
                                 [this] { return m_resumed; })) {
                m_bySafetyNet = true;
                resumeLocked();
            }
        });
    }
    void resume()
    {
        {
            std::lock_guard lock(m_mutex);
            resumeLocked();
        }
        m_wake.notify_all();
        if (m_safetyNet.joinable())
            m_safetyNet.join();
    }
    // The desk waited on the stopped server until the safety net let it go.
    bool resumedBySafetyNet() const { return m_bySafetyNet; }

private:
    void resumeLocked()
    {
        for (int pid : std::as_const(m_stopped))
            ::kill(pid, SIGCONT);
        m_stopped.clear();
        m_resumed = true;
    }
    QList<int> processes() const
    {
        QList<int> pids{m_postmaster};
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString& entry : entries) {
            bool isPid = false;
            const int pid = entry.toInt(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // pid (comm) state ppid ...: comm may hold spaces, so count from the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toInt() == m_postmaster)
                pids << pid;
        }
        return pids;
    }

    int m_postmaster = 0;
    QList<int> m_stopped;
    std::thread m_safetyNet;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_resumed = false;
    std::atomic<bool> m_bySafetyNet = false;
};

// The UI thread's event loop, sampled by a 10 ms timer: the longest gap between two ticks.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_since.restart());
            if (m_onTick)
                m_onTick();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestMs() const { return m_longest; }
    void setOnTick(std::function<void()> f) { m_onTick = std::move(f); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    std::function<void()> m_onTick;
};

// Runs the UI thread's own event loop (not QTest::qWait's sleeps) for `ms`.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestFrozenDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingDoesNotWaitForAStoppedServer();
    void windowStaysResponsiveWhileTheServerIsStopped();
    void automationStopsWithoutWaitingForTheServer();
    void dashboardClosesWithoutWaitingForTheServer();

private:
    void buildDesk();

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<Database> m_otherDesk;
    std::unique_ptr<PhoneNumberService> m_phone;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskConnection> m_link;
    ConversationListModel* m_list = nullptr;
    LeadBoard* m_board = nullptr;
    ConversationView* m_view = nullptr;
    Lead m_lead;
    Lead m_optedOut; // unread, and opted out of texts
};

void TestFrozenDatabase::init()
{
    m_store = std::make_unique<TempDatabase>(SqlDialect::Kind::Postgres, QStringLiteral("frozen-desk"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    auto other = Database::open(m_store->location(), QStringLiteral("other-desk"));
    QVERIFY(other.ok());
    m_otherDesk = std::move(other).value();
    m_phone = std::make_unique<PhoneNumberService>();
    KeyValueStore sharedKeys(m_store->db(), KeyValueStore::Table::Settings);
    QVERIFY(Settings(&sharedKeys, nullptr).setValue(SettingKey::BusinessNumbers, QStringList{kBusiness}));
    m_lead = LeadStore(m_store->db())
                 .findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Austin, TX"),
                               QDateTime::currentDateTimeUtc())
                 .value();
    m_optedOut = LeadStore(m_store->db())
                     .findOrCreate(QStringLiteral("+15125550148"), QStringLiteral("Austin, TX"),
                                   QDateTime::currentDateTimeUtc())
                     .value();
    QVERIFY(LeadStore(m_store->db()).touch(m_optedOut.id, QDateTime::currentDateTimeUtc(), true).ok());
    QVERIFY(OptOutStore(m_store->db())
                .optOut({m_optedOut.e164, QStringLiteral("keyword"), QStringLiteral("STOP"),
                         QDateTime::currentDateTimeUtc()})
                .ok());
    buildDesk();
}

// The desk as DesktopSession builds it on a shared database: the window, the inbox with its list
// and conversation, and the desk's connection for presence, look-ups and the status bar.
void TestFrozenDatabase::buildDesk()
{
    Database& db = m_store->db();
    m_window = std::make_unique<MainWindow>(db.location().displayName());
    m_link = std::make_unique<DeskConnection>(db.location());
    m_link->setHeartbeatInterval(500);
    m_list = new ConversationListModel(db, *m_phone, m_window.get());
    m_window->inbox()->setModel(m_list);
    m_view = new ConversationView(db, *m_phone, SystemClock::instance());
    m_window->inbox()->setConversationView(m_view);
    m_list->setDeskConnection(m_link.get());
    m_view->setDeskConnection(m_link.get());
    m_view->setDeskPerson(QStringLiteral("Maria"));
    m_window->followSharedDatabase(*m_link);
    // Rows now arrive a moment after they are asked for: still well-behaved models.
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_list), static_cast<QAbstractItemModel*>(m_view->threadModel())})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
    m_board = new LeadBoard(db, *m_phone, SystemClock::instance(), m_window.get());
    m_board->setDeskConnection(m_link.get());
    connect(m_link.get(), &DeskConnection::changed, m_list, &ConversationListModel::refresh);
    connect(m_link.get(), &DeskConnection::changed, m_board, &LeadBoard::refresh);
    connect(m_link.get(), &DeskConnection::changed, m_view, &ConversationView::refresh);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_link->isOpen(), 10'000);
    m_window->inbox()->openConversation(m_lead.id);
    QCOMPARE(m_view->leadId(), m_lead.id);
    // The composer opens once the look-up of opt-outs and blocks has answered.
    QTRY_VERIFY(m_view->composer()->editor()->isEnabled());
}

void TestFrozenDatabase::cleanup()
{
    m_window.reset();
    m_link.reset();
    m_otherDesk.reset();
    m_store.reset();
}

// What was seen (issue 14, 6): each keystroke announced "is replying…" with an INSERT on the UI
// thread's connection, so a server that stopped answering froze the window at the first key.
void TestFrozenDatabase::typingDoesNotWaitForAStoppedServer()
{
    ServerFreezer server;
    QVERIFY(server.found());
    server.stop(20'000);
    QTest::keyClicks(m_view->composer()->editor(), QStringLiteral("On our way"));
    // The heartbeat comes round too; then another conversation is opened (mark-read, opt-out and
    // block look-ups, the card and the thread).
    runEventLoop(3'000);
    m_window->inbox()->openConversation(m_optedOut.id);
    runEventLoop(500);
    const bool waited = server.resumedBySafetyNet();
    server.resume();
    QVERIFY2(!waited, "the window waited for the stopped server");

    // Once the server answers: the opened conversation shows, says its caller opted out, is read.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->card()->lead().id, m_optedOut.id, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->optOutBanner()->isVisible(), 15'000);
    QVERIFY(!m_view->composer()->editor()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!LeadStore(*m_otherDesk).byId(m_optedOut.id).value()->unread, 15'000);
    // The draft stayed with its conversation.
    m_window->inbox()->openConversation(m_lead.id);
    QCOMPARE(m_view->composer()->text(), QStringLiteral("On our way"));
}

// Acceptance (issue 14): a conversation open, someone typing; the server stops for 10 s. The UI
// thread's event loop never stalls over 100 ms, the status bar says the database is not
// answering, and after the server resumes the typing announcement and another desk's reply arrive.
void TestFrozenDatabase::windowStaysResponsiveWhileTheServerIsStopped()
{
    ServerFreezer server;
    QVERIFY(server.found());
    StallProbe probe;
    QPlainTextEdit* editor = m_view->composer()->editor();
    const QString typed = QStringLiteral("We can come by at 3pm today, does that work for you?");
    int next = 0;
    bool saidNotAnswering = false;
    probe.setOnTick([&] {
        // A key every 50 ms, from the event loop the probe samples.
        static int ticks = 0;
        if (++ticks % 5 == 0 && next < typed.size())
            QTest::keyClick(editor, typed.at(next++).toLatin1());
        saidNotAnswering = saidNotAnswering ||
                           m_window->statusBar()->currentMessage().contains(QLatin1String("not answering"));
    });
    probe.start();
    server.stop(30'000);
    runEventLoop(10'000);
    server.resume();
    const qint64 longestWhileStopped = probe.longestMs();
    QVERIFY(!server.resumedBySafetyNet());
    QVERIFY(saidNotAnswering);
    qInfo("longest UI-thread stall while the server was stopped for 10 s: %lld ms", longestWhileStopped);
    QVERIFY2(longestWhileStopped <= 100,
             qPrintable(QStringLiteral("the UI thread stalled %1 ms").arg(longestWhileStopped)));

    // Caught up: the announcement reached the server, another desk's reply shows, and the status
    // bar says the database answers again.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->statusBar()->currentMessage().contains(QLatin1String("not answering")), 15'000);
    // The announcement made while the server was stopped was written when it resumed (its hold
    // may have run out by then: the row is what counts).
    const auto announced = [this] {
        auto row = m_otherDesk->exec(QStringLiteral("SELECT who FROM typing WHERE lead_id = ?"), {m_lead.id});
        return row && row->next() ? row->value(0).toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(announced(), QStringLiteral("Maria"), 15'000);
    Message m;
    m.leadId = m_lead.id;
    m.direction = MessageDirection::Outbound;
    m.fromNumber = kBusiness;
    m.toNumber = m_lead.e164;
    m.body = QStringLiteral("Luis here: booked you in for 3pm");
    m.status = MessageStatus::Queued;
    QVERIFY(MessageStore(*m_otherDesk).insertLocal(m, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(LeadStore(*m_otherDesk).touch(m_lead.id, QDateTime::currentDateTimeUtc(), false).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_list->index(0).data(ConversationListModel::SnippetRole).toString().endsWith(m.body), true, 15'000);
    // A new caller on the other desk: the board's column and its total follow.
    QVERIFY(LeadStore(*m_otherDesk)
                .findOrCreate(QStringLiteral("+15125550149"), QString(), QDateTime::currentDateTimeUtc())
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_board->totals(LeadStatus::New).count, 3, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_board->column(LeadStatus::New)->rowCount(), 3, 15'000);
    probe.stop();
    QCOMPARE(editor->toPlainText(), typed);
}

// What was seen (issue 14, 7): the automation's thread, stuck in a statement on the stopped server,
// could not run stop(); WorkerThread waited 10 s and then without limit ("Run setup again" and
// quitting reach it). Now stop() returns at once and destruction gives up after a deadline.
void TestFrozenDatabase::automationStopsWithoutWaitingForTheServer()
{
    AutomationWorker::Options options;
    options.location = m_store->location();
    options.connectionName = QStringLiteral("frozen-worker");
    options.holderId = QStringLiteral("frozen test (pid %1)").arg(QCoreApplication::applicationPid());
    options.makeProvider = [] {
        return std::make_unique<ScriptedProvider>();
    };
    options.pollIntervalMs = 100;
    auto worker = std::make_unique<app::WorkerThread>(std::move(options));
    QSignalSpy states(worker->worker(), &AutomationWorker::stateChanged);
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(states.count() >= 2, 10'000);

    ServerFreezer server;
    QVERIFY(server.found());
    server.stop(20'000);
    runEventLoop(1'000); // the worker's next poll is now waiting on the server
    bool stopped = false;
    worker->stop([&stopped] { stopped = true; });
    QVERIFY(!stopped);
    worker.reset();
    const bool waited = server.resumedBySafetyNet();
    server.resume();
    QVERIFY2(!waited, "the window waited for the automation's thread");
}

// What was seen (issue 14, 7): DashboardPage's destructor waited for its computation, which was
// waiting for the stopped server (here: connecting, up to connect_timeout; the safety net resumes
// the server before that).
void TestFrozenDatabase::dashboardClosesWithoutWaitingForTheServer()
{
    auto page = std::make_unique<DashboardPage>(m_store->db(), SystemClock::instance());
    QSignalSpy shown(page.get(), &DashboardPage::figuresShown);
    page->show();
    QVERIFY(shown.wait(10'000));

    ServerFreezer server;
    QVERIFY(server.found());
    server.stop(4'000);
    page->refresh(); // on a pool thread, waiting for the server
    page.reset();
    const bool waited = server.resumedBySafetyNet();
    server.resume();
    QVERIFY2(!waited, "the window waited for the dashboard's computation");
}

QTEST_MAIN(TestFrozenDatabase)
#include "tst_frozendatabase.moc"
