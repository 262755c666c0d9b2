// Texts held over the hourly cap: the status bar says how many wait, and a person sends them or
// decides not to, in one click (issue 16: on a storm day the 31st caller of the hour was never
// texted, and nothing anywhere could approve the held texts).
#include "TempDatabase.h"
#include "calls/HeldTexts.h"
#include "common/Clock.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"
#include "store/OutboxStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

class TestHeldTexts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noticeCountsAndHides();
    void noticeCountsOnTheDeskConnection();
    void sendSelectedThenDeclineTheRest();
    void sendAll();
    void anotherDeskAnsweredFirst();
    void markupInATextIsShownAsText();

private:
    qint64 hold(const QString& to, const QString& body);
    OutboxState stateOf(qint64 id) { return OutboxStore(m_store->db()).byId(id).value()->state; }

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
};

void TestHeldTexts::init()
{
    m_store = std::make_unique<TempDatabase>(QStringLiteral("held"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_clock = std::make_unique<ManualClock>();
}

void TestHeldTexts::cleanup()
{
    m_store.reset();
}

qint64 TestHeldTexts::hold(const QString& to, const QString& body)
{
    const Lead lead = LeadStore(m_store->db()).findOrCreate(to, QString(), m_clock->nowUtc()).value();
    OutboxItem item;
    item.leadId = lead.id;
    item.kind = OutboxKind::TextBack;
    item.toNumber = to;
    item.fromNumber = QStringLiteral("+15125550100");
    item.body = body;
    item.state = OutboxState::Held;
    auto queued = OutboxStore(m_store->db()).enqueue(item, m_clock->nowUtc());
    return queued ? queued->id : 0;
}

void TestHeldTexts::noticeCountsAndHides()
{
    HeldTextsNotice notice(m_store->db(), *m_clock);
    QVERIFY(notice.isHidden());
    hold(QStringLiteral("+15125550147"), QStringLiteral("Sorry we missed your call"));
    hold(QStringLiteral("+15125550148"), QStringLiteral("Sorry we missed your call"));
    notice.refresh();
    QCOMPARE(notice.count(), 2);
    QVERIFY(!notice.isHidden());
    QCOMPARE(notice.text(), QStringLiteral("Texts waiting for your approval: 2"));
}

void TestHeldTexts::noticeCountsOnTheDeskConnection()
{
    // On a shared database the count comes through the desk's own connection thread: the UI
    // thread's connection, closed here, is never asked (a server that stops answering would hold
    // the window there).
    DeskConnection link(m_store->location());
    HeldTextsNotice notice(m_store->db(), *m_clock);
    notice.setDeskConnection(&link);
    QTRY_VERIFY_WITH_TIMEOUT(link.isOpen(), 10'000);
    hold(QStringLiteral("+15125550147"), QStringLiteral("Sorry we missed your call"));
    hold(QStringLiteral("+15125550148"), QStringLiteral("Sorry we missed your call"));
    hold(QStringLiteral("+15125550149"), QStringLiteral("Sorry we missed your call"));
    m_store->db().connection().close();
    notice.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(notice.count(), qint64(3), 10'000);
    QVERIFY(!notice.isHidden());
    QCOMPARE(notice.text(), QStringLiteral("Texts waiting for your approval: 3"));
}

void TestHeldTexts::sendSelectedThenDeclineTheRest()
{
    const qint64 first = hold(QStringLiteral("+15125550147"), QStringLiteral("First"));
    const qint64 second = hold(QStringLiteral("+15125550148"), QStringLiteral("Second"));
    HeldTextsNotice notice(m_store->db(), *m_clock);
    QSignalSpy answered(&notice, &HeldTextsNotice::answered);
    std::unique_ptr<HeldTextsDialog> dialog(notice.openDialog());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCOMPARE(dialog->model()->rowCount(), 2);
    QVERIFY(!dialog->sendSelectedButton()->isEnabled()); // nothing chosen yet

    dialog->view()->selectRow(0);
    QVERIFY(dialog->sendSelectedButton()->isEnabled());
    QTest::mouseClick(dialog->sendSelectedButton(), Qt::LeftButton);
    QCOMPARE(toText(stateOf(first)), toText(OutboxState::Pending)); // goes out with the next run
    QCOMPARE(toText(stateOf(second)), toText(OutboxState::Held));
    QCOMPARE(answered.count(), 1);
    QCOMPARE(notice.count(), 1);
    QCOMPARE(dialog->model()->rowCount(), 1);

    dialog->view()->selectRow(0);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QCOMPARE(toText(stateOf(second)), toText(OutboxState::Cancelled));
    QCOMPARE(notice.count(), 0);
    QVERIFY(notice.isHidden());
    QCOMPARE(dialog->result(), int(QDialog::Accepted)); // nothing left to answer: it closed
}

void TestHeldTexts::sendAll()
{
    const qint64 a = hold(QStringLiteral("+15125550147"), QStringLiteral("A"));
    const qint64 b = hold(QStringLiteral("+15125550148"), QStringLiteral("B"));
    HeldTextsDialog dialog(m_store->db(), *m_clock);
    dialog.show();
    QTest::mouseClick(dialog.sendAllButton(), Qt::LeftButton);
    QCOMPARE(toText(stateOf(a)), toText(OutboxState::Pending));
    QCOMPARE(toText(stateOf(b)), toText(OutboxState::Pending));
    QCOMPARE(OutboxStore(m_store->db()).byId(a).value()->notBefore, m_clock->nowUtc());
}

void TestHeldTexts::anotherDeskAnsweredFirst()
{
    const qint64 a = hold(QStringLiteral("+15125550147"), QStringLiteral("A"));
    HeldTextsDialog dialog(m_store->db(), *m_clock);
    // Meanwhile, another desk declined it: approving here must not bring it back.
    QCOMPARE(OutboxStore(m_store->db()).discardHeld({a}, m_clock->nowUtc()).value(), qint64(1));
    dialog.view()->selectRow(0);
    QTest::mouseClick(dialog.sendSelectedButton(), Qt::LeftButton);
    QCOMPARE(toText(stateOf(a)), toText(OutboxState::Cancelled));
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TestHeldTexts::markupInATextIsShownAsText()
{
    const QString body = QStringLiteral("<b>x</b> <a href=\"https://x\">y</a>");
    hold(QStringLiteral("+15125550147"), body);
    HeldTextsModel model(m_store->db(), *m_clock);
    QCOMPARE(model.index(0, HeldTextsModel::Text).data().toString(), body); // a view shows it as is
    const QString tip = model.index(0, HeldTextsModel::Text).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;x&lt;/b&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QLatin1String("<b>")));
}

QTEST_MAIN(TestHeldTexts)
#include "tst_heldtexts.moc"
