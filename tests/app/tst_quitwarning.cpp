// Issue 21, item 3: the last desk warns before it stops. The whole desk (DesktopSession) with its
// worker on a test clock at 17:30 on a Monday (the office, in UTC, is open 8:00-18:00): closing
// the window of the last running sender asks "Nobody will text callers tonight if you quit.";
// with the always-on worker seen 20 s ago, or at 15:00 with hours to go, it does not. On the
// offscreen platform there is no tray, so closing the window is quitting.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationStatusView.h"
#include "automation/QuitGuard.h"
#include "automation/WhoIsTextingLabel.h"
#include "hours/BusinessHoursStore.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "store/SenderHeartbeatStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
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
};

void TestQuitWarning::lastSenderAsksBeforeQuitting_data()
{
    QTest::addColumn<QTime>("at");
    QTest::addColumn<int>("workerSeenSecsAgo"); // -1: no worker
    QTest::addColumn<QString>("answer");        // the button the user presses, if asked
    QTest::addColumn<bool>("asks");
    QTest::addColumn<bool>("quits");

    QTest::newRow("17:30, nobody else: asks; keep it running")
        << QTime(17, 30) << -1 << "keepRunning" << true << false;
    QTest::newRow("17:30, nobody else: asks; quit anyway")
        << QTime(17, 30) << -1 << "quitAnyway" << true << true;
    QTest::newRow("17:30, the worker seen 20 s ago: no question")
        << QTime(17, 30) << 20 << "keepRunning" << false << true;
    QTest::newRow("17:30, the worker last seen 5 min ago: asks")
        << QTime(17, 30) << 300 << "keepRunning" << true << false;
    QTest::newRow("15:00, open for hours yet: no question")
        << QTime(15, 0) << -1 << "keepRunning" << false << true;
    QTest::newRow("21:00, closed: asks") << QTime(21, 0) << -1 << "keepRunning" << true << false;
}

void TestQuitWarning::lastSenderAsksBeforeQuitting()
{
    QFETCH(QTime, at);
    QFETCH(int, workerSeenSecsAgo);
    QFETCH(QString, answer);
    QFETCH(bool, asks);
    QFETCH(bool, quits);

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
    session->quitGuard()->setClock(&clock);
    session->window().automationStatus()->setClock(&clock);
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
    const bool closed = session->window().close();

    QCOMPARE(session->quitGuard()->questionsAsked(), asks ? 1 : 0);
    QCOMPARE(answerer.questions.size(), asks ? 1 : 0);
    if (asks) {
        QCOMPARE(answerer.questions.first(), QStringLiteral("Nobody will text callers tonight if you quit."));
        QCOMPARE(answerer.buttons, 2);
    }
    QCOMPARE(closed, quits);
    if (!quits) {
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

QTEST_MAIN(TestQuitWarning)
#include "tst_quitwarning.moc"
