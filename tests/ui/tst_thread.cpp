#include "ConversationFixture.h"
#include "conversation/LeadTimelineModel.h"
#include "conversation/ThreadModel.h"
#include "store/CallStore.h"
#include "store/ThreadStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QString kDana = QStringLiteral("+15125550147");

QStringList bodies(const ThreadModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(ThreadModel::BodyRole).toString();
    return out;
}

QString clockTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}
} // namespace

class TestThread : public QObject
{
    Q_OBJECT
private slots:
    void mergesTextsAndEventsOldestFirst();
    void opensAtTheNewestPageAndLoadsOlderOnes();
    void pagesDoNotSplitRowsAtTheSameMoment();
    void refreshUpdatesInPlaceAndAppends();
    void statusLine_data();
    void statusLine();
    void missedCallLine_data();
    void missedCallLine();
    void cardHistoryIsNewestFirstAndPaged();
    void anOptOutShowsAfterTheTextThatAskedForIt();
    void cancelledTextBackSaysWhatCancelledIt_data();
    void cancelledTextBackSaysWhatCancelledIt();
};

void TestThread::mergesTextsAndEventsOldestFirst()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const Lead other = f.lead(QStringLiteral("+15125550148"));
    f.missedCall(dana, 0, 4);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Water heater is leaking"), 120);
    f.text(other, MessageDirection::Inbound, QStringLiteral("Not Dana's"), 130);
    f.decision(dana, TimelineKind::NotTexted,
               QStringLiteral("Not texted: this caller was already texted recently"), 600);
    f.decision(dana, TimelineKind::Texted, QStringLiteral("Texted back"), 601); // shown on the bubble only
    f.text(dana, MessageDirection::Outbound, QStringLiteral("On our way"), 900);
    // A later missed call the policy did not text: one line says both.
    const qint64 landlineCall = f.missedCall(dana, 1000);
    f.decision(dana, TimelineKind::NotTexted,
               QStringLiteral("Not texted: a landline cannot receive texts, call them back"), 1001,
               landlineCall);

    ThreadModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(dana.id);
    QCOMPARE(bodies(model),
             (QStringList{QStringLiteral("Missed call %1 – texted %2")
                              .arg(ThreadModel::timeText(kT0), clockTime(kT0.addSecs(4))),
                          QStringLiteral("Sorry we missed your call! How can we help?"),
                          QStringLiteral("Water heater is leaking"),
                          QStringLiteral("Not texted: this caller was already texted recently"),
                          QStringLiteral("On our way"),
                          QStringLiteral(
                              "Missed call %1 – Not texted: a landline cannot receive texts, call them back")
                              .arg(ThreadModel::timeText(kT0.addSecs(1000)))}));
    QCOMPARE(model.index(0).data(ThreadModel::EntryKindRole).value<ThreadModel::EntryKind>(),
             ThreadModel::EntryKind::Event);
    QVERIFY(model.index(1).data(ThreadModel::OutgoingRole).toBool());
    QVERIFY(model.index(1).data(ThreadModel::AutomatedRole).toBool());
    QVERIFY(!model.index(2).data(ThreadModel::OutgoingRole).toBool());
    QVERIFY(!model.index(4).data(ThreadModel::AutomatedRole).toBool());
    QVERIFY(!model.hasOlder());
}

void TestThread::opensAtTheNewestPageAndLoadsOlderOnes()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const int total = 2 * ThreadModel::kPageSize + 30;
    for (int i = 0; i < total; ++i)
        f.text(dana, i % 2 ? MessageDirection::Outbound : MessageDirection::Inbound,
               QStringLiteral("text %1").arg(i), i * 10);

    ThreadModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(dana.id);
    QCOMPARE(model.rowCount(), ThreadModel::kPageSize);
    QCOMPARE(model.index(model.rowCount() - 1).data(ThreadModel::BodyRole).toString(),
             QStringLiteral("text %1").arg(total - 1));
    QVERIFY(model.hasOlder());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.loadOlder(), ThreadModel::kPageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
    QCOMPARE(model.loadOlder(), 30);
    QVERIFY(!model.hasOlder());
    QCOMPARE(model.loadOlder(), 0);
    const QStringList all = bodies(model);
    QCOMPARE(all.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(all.at(i), QStringLiteral("text %1").arg(i));
}

void TestThread::pagesDoNotSplitRowsAtTheSameMoment()
{
    // Texts and events sharing one millisecond across page boundaries: each shows exactly once.
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    int expected = 0;
    for (int i = 0; i < 50; ++i) {
        f.text(dana, MessageDirection::Inbound, QStringLiteral("t%1a").arg(i), i);
        f.text(dana, MessageDirection::Inbound, QStringLiteral("t%1b").arg(i), i);
        f.decision(dana, TimelineKind::NotTexted, QStringLiteral("e%1").arg(i), i);
        expected += 3;
    }
    ThreadModel model(f.db());
    model.setLead(dana.id);
    while (model.loadOlder() > 0) {
    }
    const QStringList all = bodies(model);
    QCOMPARE(all.size(), expected);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), expected);
    QCOMPARE(all.first(), QStringLiteral("e0")); // events first within a moment
    QCOMPARE(all.last(), QStringLiteral("t49b"));
}

void TestThread::refreshUpdatesInPlaceAndAppends()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hello?"), 10);
    OutboxItem reply;
    reply.leadId = dana.id;
    reply.kind = OutboxKind::Reply;
    reply.toNumber = dana.e164;
    reply.fromNumber = kBusinessNumber;
    reply.body = QStringLiteral("Hi Dana");
    const auto queued = enqueueText(f.db(), reply, false, kT0.addSecs(20)).value();

    ThreadModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(dana.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(ThreadModel::MetaRole).toString(), QStringLiteral("Queued"));

    const qint64 messageId = OutboxStore(f.db()).byId(queued.id).value()->messageId.value();
    QVERIFY(MessageStore(f.db()).attachProviderId(messageId, QStringLiteral("SMx"), MessageStatus::Sent,
                                                  kT0.addSecs(25)));
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Thanks"), 30);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(1).data(ThreadModel::MetaRole).toString().startsWith(QStringLiteral("Sent ")));
    QCOMPARE(model.index(2).data(ThreadModel::BodyRole).toString(), QStringLiteral("Thanks"));
}

void TestThread::statusLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorCode"); // 0: none
    QTest::addColumn<QString>("providerMessage");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<bool>("failed");
    const auto s = [](MessageStatus st) {
        return int(st);
    };
    QTest::newRow("queued") << s(MessageStatus::Queued) << 0 << QString() << QStringLiteral("Queued")
                            << false;
    QTest::newRow("sending") << s(MessageStatus::Sending) << 0 << QString() << QStringLiteral("Sending")
                             << false;
    QTest::newRow("accepted is sending")
        << s(MessageStatus::Accepted) << 0 << QString() << QStringLiteral("Sending") << false;
    QTest::newRow("sent") << s(MessageStatus::Sent) << 0 << QString() << QStringLiteral("Sent ") << false;
    QTest::newRow("delivered") << s(MessageStatus::Delivered) << 0 << QString()
                               << QStringLiteral("Delivered ") << false;
    QTest::newRow("landline 30006")
        << s(MessageStatus::Undelivered) << 30006 << QStringLiteral("Landline or unreachable carrier")
        << QStringLiteral("Not delivered: The number is a landline or its carrier cannot take texts.")
        << true;
    QTest::newRow("opted out at the carrier 21610")
        << s(MessageStatus::Failed) << 21610 << QString()
        << QStringLiteral("Not delivered: This person has opted out of texts from your number") << true;
    QTest::newRow("unknown code keeps the provider's words")
        << s(MessageStatus::Failed) << 39999 << QStringLiteral("Carrier rejected the content")
        << QStringLiteral("Not delivered: Carrier rejected the content") << true;
    QTest::newRow("no code, no words")
        << s(MessageStatus::Failed) << 0 << QString()
        << QStringLiteral("Not delivered: The provider gave no reason.") << true;
}

void TestThread::statusLine()
{
    QFETCH(int, status);
    QFETCH(int, errorCode);
    QFETCH(QString, providerMessage);
    QFETCH(QString, expectedStart);
    QFETCH(bool, failed);
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Outbound, QStringLiteral("Can we come at 9?"), 10, false,
           MessageStatus(status), errorCode ? std::optional<int>(errorCode) : std::nullopt, providerMessage);
    ThreadModel model(f.db());
    model.setLead(dana.id);
    QCOMPARE(model.rowCount(), 1);
    const QString meta = model.index(0).data(ThreadModel::MetaRole).toString();
    QVERIFY2(meta.startsWith(expectedStart), qPrintable(meta));
    QCOMPARE(model.index(0).data(ThreadModel::FailedRole).toBool(), failed);
}

void TestThread::missedCallLine_data()
{
    QTest::addColumn<int>("state");  // -1: no text-back
    QTest::addColumn<int>("reason"); // ThreadEvent::CancelReason
    QTest::addColumn<QString>("expectedSuffix");
    using R = ThreadEvent::CancelReason;
    QTest::newRow("no text-back") << -1 << int(R::Unknown) << QString();
    QTest::newRow("queued") << int(OutboxState::Pending) << int(R::Unknown)
                            << QStringLiteral(" – text-back queued");
    QTest::newRow("held") << int(OutboxState::Held) << int(R::Unknown)
                          << QStringLiteral(" – text-back waiting for approval");
    QTest::newRow("cancelled by a call")
        << int(OutboxState::Cancelled) << int(R::ReachedByPhone)
        << QStringLiteral(" – text-back cancelled, they were reached by phone");
    QTest::newRow("cancelled by a text") << int(OutboxState::Cancelled) << int(R::TextReply)
                                         << QStringLiteral(" – text-back cancelled, they texted back");
    QTest::newRow("cancelled, no reason found")
        << int(OutboxState::Cancelled) << int(R::Unknown) << QStringLiteral(" – text-back cancelled");
    QTest::newRow("failed") << int(OutboxState::Failed) << int(R::Unknown)
                            << QStringLiteral(" – text-back not delivered");
}

void TestThread::missedCallLine()
{
    QFETCH(int, state);
    QFETCH(int, reason);
    QFETCH(QString, expectedSuffix);
    ThreadEvent e;
    e.cancelReason = ThreadEvent::CancelReason(reason);
    e.kind = TimelineKind::CallMissed;
    e.callEndedAt = kT0;
    e.occurredAt = kT0;
    if (state >= 0)
        e.textBackState = OutboxState(state);
    QCOMPARE(ThreadModel::eventText(e),
             QStringLiteral("Missed call %1").arg(ThreadModel::timeText(kT0)) + expectedSuffix);
}

void TestThread::cardHistoryIsNewestFirstAndPaged()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const int total = 2 * LeadTimelineModel::kPageSize + 50;
    for (int i = 0; i < total; ++i)
        f.decision(dana, TimelineKind::Note, QStringLiteral("event %1").arg(i), i);
    LeadTimelineModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(dana.id);
    QCOMPARE(model.rowCount(), LeadTimelineModel::kPageSize);
    QCOMPARE(model.index(0).data(LeadTimelineModel::DetailRole).toString(),
             QStringLiteral("event %1").arg(total - 1));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.index(total - 1).data(LeadTimelineModel::DetailRole).toString(),
             QStringLiteral("event 0"));
    QCOMPARE(
        model.index(0).data().toString(),
        QStringLiteral("%1 — event %2").arg(ThreadModel::timeText(kT0.addSecs(total - 1))).arg(total - 1));
}

void TestThread::anOptOutShowsAfterTheTextThatAskedForIt()
{
    // Recorded as the ingestor does: the event carries the text's id and time.
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Outbound, QStringLiteral("Any update?"), 10);
    const qint64 stop = f.text(dana, MessageDirection::Inbound, QStringLiteral("STOP"), 20);
    TimelineEvent optedOut;
    optedOut.leadId = dana.id;
    optedOut.kind = TimelineKind::OptedOut;
    optedOut.code = QStringLiteral("keyword");
    optedOut.params = {{QStringLiteral("keyword"), QStringLiteral("STOP")}};
    optedOut.messageId = stop;
    optedOut.occurredAt = kT0.addSecs(20);
    QVERIFY(TimelineStore(f.db()).append(optedOut));
    ThreadModel model(f.db());
    model.setLead(dana.id);
    QCOMPARE(bodies(model), (QStringList{QStringLiteral("Any update?"), QStringLiteral("STOP"),
                                         QStringLiteral("Opted out of texts (replied STOP)")}));
    // A page boundary between the two keeps that order.
    ThreadStore store(f.db());
    const QList<ThreadEntry> newest = store.olderPage(dana.id, std::nullopt, 1).value();
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.first().kind, ThreadEntry::Kind::Event);
    const QList<ThreadEntry> before = store.olderPage(dana.id, ThreadCursor::of(newest.first()), 1).value();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().message.body, QStringLiteral("STOP"));
}

void TestThread::cancelledTextBackSaysWhatCancelledIt_data()
{
    // A text-back waiting in its grace delay is cancelled by a text from the caller or by a call
    // that reached them; the thread says which (it used to say "reached by phone" for both).
    QTest::addColumn<QString>("cancelledBy");
    QTest::addColumn<QString>("expectedSuffix");
    QTest::newRow("a text reply") << QStringLiteral("text")
                                  << QStringLiteral(" – text-back cancelled, they texted back");
    QTest::newRow("a call back") << QStringLiteral("call")
                                 << QStringLiteral(" – text-back cancelled, they were reached by phone");
}

void TestThread::cancelledTextBackSaysWhatCancelledIt()
{
    QFETCH(QString, cancelledBy);
    QFETCH(QString, expectedSuffix);
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const qint64 callId = f.missedCall(dana, 10);
    OutboxItem item;
    item.callId = callId;
    item.leadId = dana.id;
    item.kind = OutboxKind::TextBack;
    item.toNumber = dana.e164;
    item.fromNumber = kBusinessNumber;
    item.body = QStringLiteral("Sorry we missed your call! How can we help?");
    QVERIFY(enqueueText(f.db(), item, true, kT0.addSecs(10)).ok()); // waiting in its grace delay
    if (cancelledBy == QLatin1String("text")) {
        // As the message ingestor does when they write back.
        f.text(dana, MessageDirection::Inbound, QStringLiteral("Call me back please"), 40);
        QVERIFY(
            OutboxStore(f.db()).cancelPendingAutomaticTextsTo(dana.e164, kT0.addSecs(41), kT0.addSecs(40)));
    } else {
        // As the missed-call processor does when someone at the office calls them back.
        Call back;
        back.providerCallId = QStringLiteral("CAback");
        back.direction = CallDirection::OutboundDial;
        back.fromNumber = kBusinessNumber;
        back.toNumber = dana.e164;
        back.status = CallStatus::Completed;
        back.startedAt = kT0.addSecs(30);
        back.endedAt = kT0.addSecs(90);
        QVERIFY(CallStore(f.db()).upsert(back, back.endedAt).ok());
        QVERIFY(
            OutboxStore(f.db()).cancelPendingAutomaticTextsTo(dana.e164, kT0.addSecs(91), back.startedAt));
    }
    QCOMPARE(OutboxStore(f.db()).countInState(OutboxState::Cancelled).value(), qint64(1));

    ThreadModel model(f.db());
    model.setLead(dana.id);
    const QString missed = QStringLiteral("Missed call %1").arg(ThreadModel::timeText(kT0.addSecs(10)));
    QString line;
    for (const QString& body : bodies(model)) {
        if (body.startsWith(missed))
            line = body;
    }
    QCOMPARE(line, missed + expectedSuffix);
}

QTEST_GUILESS_MAIN(TestThread)
#include "tst_thread.moc"
