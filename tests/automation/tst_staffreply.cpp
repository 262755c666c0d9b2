#include "TempDatabase.h"
#include "automation/StaffReply.h"
#include "phone/PhoneNumberService.h"
#include "store/BlockListStore.h"
#include "store/CallStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"

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

QTEST_GUILESS_MAIN(TestStaffReply)
#include "tst_staffreply.moc"
