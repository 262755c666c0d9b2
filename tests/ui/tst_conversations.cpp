#include "TempDatabase.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QDateTime t0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

void text(Database& db, const Lead& lead, MessageDirection dir, const QString& body, int minutes,
          bool automated)
{
    Message m;
    m.providerMessageId = QStringLiteral("SM%1-%2").arg(lead.id).arg(minutes);
    m.leadId = lead.id;
    m.direction = dir;
    m.fromNumber = dir == MessageDirection::Inbound ? lead.e164 : QStringLiteral("+15125550100");
    m.toNumber = dir == MessageDirection::Inbound ? QStringLiteral("+15125550100") : lead.e164;
    m.body = body;
    m.status = MessageStatus::Delivered;
    m.automated = automated;
    m.createdAt = t0.addSecs(minutes * 60);
    QVERIFY(MessageStore(db).upsertFromProvider(m, m.createdAt).ok());
    QVERIFY(LeadStore(db).touch(lead.id, m.createdAt, dir == MessageDirection::Inbound).ok());
}
} // namespace

class TestConversations : public QObject
{
    Q_OBJECT
private slots:
    void listsConversationsNewestFirst();
    void inboxShowsTheListOnceThereIsOne();
};

void TestConversations::listsConversationsNewestFirst()
{
    TempDatabase t;
    LeadStore leads(t.db());
    const Lead dana =
        leads.findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Austin, TX"), t0).value();
    const Lead sam = leads.findOrCreate(QStringLiteral("+15125550148"), QStringLiteral("Texas"), t0).value();
    Lead named = dana;
    named.displayName = QStringLiteral("Dana Whitfield");
    QVERIFY(leads.save(named, t0).ok());
    text(t.db(), dana, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 1, true);
    text(t.db(), dana, MessageDirection::Inbound,
         QStringLiteral("Water heater leaking,\ncan you come today?"), 3, false);
    text(t.db(), sam, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 5, true);

    const PhoneNumberService phone;
    ConversationListModel model(t.db(), phone);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    // Sam's automatic text is the newest activity.
    QCOMPARE(model.index(0).data(ConversationListModel::TitleRole).toString(),
             QStringLiteral("(512) 555-0148"));
    QCOMPARE(model.index(0).data(ConversationListModel::SnippetRole).toString(),
             QStringLiteral("Auto-text: Sorry we missed your call!"));
    QVERIFY(!model.index(0).data(ConversationListModel::UnreadRole).toBool());
    QCOMPARE(model.index(1).data(ConversationListModel::TitleRole).toString(),
             QStringLiteral("Dana Whitfield"));
    QCOMPARE(model.index(1).data(ConversationListModel::SnippetRole).toString(),
             QStringLiteral("Water heater leaking, can you come today?"));
    QVERIFY(model.index(1).data(ConversationListModel::UnreadRole).toBool());
    QCOMPARE(model.index(1).data(ConversationListModel::PlaceRole).toString(), QStringLiteral("Austin, TX"));

    // Dana writes again: after the worker's refresh she is on top.
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Thursday 9am works"), 9, false);
    model.refresh();
    QCOMPARE(model.index(0).data(ConversationListModel::LeadIdRole).toLongLong(), dana.id);
}

void TestConversations::inboxShowsTheListOnceThereIsOne()
{
    TempDatabase t;
    const PhoneNumberService phone;
    ConversationListModel model(t.db(), phone);
    InboxPage page;
    page.setModel(&model);
    page.resize(600, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("inboxEmptyTitle"))->isVisible());
    QVERIFY(!page.list()->isVisible());

    const Lead lead = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    text(t.db(), lead, MessageDirection::Inbound, QStringLiteral("Hi, need a plumber"), 1, false);
    model.refresh();
    QVERIFY(page.list()->isVisible());
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("inboxEmptyTitle"))->isVisible());
    QCOMPARE(page.list()->model()->rowCount(), 1);
}

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
