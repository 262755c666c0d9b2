#include "MainWindow.h"
#include "TempDatabase.h"
#include "automation/AutoTextBackSwitch.h"
#include "automation/AutomationStatusView.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/ElidedLabel.h"
#include "common/LanguageLoader.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using namespace ringback;
using namespace ringback::ui;

Q_DECLARE_METATYPE(ringback::AutomationState::Mode)

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnTheInboxWithStatus();
    void navigationSwitchesPages();
    void ctrlNumberOpensTheNthSection_data();
    void ctrlNumberOpensTheNthSection();
    void statusBarSaysStateInWords_data();
    void statusBarSaysStateInWords();
    void lastCheckKeepsCounting();
    void statusDetailGivesWayWhenTheBarIsFull();
    void pauseSwitchPersistsAndIsAnnounced();
    void pauseIsOfferedOnlyWhenThereIsTextingToPause();
};

void TestMainWindow::initTestCase()
{
    // English as the app installs it, plural forms included ("1 text", "2 texts").
    QCOMPARE(ui::LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestMainWindow::opensOnTheInboxWithStatus()
{
    MainWindow w(QStringLiteral("/tmp/ringback.sqlite"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->currentItem()->text(), QStringLiteral("Inbox"));
    auto* empty = w.findChild<QLabel*>(QStringLiteral("inboxEmptyTitle"));
    QVERIFY(empty && empty->isVisible());

    auto* state = w.findChild<QLabel*>(QStringLiteral("automationState"));
    QVERIFY(state && state->isVisible());
    QVERIFY(state->text().contains(QStringLiteral("off")));
    auto* data = w.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    // The file's name, the whole path in the tooltip: a long data-folder path cut the automation's
    // sentence short at 1366x768 (issue 15, seen 7).
    QCOMPARE(data->text(), QStringLiteral("Data: ringback.sqlite"));
    QVERIFY(data->toolTip().contains(QStringLiteral("/tmp/ringback.sqlite")));

    w.setAutomationState(QStringLiteral("Auto text-back is live"));
    QCOMPARE(state->text(), QStringLiteral("Auto text-back is live"));
}

void TestMainWindow::navigationSwitchesPages()
{
    MainWindow w(QStringLiteral("db"));
    auto* settingsPage = new QLabel(QStringLiteral("settings page"));
    w.addSection(QStringLiteral("Settings"), settingsPage);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), 2);

    const QRect second = nav->visualItemRect(nav->item(1));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(nav->currentRow(), 1);
    QVERIFY(settingsPage->isVisible());
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(nav->currentRow(), 0);
    QVERIFY(!settingsPage->isVisible());
}

void TestMainWindow::ctrlNumberOpensTheNthSection_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("row");
    QTest::newRow("Ctrl+2: second") << int(Qt::Key_2) << 1;
    QTest::newRow("Ctrl+3: a section added later") << int(Qt::Key_3) << 2;
    QTest::newRow("Ctrl+1: back to the inbox") << int(Qt::Key_1) << 0;
}

void TestMainWindow::ctrlNumberOpensTheNthSection()
{
    QFETCH(int, key);
    QFETCH(int, row);
    MainWindow w(QStringLiteral("db"));
    w.addSection(QStringLiteral("Calls"), new QLabel(QStringLiteral("calls")));
    w.addSection(QStringLiteral("Settings"), new QLabel(QStringLiteral("settings")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    nav->setCurrentRow(row == 0 ? 2 : 0);
    QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(nav->currentRow(), row);
    QVERIFY(nav->item(row)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(row + 1)));
}

void TestMainWindow::statusBarSaysStateInWords_data()
{
    QTest::addColumn<AutomationState::Mode>("mode");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("registrationError");
    QTest::newRow("live") << AutomationState::Mode::Live << "Live"
                          << "Auto text-back is live."
                          << "Pause auto text-back" << 0;
    // Issue 19: texts failing 30034 are said once here, in the readiness check's words.
    QTest::newRow("live, number not registered")
        << AutomationState::Mode::Live << "Live"
        << "Auto text-back is live. Texts to US numbers are failing: Not registered: US carriers block these "
           "texts; register in the Twilio console "
           "(https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)"
        << "Pause auto text-back" << 30034;
    QTest::newRow("paused") << AutomationState::Mode::Paused << "Paused"
                            << "Auto text-back is paused: missed callers are not being texted."
                            << "Resume auto text-back" << 0;
    QTest::newRow("offline") << AutomationState::Mode::Offline << "Offline"
                             << "Auto text-back is offline: No internet connection. Retrying."
                             << "Pause auto text-back" << 30034; // only while texting: not here
}

void TestMainWindow::statusBarSaysStateInWords()
{
    QFETCH(AutomationState::Mode, mode);
    QFETCH(QString, word);
    QFETCH(QString, sentence);
    QFETCH(QString, button);
    QFETCH(int, registrationError);
    MainWindow w(QStringLiteral("db"));
    ManualClock clock;
    w.automationStatus()->setClock(&clock);
    AutomationState state;
    state.mode = mode;
    state.detail = QStringLiteral("No internet connection.");
    state.lastPollAt = clock.nowUtc().addSecs(-12);
    state.queuedTexts = 2;
    state.registrationError = registrationError;
    w.automationStatus()->setState(state);
    w.show();
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("automationMode"))->text(), word);
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("automationState"))->text(), sentence);
    // Cut at 1366 pixels in French (issue 15, seen 7): the whole sentence is on hover.
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("automationState"))->toolTip().contains(sentence));
    QCOMPARE(w.findChild<ElidedLabel*>(QStringLiteral("automationDetail"))->fullText(),
             QStringLiteral("Checked 12 s ago · 2 texts queued"));
    auto* pause = w.findChild<QToolButton*>(QStringLiteral("pauseAutoTextBack"));
    QVERIFY(pause->isVisible());
    QCOMPARE(pause->text(), button);
    QCOMPARE(pause->accessibleName(), button);
}

void TestMainWindow::lastCheckKeepsCounting()
{
    AutomationStatusView view;
    ManualClock clock;
    view.setClock(&clock);
    AutomationState state;
    state.mode = AutomationState::Mode::Live;
    state.lastPollAt = clock.nowUtc();
    view.setState(state);
    auto* detail = view.findChild<ElidedLabel*>(QStringLiteral("automationDetail"));
    QCOMPARE(detail->fullText(), QStringLiteral("Checked 0 s ago · 0 texts queued"));
    clock.advanceSecs(95);
    QTRY_COMPARE(detail->fullText(), QStringLiteral("Checked 1 min ago · 0 texts queued"));
}

// Seen at 1366 px with texts held for approval: the status bar's detail ran under "This PC is
// texting", cut mid-word ("9,077 requests to the provider pe"). It now ends with "…" where room
// runs out, whole on hover, and is whole again when there is room.
void TestMainWindow::statusDetailGivesWayWhenTheBarIsFull()
{
    AutomationStatusView view;
    ManualClock clock;
    view.setClock(&clock);
    AutomationState state;
    state.mode = AutomationState::Mode::Live;
    state.lastPollAt = clock.nowUtc();
    state.queuedTexts = 3;
    state.liveCalls = 2;
    state.requestsPerHour = 9077;
    view.setState(state);
    auto* detail = view.findChild<ElidedLabel*>(QStringLiteral("automationDetail"));
    const QString whole = detail->fullText();
    QVERIFY(whole.endsWith(QStringLiteral("9,077 requests to the provider per hour")));
    view.resize(520, view.sizeHint().height());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* who = view.findChild<QWidget*>(QStringLiteral("whoIsTexting"));
    QTRY_VERIFY(detail->text().endsWith(QStringLiteral("…")));
    QVERIFY(detail->fontMetrics().horizontalAdvance(detail->text()) <= detail->contentsRect().width());
    if (who && who->isVisible())
        QVERIFY(detail->geometry().right() < who->geometry().left());
    QCOMPARE(detail->toolTip(), whole);
    view.resize(1600, view.height());
    QTRY_COMPARE(detail->text(), whole);
    QVERIFY(detail->toolTip().isEmpty());
}

void TestMainWindow::pauseSwitchPersistsAndIsAnnounced()
{
    test::TempDatabase t;
    {
        AutomationStatusView view;
        AutoTextBackSwitch autoTextBack(t.db(), &view);
        QSignalSpy changed(&autoTextBack, &AutoTextBackSwitch::changed);
        auto* pause = view.findChild<QToolButton*>(QStringLiteral("pauseAutoTextBack"));
        QCOMPARE(pause->text(), QStringLiteral("Pause auto text-back"));
        view.show();
        // Issue 16, seen 6: one click stopped texting at every desk without a question.
        Confirmation::setNextAnswer(false);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(pause->text(), QStringLiteral("Pause auto text-back"));
        QVERIFY(!view.isPaused());
        Confirmation::setNextAnswer(true);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        QCOMPARE(pause->text(), QStringLiteral("Resume auto text-back"));
        QVERIFY(view.stateText().contains(QStringLiteral("paused")));
        KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
        QVERIFY(!Settings(&kv, nullptr).boolValue(SettingKey::AutoTextBackEnabled));
    }
    // The next start (or another desk) finds it paused.
    AutomationStatusView view;
    AutoTextBackSwitch autoTextBack(t.db(), &view);
    QVERIFY(view.isPaused());
    auto* pause = view.findChild<QToolButton*>(QStringLiteral("pauseAutoTextBack"));
    QCOMPARE(pause->text(), QStringLiteral("Resume auto text-back"));
    QTest::mouseClick(pause, Qt::LeftButton); // resuming asks nothing
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QVERIFY(Settings(&kv, nullptr).boolValue(SettingKey::AutoTextBackEnabled));
}

// Issue 16, seen 6: "Pause auto text-back" showed while texting was already off.
void TestMainWindow::pauseIsOfferedOnlyWhenThereIsTextingToPause()
{
    AutomationStatusView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* pause = view.findChild<QToolButton*>(QStringLiteral("pauseAutoTextBack"));
    view.setMessage(QStringLiteral("Auto text-back is off: no phone provider is connected yet."));
    QVERIFY(!pause->isVisible());
    AutomationState state;
    state.mode = AutomationState::Mode::Live;
    view.setState(state);
    QVERIFY(pause->isVisible());
    QCOMPARE(pause->text(), QStringLiteral("Pause auto text-back"));
    state.mode = AutomationState::Mode::Stopped;
    view.setState(state);
    QVERIFY(!pause->isVisible());
    // Paused, it always offers to resume, whatever else is wrong.
    view.setPaused(true);
    QVERIFY(pause->isVisible());
    QCOMPARE(pause->text(), QStringLiteral("Resume auto text-back"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
