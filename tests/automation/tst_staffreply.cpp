// Staff replies: from which number, when they are refused, and Send later (issue 19): a reply
// scheduled for a moment waits in the outbox, can be edited or cancelled until it is claimed, is
// not sent to someone who opted out meanwhile, is not held by Pause, and goes once from the desk
// that holds the automation lease. Run on SQLite and, as tst_staffreply_postgres, on PostgreSQL.
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationLease.h"
#include "automation/MessageIngestor.h"
#include "automation/OptOutIntent.h"
#include "automation/OutboxSender.h"
#include "automation/StaffReply.h"
#include "common/Clock.h"
#include "domain/FactWording.h"
#include "phone/PhoneNumberService.h"
#include "store/BlockListStore.h"
#include "store/CallStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/ScheduledTextStore.h"
#include "store/StoreNotifications.h"
#include "store/ThreadStore.h"
#include "store/TimelineStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QDateTime t0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
const QString kCaller = QStringLiteral("+15125550147");
const QString kMainLine = QStringLiteral("+15125550100");
const QString kSecondLine = QStringLiteral("+15125550199");

void call(Database& db, const QString& to, int minutes)
{
    Call c;
    c.providerCallId = QStringLiteral("CA%1").arg(minutes);
    c.direction = CallDirection::Inbound;
    c.fromNumber = kCaller;
    c.toNumber = to;
    c.status = CallStatus::NoAnswer;
    c.startedAt = t0.addSecs(minutes * 60);
    c.endedAt = c.startedAt.addSecs(20);
    QVERIFY(CallStore(db).upsert(c, c.endedAt).ok());
}

void text(Database& db, const Lead& lead, MessageDirection dir, const QString& business, int minutes)
{
    Message m;
    m.providerMessageId = QStringLiteral("SM%1").arg(minutes);
    m.leadId = lead.id;
    m.direction = dir;
    m.fromNumber = dir == MessageDirection::Inbound ? kCaller : business;
    m.toNumber = dir == MessageDirection::Inbound ? business : kCaller;
    m.body = QStringLiteral("hello");
    m.status = MessageStatus::Delivered;
    m.createdAt = t0.addSecs(minutes * 60);
    QVERIFY(MessageStore(db).upsertFromProvider(m, m.createdAt).ok());
}

// One desk's sender, as the worker runs it: a run only while this desk holds the automation lease.
struct Desk
{
    Desk(Database& db, ScriptedProvider& provider, const Clock& clock, const QString& name)
        : lease(db, name, clock)
        , sender(db, provider, clock, name)
    {}

    // One worker cycle: true when this desk held the lease and its sender ran to the end.
    bool cycle()
    {
        auto held = lease.tryAcquire(30'000);
        if (!held || !held.value())
            return false;
        QSignalSpy finished(&sender, &OutboxSender::finished);
        sender.run();
        return finished.count() > 0 || finished.wait(30'000); // at once, unless the machine is loaded
    }

    AutomationLease lease;
    OutboxSender sender;
};

// The conversation's scheduled texts as the thread reads them (ThreadStore): body -> moment.
QMap<QString, QDateTime> scheduledInThread(Database& db, qint64 leadId)
{
    QMap<QString, QDateTime> out;
    const auto page = ThreadStore(db).olderPage(leadId, std::nullopt, 50);
    for (const ThreadEntry& e : page.value()) {
        if (e.kind == ThreadEntry::Kind::Message && e.message.scheduledFor.isValid())
            out.insert(e.message.body, e.message.scheduledFor);
    }
    return out;
}

// A lead who called the main line at t0, and a reply to them scheduled for t0 + 10 h.
struct Scheduled
{
    explicit Scheduled(TempDatabase& t)
        : db(t.db())
        , clock(t0.addSecs(60))
        , lead(LeadStore(db).findOrCreate(kCaller, QString(), t0).value())
    {
        call(db, kMainLine, 0);
        provider.clock = &clock;
        auto queued = StaffReply(db, phone).queue(lead, QStringLiteral("We can come at 9, does that work?"),
                                                  {}, clock.nowUtc(), QStringLiteral("Maria"), at);
        if (queued)
            id = queued->id;
    }

    OutboxItem item() { return OutboxStore(db).byId(id).value().value(); }
    std::optional<Message> shown()
    {
        const OutboxItem o = item();
        return o.messageId ? MessageStore(db).byId(*o.messageId).value() : std::nullopt;
    }

    Database& db;
    ManualClock clock;
    const QDateTime at = t0.addSecs(10 * 3600);
    PhoneNumberService phone;
    ScriptedProvider provider;
    Lead lead;
    qint64 id = 0;
};
} // namespace

class TestStaffReply : public QObject
{
    Q_OBJECT
private slots:
    void repliesFromTheNumberTheCallerLastUsed_data();
    void repliesFromTheNumberTheCallerLastUsed();
    void queuesAReplyShownAsQueued();
    void refusesWhenTheCallerCannotBeTexted_data();
    void refusesWhenTheCallerCannotBeTexted();

    // Send later (issue 19).
    void scheduledReplyWaitsForItsMoment();
    void editChangesTheWordsAndTheMoment();
    void cancelKeepsTheRowAndTakesTheBubbleAway();
    void editAndCancelAreRefusedOnceClaimed_data();
    void editAndCancelAreRefusedOnceClaimed();
    void optedOutBeforeTheMomentIsNotTexted_data();
    void optedOutBeforeTheMomentIsNotTexted();
    void pauseDoesNotHoldAScheduledReply();
    void twoDesksOneSchedulesTheLeaseHolderSendsOnce();
};

void TestStaffReply::repliesFromTheNumberTheCallerLastUsed_data()
{
    QTest::addColumn<bool>("callFirst"); // the call came before the text
    QTest::addColumn<QStringList>("fallback");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("withHistory");
    QTest::newRow("texted the main line after calling the second")
        << true << QStringList() << kMainLine << true;
    QTest::newRow("called the second line after texting the main")
        << false << QStringList() << kSecondLine << true;
    QTest::newRow("no history: the watched number from Settings")
        << true << QStringList{QString(), QStringLiteral("+15125550111")} << QStringLiteral("+15125550111")
        << false;
    QTest::newRow("no history, no setting: unknown") << true << QStringList() << QString() << false;
}

void TestStaffReply::repliesFromTheNumberTheCallerLastUsed()
{
    QFETCH(bool, callFirst);
    QFETCH(QStringList, fallback);
    QFETCH(QString, expected);
    QFETCH(bool, withHistory);
    TempDatabase t;
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QString(), t0).value();
    if (withHistory) {
        call(t.db(), kSecondLine, callFirst ? 1 : 5);
        text(t.db(), lead, MessageDirection::Inbound, kMainLine, callFirst ? 5 : 1);
    }
    auto from = StaffReply(t.db(), phone).fromNumberFor(lead, fallback);
    QVERIFY(from.ok());
    QCOMPARE(from.value(), expected);
}

void TestStaffReply::queuesAReplyShownAsQueued()
{
    TempDatabase t;
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QString(), t0).value();
    call(t.db(), kSecondLine, 1);
    auto queued = StaffReply(t.db(), phone).queue(lead, QStringLiteral("On our way"), {}, t0.addSecs(600));
    QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
    const OutboxItem item = OutboxStore(t.db()).byId(queued->id).value().value();
    QCOMPARE(item.kind, OutboxKind::Reply);
    QCOMPARE(item.state, OutboxState::Pending);
    QCOMPARE(item.fromNumber, kSecondLine);
    QCOMPARE(item.toNumber, kCaller);
    QVERIFY(item.messageId);
    const Message shown = MessageStore(t.db()).byId(*item.messageId).value().value();
    QCOMPARE(shown.status, MessageStatus::Queued);
    QVERIFY(!shown.automated);
    QCOMPARE(shown.body, QStringLiteral("On our way"));
}

void TestStaffReply::refusesWhenTheCallerCannotBeTexted_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("block");
    QTest::newRow("opted out") << kCaller << int(TextingBlock::OptedOut);
    QTest::newRow("blocked") << kCaller << int(TextingBlock::Blocked);
    QTest::newRow("carrier said undeliverable") << kCaller << int(TextingBlock::CannotReceiveTexts);
    QTest::newRow("UK landline") << QStringLiteral("+442079460000") << int(TextingBlock::CannotReceiveTexts);
    QTest::newRow("US number that can") << kCaller << int(TextingBlock::None);
}

void TestStaffReply::refusesWhenTheCallerCannotBeTexted()
{
    QFETCH(QString, number);
    QFETCH(int, block);
    TempDatabase t;
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(number, QString(), t0).value();
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "opted out")
        QVERIFY(OptOutStore(t.db()).optOut({number, QStringLiteral("keyword"), QStringLiteral("STOP"), t0}));
    else if (tag == "blocked")
        QVERIFY(BlockListStore(t.db()).add(number, BlockListStore::Kind::Blocked, QString(), t0));
    else if (tag == "carrier said undeliverable")
        QVERIFY(BlockListStore(t.db()).add(number, BlockListStore::Kind::CannotText, QString(), t0));

    StaffReply reply(t.db(), phone);
    QCOMPARE(int(reply.blockFor(number).value()), block);
    auto queued = reply.queue(lead, QStringLiteral("Hi"), {kMainLine}, t0);
    QCOMPARE(queued.ok(), block == int(TextingBlock::None));
    if (!queued.ok())
        QCOMPARE(queued.error().message, StaffReply::explain(TextingBlock(block)));
    QCOMPARE(OutboxStore(t.db()).countInState(OutboxState::Pending).value(), queued.ok() ? 1 : 0);
}

void TestStaffReply::scheduledReplyWaitsForItsMoment()
{
    TempDatabase t;
    Scheduled s(t);
    QVERIFY(s.id > 0);
    OutboxItem item = s.item();
    QCOMPARE(item.kind, OutboxKind::Reply);
    QCOMPARE(item.scheduledFor, s.at);
    QCOMPARE(item.notBefore, s.at);
    QCOMPARE(item.actor, QStringLiteral("Maria"));
    // Shown where it was written, as scheduled.
    QCOMPARE(s.shown()->createdAt, t0.addSecs(60));
    QCOMPARE(s.shown()->status, MessageStatus::Queued);
    QCOMPARE(scheduledInThread(s.db, s.lead.id).value(item.body), s.at);
    // Not a queue that is stuck tonight.
    QCOMPARE(OutboxStore(s.db).countQueued(s.clock.nowUtc()).value(), 0);

    Desk desk(s.db, s.provider, s.clock, QStringLiteral("desk"));
    s.clock.set(s.at.addSecs(-1));
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 0);

    s.clock.set(s.at.addSecs(2));
    QCOMPARE(OutboxStore(s.db).countQueued(s.clock.nowUtc()).value(), 1);
    QVERIFY(desk.cycle());
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 1);
    QCOMPARE(s.provider.sent.first().body, item.body);
    QCOMPARE(s.item().state, OutboxState::Sent);
    // It now sits where it went, and is no longer "scheduled".
    QCOMPARE(s.shown()->createdAt, s.at.addSecs(2));
    QCOMPARE(s.shown()->status, MessageStatus::Sent);
    QVERIFY(scheduledInThread(s.db, s.lead.id).isEmpty());
}

void TestStaffReply::editChangesTheWordsAndTheMoment()
{
    TempDatabase t;
    Scheduled s(t);
    const QDateTime later = s.at.addSecs(3600);
    QVERIFY(ScheduledTextStore(s.db).edit(s.id, QStringLiteral("We can come at 10 instead."), later,
                                          s.clock.nowUtc()));
    QCOMPARE(s.item().body, QStringLiteral("We can come at 10 instead."));
    QCOMPARE(s.item().scheduledFor, later);
    QCOMPARE(s.item().notBefore, later);
    QCOMPARE(s.shown()->body, QStringLiteral("We can come at 10 instead."));
    QCOMPARE(scheduledInThread(s.db, s.lead.id).value(QStringLiteral("We can come at 10 instead.")), later);

    Desk desk(s.db, s.provider, s.clock, QStringLiteral("desk"));
    s.clock.set(s.at.addSecs(5)); // the old moment
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 0);
    s.clock.set(later);
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 1);
    QCOMPARE(s.provider.sent.first().body, QStringLiteral("We can come at 10 instead."));
}

void TestStaffReply::cancelKeepsTheRowAndTakesTheBubbleAway()
{
    TempDatabase t;
    Scheduled s(t);
    const qint64 messageId = *s.item().messageId;
    QVERIFY(ScheduledTextStore(s.db).cancel(s.id, s.clock.nowUtc(), QStringLiteral("Sam")));
    const OutboxItem item = s.item();
    QCOMPARE(item.state, OutboxState::Cancelled);
    QCOMPARE(item.lastError, QStringLiteral("cancelled_by_staff"));
    QCOMPARE(item.body, QStringLiteral("We can come at 9, does that work?"));
    QVERIFY(!MessageStore(s.db).byId(messageId).value().has_value());
    // The history says who cancelled it.
    bool noted = false;
    const QList<TimelineEvent> history = TimelineStore(s.db).forLead(s.lead.id).value();
    for (const TimelineEvent& e : history) {
        if (e.code == QLatin1String("scheduled_cancelled")) {
            noted = true;
            QCOMPARE(e.actor, QStringLiteral("Sam"));
            QCOMPARE(FactWording().event(e), QStringLiteral("Scheduled text cancelled, not sent, by Sam"));
        }
    }
    QVERIFY(noted);

    Desk desk(s.db, s.provider, s.clock, QStringLiteral("desk"));
    s.clock.set(s.at.addSecs(5));
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 0);
}

void TestStaffReply::editAndCancelAreRefusedOnceClaimed_data()
{
    QTest::addColumn<bool>("edit");
    QTest::addColumn<QString>("then"); // what happened to it before the person clicked
    for (bool edit : {true, false}) {
        const char* action = edit ? "edit" : "cancel";
        QTest::addRow("%s after the sender claimed it", action) << edit << QStringLiteral("claimed");
        QTest::addRow("%s after it was sent", action) << edit << QStringLiteral("sent");
        QTest::addRow("%s after another desk cancelled it", action) << edit << QStringLiteral("cancelled");
        QTest::addRow("%s after a failed try (a retry now)", action) << edit << QStringLiteral("retry");
    }
}

void TestStaffReply::editAndCancelAreRefusedOnceClaimed()
{
    QFETCH(bool, edit);
    QFETCH(QString, then);
    TempDatabase t;
    Scheduled s(t);
    OutboxStore outbox(s.db);
    s.clock.set(s.at);
    if (then == QLatin1String("cancelled")) {
        QVERIFY(ScheduledTextStore(s.db).cancel(s.id, s.clock.nowUtc()));
    } else {
        auto claimed = outbox.claimNext(QStringLiteral("sender"), s.clock.nowUtc(), 20'000);
        QVERIFY(claimed && claimed->has_value());
        QCOMPARE((*claimed)->id, s.id);
        if (then == QLatin1String("sent"))
            QVERIFY(outbox.markSent(s.id, QStringLiteral("SM1"), s.clock.nowUtc()));
        else if (then == QLatin1String("retry"))
            QVERIFY(outbox.reschedule(s.id, s.clock.nowUtc().addSecs(5), QStringLiteral("rate_limited"), {},
                                      s.clock.nowUtc()));
    }
    const OutboxItem before = s.item();
    ScheduledTextStore scheduled(s.db);
    const auto answer =
        edit ? scheduled.edit(s.id, QStringLiteral("Changed"), s.at.addSecs(60), s.clock.nowUtc())
             : scheduled.cancel(s.id, s.clock.nowUtc());
    QVERIFY(!answer);
    QCOMPARE(answer.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(answer.error().message, ScheduledTextStore::tooLate());
    const OutboxItem after = s.item();
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.notBefore, before.notBefore);
    if (before.messageId)
        QCOMPARE(MessageStore(s.db).byId(*before.messageId).value()->body, before.body);
}

void TestStaffReply::optedOutBeforeTheMomentIsNotTexted_data()
{
    QTest::addColumn<QString>("how");
    // STOP read from the provider's log: the scheduled text is cancelled at once.
    QTest::newRow("replied STOP") << QStringLiteral("keyword");
    // The office confirmed "looks like an opt-out": the same.
    QTest::newRow("confirmed at the office") << QStringLiteral("confirmed");
    // Learned some other way (the carrier's 21610 on another text): the sender checks at the moment.
    QTest::newRow("opted out at the carrier") << QStringLiteral("carrier");
}

void TestStaffReply::optedOutBeforeTheMomentIsNotTexted()
{
    QFETCH(QString, how);
    TempDatabase t;
    Scheduled s(t);
    s.clock.set(t0.addSecs(3600));
    if (how == QLatin1String("keyword")) {
        Message stop;
        stop.providerMessageId = QStringLiteral("SMstop");
        stop.direction = MessageDirection::Inbound;
        stop.fromNumber = kCaller;
        stop.toNumber = kMainLine;
        stop.body = QStringLiteral("STOP");
        stop.status = MessageStatus::Received;
        stop.createdAt = s.clock.nowUtc();
        QVERIFY(MessageIngestor(s.db, s.phone, s.clock).ingest({stop}));
    } else if (how == QLatin1String("confirmed")) {
        QVERIFY(OptOutIntentStore(s.db).confirm(kCaller, s.clock.nowUtc(), QStringLiteral("Maria")));
    } else {
        QVERIFY(OptOutStore(s.db).optOut(
            {kCaller, QStringLiteral("provider 21610"), QString(), s.clock.nowUtc()}));
    }
    const bool atOnce = how != QLatin1String("carrier");
    QCOMPARE(s.item().state, atOnce ? OutboxState::Cancelled : OutboxState::Pending);

    Desk desk(s.db, s.provider, s.clock, QStringLiteral("desk"));
    s.clock.set(s.at.addSecs(1));
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 0);
    const OutboxItem item = s.item();
    QCOMPARE(item.state, OutboxState::Cancelled);
    QCOMPARE(item.lastError, QStringLiteral("opted_out_before_send"));
    const Message shown = s.shown().value();
    QCOMPARE(shown.status, MessageStatus::Canceled);
    QCOMPARE(shown.errorReason, QStringLiteral("opted_out_before_send"));
    QCOMPARE(FactWording().sendFailure(shown.errorReason, {}),
             QStringLiteral("Not sent: the caller opted out"));
    QVERIFY(scheduledInThread(s.db, s.lead.id).isEmpty());
}

void TestStaffReply::pauseDoesNotHoldAScheduledReply()
{
    TempDatabase t;
    Scheduled s(t);
    Desk desk(s.db, s.provider, s.clock, QStringLiteral("desk"));
    desk.sender.setAutomaticTextsPaused(true); // auto text-back paused: a person's text still goes
    s.clock.set(s.at);
    QVERIFY(desk.cycle());
    QCOMPARE(s.provider.sent.size(), 1);
    QCOMPARE(s.item().state, OutboxState::Sent);
}

void TestStaffReply::twoDesksOneSchedulesTheLeaseHolderSendsOnce()
{
    TempDatabase t(QStringLiteral("deskA"));
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    auto other = Database::open(t.location(), QStringLiteral("deskB"));
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    Database& deskB = *other.value();
    // Desk B listens as a desk does (on PostgreSQL: NOTIFY; SQLite has one desk per file).
    StoreNotifications heardB(deskB);
    QSignalSpy changedB(&heardB, &StoreNotifications::changed);

    Scheduled s(t); // desk A schedules
    QVERIFY(s.id > 0);
    if (t.backend() == SqlDialect::Kind::Postgres) {
        // Scheduling touches several tables, each notifying on its own: the one about the thread
        // may come after the others (it once did, under load), so wait for that one.
        const auto aboutTheLead = [&] {
            for (const auto& args : changedB) {
                if (args.at(0).value<StoreNotifications::Kind>() == StoreNotifications::Kind::Message &&
                    args.at(1).toLongLong() == s.lead.id)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(aboutTheLead(), 10'000);
    }
    // Desk B sees it, as scheduled, and sees an edit made on desk A.
    QCOMPARE(scheduledInThread(deskB, s.lead.id).value(QStringLiteral("We can come at 9, does that work?")),
             s.at);
    QVERIFY(
        ScheduledTextStore(s.db).edit(s.id, QStringLiteral("We can come at 9:30."), s.at, s.clock.nowUtc()));
    QCOMPARE(scheduledInThread(deskB, s.lead.id).value(QStringLiteral("We can come at 9:30.")), s.at);

    Desk a(s.db, s.provider, s.clock, AutomationLease::holderIdFor(QStringLiteral("desk A")));
    Desk b(deskB, s.provider, s.clock, AutomationLease::holderIdFor(QStringLiteral("desk B")));
    QVERIFY(a.cycle());  // desk A holds the lease
    QVERIFY(!b.cycle()); // desk B shows the inbox only
    QCOMPARE(s.provider.sent.size(), 0);
    s.clock.set(s.at.addSecs(3));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(a.cycle());
        QVERIFY(!b.cycle());
    }
    QCOMPARE(s.provider.sent.size(), 1);
    QCOMPARE(s.provider.sentTo(kCaller), 1);
    // Desk B sees it sent.
    QVERIFY(scheduledInThread(deskB, s.lead.id).isEmpty());
    const auto sentOnB = OutboxStore(deskB).byId(s.id).value().value();
    QCOMPARE(sentOnB.state, OutboxState::Sent);
}

QTEST_GUILESS_MAIN(TestStaffReply)
#include "tst_staffreply.moc"
