#include "MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QtTest>

using namespace ringback::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensOnTheInboxWithStatus();
    void navigationSwitchesPages();
};

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
    QVERIFY(data->text().contains(QStringLiteral("/tmp/ringback.sqlite")));

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
