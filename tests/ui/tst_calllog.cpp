#include "TempDatabase.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "calls/SetAsideNotice.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"
#include "store/SetAsideStore.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestCallLog)
#include "tst_calllog.moc"
