#include "TempDatabase.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "calls/SetAsideNotice.h"
#include "domain/CallOutcome.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"
#include "store/SetAsideStore.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
Call makeCall(int i, const QDateTime& t)
{
    Call c;
    c.providerCallId = QStringLiteral("CA%1").arg(i);
    c.direction = CallDirection::Inbound;
    c.fromNumber = i % 10 == 0 ? QStringLiteral("anonymous") : QStringLiteral("+1512555%1").arg(1000 + i);
    c.toNumber = QStringLiteral("+15125550100");
    c.status = CallStatus::NoAnswer;
    c.startedAt = t.addSecs(i * 60);
    c.endedAt = c.startedAt.addSecs(25);
    return c;
}
} // namespace

class TestCallLog : public QObject
{
    Q_OBJECT
private slots:
    void pagesAndRefreshes();
    void showsWhatHappened();
    void setAsideRecordsAreShownOnce();
    void colouredByWhatItAsks_data();
    void colouredByWhatItAsks();
    void aCallLeadsToItsConversation();
    void inProgressRowsAreReadAgain();
};

void TestCallLog::pagesAndRefreshes()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QList<Call> calls;
    for (int i = 0; i < 450; ++i)
        calls << makeCall(i, t0);
    QVERIFY(CallStore(t.db()).upsertAll(calls, t0).ok());

    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    QCOMPARE(model.rowCount(), CallLogModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CallLogModel::kPageSize);
    // The tester fetches the rest itself, and checks every change from here on.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QCOMPARE(model.index(0, CallLogModel::CallerColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("+15125551449"));

    QVERIFY(CallStore(t.db()).upsert(makeCall(451, t0), t0).ok());
    model.refresh();
    // The refresh re-reads as many rows as were loaded; the one pushed off the end is one fetch away.
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 451);
    QCOMPARE(model.index(0, CallLogModel::CallerColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("+15125551451"));
}

void TestCallLog::showsWhatHappened()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CallStore calls(t.db());
    const qint64 id = calls.upsert(makeCall(1, t0), t0).value().id;
    QVERIFY(calls.upsert(makeCall(10, t0), t0).ok());
    QVERIFY(calls
                .recordVerdict(id, QStringLiteral("missed"), QStringLiteral("no_answer"),
                               QStringLiteral("texted"), t0)
                .ok());

    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    CallsPage page(&model);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.view()->model()->rowCount(), 2);
    // Row 0 is the newer, withheld caller; row 1 the texted one.
    QCOMPARE(model.index(0, CallLogModel::CallerColumn).data().toString(), QStringLiteral("Withheld number"));
    QCOMPARE(model.index(1, CallLogModel::OutcomeColumn).data().toString(),
             QStringLiteral("Missed call: nobody answered. Texted back"));
    QVERIFY(model.index(1, CallLogModel::CallerColumn)
                .data()
                .toString()
                .contains(QStringLiteral("(512) 555-1001")));
    QCOMPARE(model.index(0, CallLogModel::OutcomeColumn).data().toString(),
             QStringLiteral("Not decided yet"));
}

void TestCallLog::setAsideRecordsAreShownOnce()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    CallsPage page(&model);
    auto* notice = new SetAsideNotice(t.db());
    page.addNotice(notice);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!notice->isVisible()); // nothing set aside: nothing said

    SetAsideRecord noNumber;
    noNumber.kind = RecordKind::Call;
    noNumber.providerId = QStringLiteral("CA2");
    noNumber.reason = SetAsideReason::BadNumber;
    noNumber.field = QStringLiteral("duration");
    noNumber.excerpt = QStringLiteral(R"({"sid":"CA2","duration":"abc"})");
    SetAsideRecord future = noNumber;
    future.providerId = QStringLiteral("CA9");
    future.reason = SetAsideReason::FutureDate;
    future.field = QStringLiteral("end_time");
    SetAsideStore store(t.db());
    QCOMPARE(store.record({noNumber, future}, t0).value().size(), 2);
    // The same records on the next polls: counted, not added.
    for (int poll = 1; poll <= 3; ++poll)
        QVERIFY(store.record({noNumber, future}, t0.addSecs(poll * 5)).value().isEmpty());
    const auto recent = store.recent(RecordKind::Call, 10).value();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first().seenCount, 4);

    notice->refresh();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->textFormat(), Qt::PlainText);
    QVERIFY2(notice->text().startsWith(QLatin1String("2 call record(s) from the provider could not be read")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(SetAsideRecord::reasonText(SetAsideReason::FutureDate)));
    QVERIFY(notice->text().contains(SetAsideRecord::reasonText(SetAsideReason::BadNumber)));
}

// Issue 16, seen 4: every missed call was red, even those texted back. Red now means "call them
// back"; texted back is green, settled ones grey, answered ones plain.
void TestCallLog::colouredByWhatItAsks_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("red");
    QTest::newRow("texted back") << "missed"
                                 << "texted" << int(CallOutcomeKind::TextedBack) << false;
    QTest::newRow("after hours") << "missed"
                                 << "texted_after_hours" << int(CallOutcomeKind::TextedBack) << false;
    QTest::newRow("landline") << "missed"
                              << "cannot_receive_sms" << int(CallOutcomeKind::NeedsCallBack) << true;
    QTest::newRow("undeliverable") << "missed"
                                   << "known_undeliverable" << int(CallOutcomeKind::NeedsCallBack) << true;
    QTest::newRow("missed while offline") << "missed"
                                          << "stale" << int(CallOutcomeKind::NeedsCallBack) << true;
    QTest::newRow("opted out") << "missed"
                               << "opted_out" << int(CallOutcomeKind::NotTexted) << false;
    QTest::newRow("texted recently") << "missed"
                                     << "cooldown" << int(CallOutcomeKind::NotTexted) << false;
    QTest::newRow("held") << "missed"
                          << "held_hourly_cap" << int(CallOutcomeKind::HeldForApproval) << false;
    QTest::newRow("answered") << "answered"
                              << "" << int(CallOutcomeKind::Answered) << false;
}

void TestCallLog::colouredByWhatItAsks()
{
    QFETCH(QString, verdict);
    QFETCH(QString, decision);
    QFETCH(int, kind);
    QFETCH(bool, red);
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CallStore calls(t.db());
    const qint64 id = calls.upsert(makeCall(1, t0), t0).value().id;
    QVERIFY(calls
                .recordVerdict(id, verdict,
                               verdict == QLatin1String("missed") ? QStringLiteral("no_answer") : QString(),
                               decision, t0)
                .ok());
    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    const QModelIndex outcome = model.index(0, CallLogModel::OutcomeColumn);
    QCOMPARE(outcome.data(CallLogModel::OutcomeKindRole).toInt(), kind);
    const QColor colour = outcome.data(Qt::ForegroundRole).value<QColor>();
    const bool isRed =
        colour.isValid() && colour.red() > 2 * colour.green() && colour.red() > 2 * colour.blue();
    QCOMPARE(isRed, red);
    // Red is said in words too, and stands out without colour: bold.
    QCOMPARE(outcome.data(Qt::FontRole).value<QFont>().bold(), red);
}

// Issue 16, seen 4: double-click, Enter and right-click did nothing; a call led nowhere.
void TestCallLog::aCallLeadsToItsConversation()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CallStore calls(t.db());
    QVERIFY(calls.upsert(makeCall(1, t0), t0).ok());
    QVERIFY(calls.upsert(makeCall(10, t0), t0).ok()); // withheld: newest, row 0
    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    CallsPage page(&model);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &CallsPage::conversationRequested);
    QTableView* view = page.view();

    const QRect row1 = view->visualRect(model.index(1, CallLogModel::OutcomeColumn));
    // A double-click as the system sends it: press, release, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row1.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row1.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("+15125551001"));

    view->setFocus();
    view->setCurrentIndex(model.index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("+15125551001"));

    // A withheld caller has no conversation to open, no number to call back or block.
    view->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 0);
    std::unique_ptr<QMenu> withheld(page.menuForRow(0, nullptr));
    for (QAction* action : withheld->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }

    // The context menu: Call back, Open conversation (the default), Block; Block is offered as
    // its undo for a blocked number.
    QSignalSpy blocked(&page, &CallsPage::blockRequested);
    QSignalSpy unblocked(&page, &CallsPage::unblockRequested);
    std::unique_ptr<QMenu> menu(page.menuForRow(1, nullptr));
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("callBack")));
    QCOMPARE(menu->defaultAction()->objectName(), QStringLiteral("openConversation"));
    menu->defaultAction()->trigger();
    QCOMPARE(opened.count(), 1);
    menu->findChild<QAction*>(QStringLiteral("blockNumber"))->trigger();
    QCOMPARE(blocked.count(), 1);
    QCOMPARE(blocked.at(0).at(0).toString(), QStringLiteral("+15125551001"));
    page.setBlockedCheck([](const QString& number) { return number == QLatin1String("+15125551001"); });
    std::unique_ptr<QMenu> again(page.menuForRow(1, nullptr));
    QVERIFY(!again->findChild<QAction*>(QStringLiteral("blockNumber")));
    again->findChild<QAction*>(QStringLiteral("unblockNumber"))->trigger();
    QCOMPARE(unblocked.count(), 1);
}

// Issue 16, seen 4: "In progress" rows went stale; the page reads them again until they end.
void TestCallLog::inProgressRowsAreReadAgain()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Call ringing = makeCall(1, t0);
    ringing.status = CallStatus::Ringing;
    ringing.endedAt = {};
    CallStore calls(t.db());
    QVERIFY(calls.upsert(ringing, t0).ok());
    const PhoneNumberService phone;
    CallLogModel model(t.db(), phone);
    CallsPage page(&model);
    page.setInProgressRefreshMs(50);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(model.index(0, CallLogModel::OutcomeColumn).data().toString(), QStringLiteral("In progress"));
    QVERIFY(model.hasCallsInProgress());

    // The provider's log says it ended, missed; nobody announces it.
    Call ended = makeCall(1, t0);
    QVERIFY(calls.upsert(ended, t0.addSecs(60)).ok());
    QTRY_COMPARE(model.index(0, CallLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Not decided yet"));
    QVERIFY(!model.hasCallsInProgress());
}

QTEST_MAIN(TestCallLog)
#include "tst_calllog.moc"
