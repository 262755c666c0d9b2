// Issue 21, item 3: the last desk warns before it stops. The whole desk (DesktopSession) with its
// worker on a test clock at 17:30 on a Monday (the office, in UTC, is open 8:00-18:00): closing
// the window of the last running sender asks "Nobody will text callers tonight if you quit.";
// with the always-on worker seen 20 s ago, or at 15:00 with hours to go, it does not. On the
// offscreen platform there is no tray, so closing the window is quitting.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationLease.h"
#include "automation/AutomationStatusView.h"
#include "automation/AutomationWorker.h"
#include "automation/QuitGuard.h"
#include "automation/WhoIsTextingLabel.h"
#include "hours/BusinessHoursStore.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "store/SenderHeartbeatStore.h"
#include "tray/TrayIcon.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kDesk = QStringLiteral("Front desk desk (pid 11 on front-pc)");
const QString kWorker = QStringLiteral("office-server headless (pid 22 on office-server)");

// Answers the quit warning whenever it shows, and remembers what it said.
class WarningAnswerer : public QObject
{
public:
    explicit WarningAnswerer(QString button)
        : m_button(std::move(button))
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("quitWarning"))
                return;
            questions << box->text();
            auto* button = box->findChild<QAbstractButton*>(m_button);
            QVERIFY(button);
            buttons = box->findChildren<QAbstractButton*>().size();
            button->click();
        });
        m_poll.start();
    }
    QStringList questions;
    qsizetype buttons = 0;

private:
    QString m_button;
    QTimer m_poll;
};

} // namespace

class TestQuitWarning : public QObject
{
    Q_OBJECT
private slots:
    void lastSenderAsksBeforeQuitting_data();
    void lastSenderAsksBeforeQuitting();
    void statusBarSaysWhoIsTexting();
};

void TestQuitWarning::lastSenderAsksBeforeQuitting_data()
{
    QTest::addColumn<QTime>("at");
    QTest::addColumn<int>("workerSeenSecsAgo"); // -1: no worker
    QTest::addColumn<QString>("answer");        // the button the user presses, if asked
    QTest::addColumn<bool>("asks");
    QTest::addColumn<bool>("quits");
    QTest::addColumn<bool>("fromTheMenu"); // File > Quit Ringback (Ctrl+Q) instead of closing the window

    QTest::newRow("17:30, nobody else: asks; keep it running")
        << QTime(17, 30) << -1 << "keepRunning" << true << false << false;
    QTest::newRow("17:30, nobody else: asks; quit anyway")
        << QTime(17, 30) << -1 << "quitAnyway" << true << true << false;
    QTest::newRow("17:30, the worker seen 20 s ago: no question")
        << QTime(17, 30) << 20 << "keepRunning" << false << true << false;
    QTest::newRow("17:30, the worker last seen 5 min ago: asks")
        << QTime(17, 30) << 300 << "keepRunning" << true << false << false;
    QTest::newRow("15:00, open for hours yet: no question")
        << QTime(15, 0) << -1 << "keepRunning" << false << true << false;
    QTest::newRow("21:00, closed: asks") << QTime(21, 0) << -1 << "keepRunning" << true << false << false;
    QTest::newRow("File > Quit at 17:30, nobody else: asks; keep it running")
        << QTime(17, 30) << -1 << "keepRunning" << true << false << true;
    QTest::newRow("File > Quit at 17:30, nobody else: asks; quit anyway")
        << QTime(17, 30) << -1 << "quitAnyway" << true << true << true;
    QTest::newRow("File > Quit at 15:00: no question")
        << QTime(15, 0) << -1 << "keepRunning" << false << true << true;
}

void TestQuitWarning::lastSenderAsksBeforeQuitting()
{
    QFETCH(QTime, at);
    QFETCH(int, workerSeenSecsAgo);
    QFETCH(QString, answer);
    QFETCH(bool, asks);
    QFETCH(bool, quits);
    QFETCH(bool, fromTheMenu);

    ManualClock clock(QDateTime(QDate(2026, 3, 2), at, Qt::UTC)); // a Monday
    TempDatabase t;
    QVERIFY(t.ok());
    {
        KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
        Settings settings(&kv, nullptr);
        settings.setValue(SettingKey::BusinessNumbers, QStringList{QStringLiteral("+15125550100")});
        settings.setValue(SettingKey::SetupCompleted, true);
        BusinessHours hours(QTimeZone::utc());
        for (int day = 1; day <= 5; ++day)
            hours.addRange(day, {8 * 60, 18 * 60});
        QVERIFY(BusinessHoursStore(t.db()).save(hours, clock.nowUtc()).ok());
    }
    if (workerSeenSecsAgo >= 0) {
        // The always-on worker, standing by while the desk texts.
        SenderBeat worker;
        worker.holder = kWorker;
        worker.label = QStringLiteral("office-server");
        worker.machine = QStringLiteral("office-server");
        worker.kind = SenderBeat::Kind::Worker;
        worker.freshMs = 35'000;
        worker.lastSeenAt = clock.nowUtc().addSecs(-workerSeenSecsAgo);
        QVERIFY(SenderHeartbeatStore(t.db()).beat(worker).ok());
    }

    auto* session = new app::DesktopSession(t.db(), QStringLiteral("US"), false);
    session->setSenderClock(&clock);
    session->showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&session->window()));

    AutomationWorker::Options o;
    o.location = t.location();
    o.connectionName = QStringLiteral("worker");
    o.holderId = kDesk;
    o.senderLabel = QStringLiteral("Front desk");
    o.clock = &clock;
    o.pollIntervalMs = 50;
    o.makeProvider = [&clock] {
        auto provider = std::make_unique<ScriptedProvider>();
        provider->clock = &clock;
        return provider;
    };
    session->startAutomation(o);
    // The desk's worker holds the sending role and has read the heartbeats.
    QTRY_VERIFY_WITH_TIMEOUT(session->quitGuard()->presence().thisProcessSends(clock.nowUtc()), 30'000);
    QCOMPARE(session->window().automationStatus()->whoIsTexting()->text(),
             QStringLiteral("This PC is texting"));

    WarningAnswerer answerer(answer);
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    bool closed = false;
    if (fromTheMenu) {
        auto* quit = session->window().menuBar()->findChild<QAction*>(QStringLiteral("quitRingback"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        quit->trigger();
        // Tests run no event loop to leave: quitting shows as the tray's state.
        closed = session->tray()->isQuitting();
    } else {
        closed = session->window().close();
    }

    QCOMPARE(session->quitGuard()->questionsAsked(), asks ? 1 : 0);
    QCOMPARE(answerer.questions.size(), asks ? 1 : 0);
    if (asks) {
        QCOMPARE(answerer.questions.first(), QStringLiteral("Nobody will text callers tonight if you quit."));
        QCOMPARE(answerer.buttons, 2);
    }
    QCOMPARE(closed, quits);
    if (!quits && !fromTheMenu) {
        // Kept running: the window was not closed (minimised, with no tray to go to), the worker
        // still texts, and nothing started quitting.
        QVERIFY(session->window().isVisible());
        QVERIFY(session->window().isMinimized());
        QVERIFY(quitting.isEmpty());
        QCOMPARE(session->window().automationStatus()->whoIsTexting()->text(),
                 QStringLiteral("This PC is texting"));
        // Asked once per quit: a second close asks again only because the first was declined.
    }
    delete session;
}

// Item 2 at a desk: while the always-on worker texts, the desk (standing by) says so in its status
// bar; when no heartbeat is fresh, "Nobody is texting!" in red. With RINGBACK_SCREENSHOTS set to
// a folder, the status bar is saved there (docs/screenshots/status-*-texting.png).
void TestQuitWarning::statusBarSaysWhoIsTexting()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(19, 30), Qt::UTC));
    TempDatabase t;
    QVERIFY(t.ok());
    {
        KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
        Settings settings(&kv, nullptr);
        settings.setValue(SettingKey::BusinessNumbers, QStringList{QStringLiteral("+15125550100")});
        settings.setValue(SettingKey::SetupCompleted, true);
    }
    // The always-on worker (here in this process) holds the sending role.
    ScriptedProvider provider;
    provider.clock = &clock;
    AutomationWorker::Options w;
    w.location = t.location();
    w.connectionName = QStringLiteral("always-on");
    w.holderId = kWorker;
    w.senderLabel = QStringLiteral("office-server");
    w.senderKind = SenderBeat::Kind::Worker;
    w.sharedProvider = &provider;
    w.clock = &clock;
    w.pollIntervalMs = 60'000; // one beat, then quiet for a minute: "last seen 3 s ago" holds still
    auto worker = std::make_unique<AutomationWorker>(w);
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->state().mode == AutomationState::Mode::Live, 30'000);

    auto* session = new app::DesktopSession(t.db(), QStringLiteral("US"), false);
    session->setSenderClock(&clock);
    session->window().resize(1366, 768);
    session->showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
    clock.advanceSecs(3);
    AutomationWorker::Options o;
    o.location = t.location();
    o.connectionName = QStringLiteral("worker");
    o.holderId = kDesk;
    o.senderLabel = QStringLiteral("Front desk");
    o.clock = &clock;
    o.makeProvider = [&clock] {
        auto p = std::make_unique<ScriptedProvider>();
        p->clock = &clock;
        return p;
    };
    session->startAutomation(o);
    ui::WhoIsTextingLabel* who = session->window().automationStatus()->whoIsTexting();
    QTRY_COMPARE_WITH_TIMEOUT(
        who->text(), QStringLiteral("Texting from the always-on worker on office-server (last seen 3 s ago)"),
        30'000);
    QVERIFY(!who->saysNobody());
    QVERIFY(who->isVisible());
    // Settings says the same.
    auto* inSettings =
        session->window().findChild<ui::WhoIsTextingLabel*>(QStringLiteral("settingsWhoIsTexting"));
    QVERIFY(inSettings);
    QTRY_COMPARE_WITH_TIMEOUT(inSettings->text(), who->text(), 10'000);
    const QString folder = qEnvironmentVariable("RINGBACK_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(session->window().statusBar()->grab().save(folder +
                                                           QStringLiteral("/status-worker-texting.png")));

    // The worker hangs (its heartbeat stops, it still holds the role): after the heartbeat's
    // freshness, every desk says nobody is texting.
    worker.reset(); // gone without a clean stop: its lease row and heartbeat stay as they were
    // ... and keeps the role (as a hung process keeps its PostgreSQL lock): no desk takes over.
    ManualClock later(clock.nowUtc().addDays(1));
    QVERIFY(AutomationLease(t.db(), kWorker, later).tryAcquire(30'000).value());
    clock.advanceSecs(120);
    QTRY_COMPARE_WITH_TIMEOUT(who->text(), QStringLiteral("Nobody is texting!"), 30'000);
    QVERIFY(who->saysNobody());
    QVERIFY(who->styleSheet().contains(QStringLiteral("#b02a1e")));
    QTRY_COMPARE_WITH_TIMEOUT(inSettings->text(), who->text(), 10'000); // on its next tick
    if (!folder.isEmpty())
        QVERIFY(session->window().statusBar()->grab().save(folder +
                                                           QStringLiteral("/status-nobody-texting.png")));
    delete session;
}

QTEST_MAIN(TestQuitWarning)
#include "tst_quitwarning.moc"
