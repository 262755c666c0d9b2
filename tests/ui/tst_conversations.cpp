#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "inbox/ConversationDelegate.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationListPane.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "tray/ReplyNotifier.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
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

Lead lead(Database& db, const QString& e164, const QString& name, LeadStatus status = LeadStatus::New)
{
    LeadStore leads(db);
    Lead l = leads.findOrCreate(e164, QStringLiteral("Austin, TX"), t0).value();
    l.displayName = name;
    l.status = status;
    return leads.save(l, t0).value();
}

// An office of four callers: Dana (open, unread, Maria's), Sam (booked), Lee (opted out), Pat
// (open, read, no name).
void fourCallers(Database& db)
{
    const Lead dana =
        lead(db, QStringLiteral("+15125550147"), QStringLiteral("Dana Whitfield"), LeadStatus::Replied);
    const Lead sam =
        lead(db, QStringLiteral("+15125550148"), QStringLiteral("Sam Ortiz"), LeadStatus::Booked);
    const Lead lee = lead(db, QStringLiteral("+15125550149"), QStringLiteral("Lee Park"));
    const Lead pat = lead(db, QStringLiteral("+15125550150"), QString(), LeadStatus::Texted);
    text(db, dana, MessageDirection::Inbound, QStringLiteral("The water heater is leaking"), 1, false);
    text(db, sam, MessageDirection::Outbound, QStringLiteral("See you Thursday at 9"), 2, false);
    text(db, lee, MessageDirection::Inbound, QStringLiteral("STOP"), 3, false);
    text(db, pat, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 4, true);
    QVERIFY(OptOutStore(db).optOut({lee.e164, QStringLiteral("keyword"), QStringLiteral("STOP"), t0}).ok());
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria')"));
    q.exec(QStringLiteral("UPDATE leads SET assigned_staff_id = (SELECT id FROM staff) WHERE id = %1")
               .arg(dana.id));
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ConversationListModel::TitleRole).toString();
    return out;
}

// An inbox page on screen over a model, as the app builds it.
struct ShownInbox
{
    // Most cases were written for the Open list; Needs reply (the default) has its own.
    explicit ShownInbox(Database& db, const char* startFilter = "filterOpen")
        : model(db, phone)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        page.setModel(&model);
        if (startFilter)
            filter(startFilter)->click();
        page.conversations()->setDeskStaffName(QStringLiteral("Maria"));
        page.resize(420, 600);
        page.show();
        page.activateWindow();
    }
    QLineEdit* search() { return page.conversations()->searchField(); }
    QAbstractButton* filter(const char* name)
    {
        return page.findChild<QAbstractButton*>(QString::fromLatin1(name));
    }

    const PhoneNumberService phone;
    ConversationListModel model;
    QAbstractItemModelTester tester;
    InboxPage page;
};
} // namespace

class TestConversations : public QObject
{
    Q_OBJECT
private slots:
    void needsReplyIsTheDefaultOldestWaitFirst();
    void whoSpokeLastDecidesNotTheStoredStatus_data();
    void whoSpokeLastDecidesNotTheStoredStatus();
    void waitingTimesMoveWithTheClockWithoutReadingTheStore();
    void unreadIsACountPill();
    void inboxEntryCountsWhoNeedsAReply();
    void listsConversationsNewestFirst();
    void inboxShowsTheListOnceThereIsOne();
    void filterButtonsNarrowTheList_data();
    void filterButtonsNarrowTheList();
    void searchNarrowsTheList_data();
    void searchNarrowsTheList();
    void emptySearchSaysWhy();
    void ctrlFFocusesSearchAndArrowsWalkTheList();
    void refreshKeepsSelectionAndScroll();
    void conversationThatLeftTheListCanBePickedAgain();
    void relativeTimeFollowsTheClock();
    void paintsAtDoubleScale();
    void statusChipsReadInLightAndDark_data();
    void statusChipsReadInLightAndDark();
};

namespace {
// Three customers waiting (Kim 40 min, Dana 25, Ray 5 at t0 + 60 min), one answered (Sam), one
// texted back automatically (Pat), one who texted STOP (Lee).
struct Queue
{
    explicit Queue(Database& db)
    {
        dana =
            lead(db, QStringLiteral("+15125550147"), QStringLiteral("Dana Whitfield"), LeadStatus::Replied);
        kim = lead(db, QStringLiteral("+15125550151"), QStringLiteral("Kim Hale"), LeadStatus::Replied);
        ray = lead(db, QStringLiteral("+15125550152"), QStringLiteral("Ray Cobb"), LeadStatus::Replied);
        sam = lead(db, QStringLiteral("+15125550148"), QStringLiteral("Sam Ortiz"), LeadStatus::Replied);
        pat = lead(db, QStringLiteral("+15125550150"), QString(), LeadStatus::Texted);
        lee = lead(db, QStringLiteral("+15125550149"), QStringLiteral("Lee Park"), LeadStatus::Replied);
        text(db, kim, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 10, true);
        text(db, kim, MessageDirection::Inbound, QStringLiteral("No heat upstairs"), 20, false);
        text(db, kim, MessageDirection::Inbound, QStringLiteral("Anyone there?"), 50, false);
        text(db, dana, MessageDirection::Inbound, QStringLiteral("Water heater leaking"), 35, false);
        text(db, ray, MessageDirection::Inbound, QStringLiteral("Quote for a faucet?"), 55, false);
        text(db, sam, MessageDirection::Inbound, QStringLiteral("Thursday?"), 5, false);
        text(db, sam, MessageDirection::Outbound, QStringLiteral("Thursday at 9 works"), 30, false);
        text(db, pat, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 40, true);
        text(db, lee, MessageDirection::Inbound, QStringLiteral("STOP"), 15, false);
        QVERIFY(
            OptOutStore(db).optOut({lee.e164, QStringLiteral("keyword"), QStringLiteral("STOP"), t0}).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria Gomez')")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE leads SET assigned_staff_id = (SELECT id FROM staff) WHERE id = %1")
                       .arg(kim.id)));
    }
    Lead dana, kim, ray, sam, pat, lee;
};
} // namespace

void TestConversations::needsReplyIsTheDefaultOldestWaitFirst()
{
    TempDatabase t;
    Queue q(t.db());
    ShownInbox inbox(t.db(), nullptr); // as the app opens it
    ManualClock clock(t0.addSecs(60 * 60));
    inbox.model.setClock(&clock);
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QVERIFY(inbox.filter("filterNeedsreply")->isChecked());
    QCOMPARE(inbox.model.query().filter, ConversationFilter::NeedsReply);
    // Whoever has waited longest first; the answered, the auto-texted and the opted out are not here.
    QCOMPARE(titles(inbox.model), (QStringList{"Kim Hale", "Dana Whitfield", "Ray Cobb"}));
    const QModelIndex kim = inbox.model.index(0);
    QCOMPARE(kim.data(ConversationListModel::WaitTextRole).toString(), QStringLiteral("waiting 40 min"));
    QCOMPARE(kim.data(ConversationListModel::StatusRole).toString(), QStringLiteral("Needs reply"));
    QCOMPARE(kim.data(ConversationListModel::AssigneeInitialsRole).toString(), QStringLiteral("MG"));
    QCOMPARE(kim.data(ConversationListModel::UnreadCountRole).toInt(), 2); // two texts since ours
    QCOMPARE(kim.data(ConversationListModel::SnippetRole).toString(), QStringLiteral("Anyone there?"));
    QCOMPARE(inbox.model.index(2).data(ConversationListModel::WaitTextRole).toString(),
             QStringLiteral("waiting 5 min"));
    QCOMPARE(inbox.model.index(2).data(ConversationListModel::AssigneeInitialsRole).toString(), QString());
    QVERIFY(inbox.model.index(0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("waiting 40 min")));
}

void TestConversations::whoSpokeLastDecidesNotTheStoredStatus_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("needsReply");
    QTest::addColumn<bool>("automated");
    // Sam's lead still says Replied, but staff answered him last.
    QTest::newRow("staff answered (stored Replied)") << "Sam Ortiz"
                                                     << "Answered" << false << false;
    // Pat's last text is Ringback's own: shown as such, never as the customer's reply.
    QTest::newRow("our automatic text last") << "(512) 555-0150"
                                             << "Texted" << false << true;
    QTest::newRow("customer spoke last") << "Dana Whitfield"
                                         << "Needs reply" << true << false;
    QTest::newRow("texted STOP") << "Lee Park"
                                 << "Opted out" << false << false;
}

void TestConversations::whoSpokeLastDecidesNotTheStoredStatus()
{
    QFETCH(QString, who);
    QFETCH(QString, status);
    QFETCH(bool, needsReply);
    QFETCH(bool, automated);
    TempDatabase t;
    Queue q(t.db());
    ShownInbox inbox(t.db(), nullptr);
    inbox.model.setFilter(ConversationFilter::All);
    const int row = titles(inbox.model).indexOf(who);
    QVERIFY(row >= 0);
    const QModelIndex index = inbox.model.index(row);
    QCOMPARE(index.data(ConversationListModel::StatusRole).toString(), status);
    QCOMPARE(index.data(ConversationListModel::NeedsReplyRole).toBool(), needsReply);
    QCOMPARE(index.data(ConversationListModel::AutomatedRole).toBool(), automated);
    QCOMPARE(index.data(ConversationListModel::WaitTextRole).toString().isEmpty(), !needsReply);

    // Staff answer Dana: she no longer needs a reply, without anyone setting a status.
    if (needsReply) {
        text(t.db(), q.dana, MessageDirection::Outbound, QStringLiteral("On our way"), 58, false);
        inbox.model.refresh();
        const QModelIndex after = inbox.model.index(titles(inbox.model).indexOf(who));
        QVERIFY(!after.data(ConversationListModel::NeedsReplyRole).toBool());
        QCOMPARE(after.data(ConversationListModel::StatusRole).toString(), QStringLiteral("Answered"));
    }
}

void TestConversations::waitingTimesMoveWithTheClockWithoutReadingTheStore()
{
    TempDatabase t;
    Queue q(t.db());
    ShownInbox inbox(t.db(), nullptr);
    ManualClock clock(t0.addSecs(60 * 60));
    inbox.model.setClock(&clock);
    QCOMPARE(inbox.model.index(2).data(ConversationListModel::WaitTextRole).toString(),
             QStringLiteral("waiting 5 min"));
    const int read = inbox.model.rowsRead();
    QSignalSpy changed(&inbox.model, &QAbstractItemModel::dataChanged);
    clock.advanceSecs(12 * 60);
    inbox.model.tick(); // what the model's minute timer does
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(ConversationListModel::WaitTextRole));
    QCOMPARE(inbox.model.index(2).data(ConversationListModel::WaitTextRole).toString(),
             QStringLiteral("waiting 17 min"));
    QCOMPARE(inbox.model.index(0).data(ConversationListModel::WaitTextRole).toString(),
             QStringLiteral("waiting 52 min"));
    clock.advanceSecs(60 * 60);
    inbox.model.tick();
    QCOMPARE(inbox.model.index(0).data(ConversationListModel::WaitTextRole).toString(),
             QStringLiteral("waiting 1 h 52 min"));
    QCOMPARE(inbox.model.rowsRead(), read); // not one row read again
}

void TestConversations::unreadIsACountPill()
{
    TempDatabase t;
    Queue q(t.db());
    ShownInbox inbox(t.db(), nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QVERIFY(LeadStore(t.db()).markRead(q.ray.id).ok());
    inbox.model.refresh();
    QCOMPARE(inbox.model.index(2).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    // Paint Kim's row (unread, 2 texts) and Ray's (read): the unread one carries a filled badge in
    // the highlight colour, big enough to see at a glance (the dot it replaces filled about 30).
    QListView* list = inbox.page.list();
    const QColor accent = list->palette().color(QPalette::Active, QPalette::Highlight);
    const auto accentPixels = [&](int row) {
        const QRect rect = list->visualRect(inbox.model.index(row));
        const QImage image = list->viewport()->grab(rect).toImage();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += QColor(image.pixel(x, y)) == accent;
        return n;
    };
    list->clearSelection();
    list->selectionModel()->clearCurrentIndex();
    QVERIFY2(accentPixels(0) >= 70, qPrintable(QString::number(accentPixels(0))));
    QCOMPARE(accentPixels(2), 0);
}

void TestConversations::inboxEntryCountsWhoNeedsAReply()
{
    TempDatabase t;
    Queue q(t.db());
    MainWindow window(QStringLiteral("ringback.sqlite"));
    const PhoneNumberService phone;
    ReplyNotifier notifier(t.db(), phone, nullptr, std::nullopt, t0);
    QObject::connect(&notifier, &ReplyNotifier::needsReplyCountChanged, &window,
                     &MainWindow::setNeedsReplyCount);
    notifier.check();
    QCOMPARE(notifier.needsReplyCount(), 3);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Inbox (3)"));
    QCOMPARE(ReplyNotifier::titleWithCounts(QStringLiteral("Ringback"), 3, 5),
             QStringLiteral("Ringback — 3 need a reply · 5 unread"));
    // Staff answer two of them: the counts follow.
    text(t.db(), q.kim, MessageDirection::Outbound, QStringLiteral("Coming at 3"), 61, false);
    text(t.db(), q.dana, MessageDirection::Outbound, QStringLiteral("On our way"), 62, false);
    notifier.check();
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Inbox (1)"));
    // Nobody waiting: the plain name.
    text(t.db(), q.ray, MessageDirection::Outbound, QStringLiteral("Sure"), 63, false);
    notifier.check();
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Inbox"));
}

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
             QStringLiteral("Sorry we missed your call!"));
    QVERIFY(model.index(0).data(ConversationListModel::AutomatedRole).toBool());
    QVERIFY(
        model.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("automatic text")));
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

void TestConversations::filterButtonsNarrowTheList_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("open") << "filterOpen" << QStringList{"(512) 555-0150", "Dana Whitfield"};
    QTest::newRow("unread") << "filterUnread" << QStringList{"Lee Park", "Dana Whitfield"};
    QTest::newRow("mine (Maria)") << "filterMine" << QStringList{"Dana Whitfield"};
    QTest::newRow("done") << "filterDone" << QStringList{"Sam Ortiz"};
    QTest::newRow("opted out") << "filterOptedout" << QStringList{"Lee Park"};
}

void TestConversations::filterButtonsNarrowTheList()
{
    QFETCH(QString, button);
    QFETCH(QStringList, expected);
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QAbstractButton* b = inbox.filter(button.toLatin1().constData());
    QVERIFY(b);
    QVERIFY(!b->accessibleName().isEmpty());
    QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(b->isChecked());
    QCOMPARE(titles(inbox.model), expected);
    // The status chip says what a filter decided.
    if (button == QLatin1String("filterOptedout"))
        QCOMPARE(inbox.model.index(0).data(ConversationListModel::StatusRole).toString(),
                 QStringLiteral("Opted out"));
}

void TestConversations::searchNarrowsTheList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << "dana" << QStringList{"Dana Whitfield"};
    QTest::newRow("word of a text") << "leak" << QStringList{"Dana Whitfield"};
    QTest::newRow("number as printed") << "(512) 555-0150" << QStringList{"(512) 555-0150"};
    QTest::newRow("last digits") << "0147" << QStringList{"Dana Whitfield"};
    QTest::newRow("place, within Open") << "austin" << QStringList{"(512) 555-0150", "Dana Whitfield"};
}

void TestConversations::searchNarrowsTheList()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QCOMPARE(inbox.model.rowCount(), 2);
    QTest::keyClicks(inbox.search(), typed);
    QTRY_COMPARE(titles(inbox.model), expected);
    QVERIFY(inbox.page.list()->isVisible());

    // Escape clears the search and the whole Open list is back.
    QTest::keyClick(inbox.search(), Qt::Key_Escape);
    QTRY_COMPARE(inbox.model.rowCount(), 2);
}

void TestConversations::emptySearchSaysWhy()
{
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QTest::keyClicks(inbox.search(), QStringLiteral("zebra"));
    QTRY_COMPARE(inbox.model.rowCount(), 0);
    auto* title = inbox.page.findChild<QLabel*>(QStringLiteral("inboxEmptyTitle"));
    auto* hint = inbox.page.findChild<QLabel*>(QStringLiteral("inboxEmptyHint"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No matches"));
    QVERIFY(hint->text().contains(QStringLiteral("zebra")));
    QVERIFY(hint->text().contains(QStringLiteral("Open")));
    // The search field and filters stay usable.
    QVERIFY(inbox.search()->isVisible());
    QVERIFY(inbox.filter("filterDone")->isVisible());
}

void TestConversations::ctrlFFocusesSearchAndArrowsWalkTheList()
{
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowActive(&inbox.page));
    QSignalSpy picked(inbox.page.conversations(), &ConversationListPane::conversationSelected);
    QAbstractButton* elsewhere = inbox.filter("filterOpen");
    elsewhere->setFocus();
    QVERIFY(elsewhere->hasFocus());
    QTest::keyClick(elsewhere, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(inbox.search()->hasFocus());

    // Down/Up from the search field walk the list while typing stays in the field.
    QTest::keyClick(inbox.search(), Qt::Key_Down);
    QCOMPARE(inbox.page.list()->currentIndex().row(), 0);
    QTest::keyClick(inbox.search(), Qt::Key_Down);
    QCOMPARE(inbox.page.list()->currentIndex().row(), 1);
    QTest::keyClick(inbox.search(), Qt::Key_Down); // at the end: stays on the last
    QCOMPARE(inbox.page.list()->currentIndex().row(), 1);
    QTest::keyClick(inbox.search(), Qt::Key_Up);
    QCOMPARE(inbox.page.list()->currentIndex().row(), 0);
    QVERIFY(inbox.search()->hasFocus());
    QCOMPARE(picked.size(), 3);
    QCOMPARE(picked.last().first().toLongLong(),
             inbox.model.index(0).data(ConversationListModel::LeadIdRole).toLongLong());

    // Return hands over to the list, where Up/Down keep working.
    QTest::keyClick(inbox.search(), Qt::Key_Return);
    QVERIFY(inbox.page.list()->hasFocus());
    QTest::keyClick(inbox.page.list(), Qt::Key_Down);
    QCOMPARE(inbox.page.list()->currentIndex().row(), 1);
    QCOMPARE(inbox.page.conversations()->selectedLead(),
             inbox.model.index(1).data(ConversationListModel::LeadIdRole).toLongLong());
}

void TestConversations::refreshKeepsSelectionAndScroll()
{
    TempDatabase t;
    QList<Lead> leads;
    for (int i = 0; i < 60; ++i) {
        leads << lead(t.db(), QStringLiteral("+1512555%1").arg(2000 + i), QStringLiteral("Caller %1").arg(i));
        text(t.db(), leads.last(), MessageDirection::Inbound, QStringLiteral("Hello %1").arg(i), i, false);
    }
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QListView* list = inbox.page.list();
    QSignalSpy picked(inbox.page.conversations(), &ConversationListPane::conversationSelected);
    list->setCurrentIndex(inbox.model.index(40));
    const qint64 selected = inbox.page.conversations()->selectedLead();
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2);
    const int scroll = list->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QCOMPARE(picked.size(), 1);

    // Same rows, new content (a delivery status): an update in place.
    inbox.model.refresh();
    QCOMPARE(list->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), selected);
    QCOMPARE(list->verticalScrollBar()->value(), scroll);

    // A reply moves another conversation to the top: the rows change, the selection and the
    // scroll position stay, and no new selection is announced.
    text(t.db(), leads.at(3), MessageDirection::Inbound, QStringLiteral("Still there?"), 100, false);
    inbox.model.refresh();
    QCOMPARE(inbox.model.index(0).data(ConversationListModel::LeadIdRole).toLongLong(), leads.at(3).id);
    QCOMPARE(list->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), selected);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    QCOMPARE(list->verticalScrollBar()->value(), scroll);
    QCOMPARE(picked.size(), 1);
}

void TestConversations::conversationThatLeftTheListCanBePickedAgain()
{
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QSignalSpy picked(inbox.page.conversations(), &ConversationListPane::conversationSelected);
    QListView* list = inbox.page.list();
    const int danaRow = titles(inbox.model).indexOf(QStringLiteral("Dana Whitfield"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(inbox.model.index(danaRow)).center());
    QCOMPARE(picked.size(), 1);
    const qint64 dana = picked.last().first().toLongLong();

    // Dana's job is booked at another desk: she leaves Open without the thread being cleared.
    QVERIFY(LeadStore(t.db()).setStatus(dana, LeadStatus::Booked, t0).ok());
    inbox.model.refresh();
    QCOMPARE(inbox.model.rowOfLead(dana), -1);
    QCOMPARE(picked.size(), 1);

    // Under Done she can be picked again, and that is announced.
    QTest::mouseClick(inbox.filter("filterDone"), Qt::LeftButton);
    const int row = inbox.model.rowOfLead(dana);
    QVERIFY(row >= 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(inbox.model.index(row)).center());
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.last().first().toLongLong(), dana);
}

void TestConversations::relativeTimeFollowsTheClock()
{
    TempDatabase t;
    const Lead dana = lead(t.db(), QStringLiteral("+15125550147"), QStringLiteral("Dana"));
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Hi"), 0, false);
    const PhoneNumberService phone;
    ConversationListModel model(t.db(), phone);
    ManualClock clock(t0.addSecs(2 * 60 + 5));
    model.setClock(&clock);
    QCOMPARE(model.index(0).data(ConversationListModel::TimeTextRole).toString(), QStringLiteral("2 min"));
    clock.advanceSecs(7 * 24 * 3600);
    QVERIFY(
        !model.index(0).data(ConversationListModel::TimeTextRole).toString().contains(QStringLiteral("min")));
}

void TestConversations::paintsAtDoubleScale()
{
    TempDatabase t;
    fourCallers(t.db());
    ShownInbox inbox(t.db());
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QWidget* viewport = inbox.page.list()->viewport();
    // Rendered at 200 %: rows are drawn as vectors and text, so the image has real detail at the
    // doubled resolution (no 1x pixmap scaled up, which would leave 2x2 blocks everywhere).
    QImage image(viewport->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    viewport->render(&image);
    int oddEdges = 0;
    for (int y = 1; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != image.pixel(x, y - 1))
                ++oddEdges;
        }
    }
    QVERIFY2(oddEdges > 500, qPrintable(QString::number(oddEdges)));
}

namespace {
// WCAG 2 contrast ratio between two colours (4.5 is the bar for normal text).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return p;
}
} // namespace

void TestConversations::statusChipsReadInLightAndDark_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<bool>("dark");
    for (int s = int(LeadStatus::New); s <= int(LeadStatus::Lost); ++s) {
        for (bool dark : {false, true}) {
            QTest::addRow("%s, %s", qPrintable(ConversationListModel::statusText(LeadStatus(s))),
                          dark ? "dark" : "light")
                << s << false << dark;
        }
    }
    QTest::newRow("opted out, light") << 0 << true << false;
    QTest::newRow("opted out, dark") << 0 << true << true;
}

void TestConversations::statusChipsReadInLightAndDark()
{
    QFETCH(int, status);
    QFETCH(bool, optedOut);
    QFETCH(bool, dark);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    const QPalette palette = dark ? darkPalette() : light;
    const auto chip = ConversationDelegate::chipColors(LeadStatus(status), optedOut, palette);
    QVERIFY2(contrast(chip.text, chip.background) >= 4.5,
             qPrintable(QStringLiteral("contrast %1").arg(contrast(chip.text, chip.background))));
    // The chip stands out from the row it sits on, but stays a tint of it.
    QVERIFY(chip.background != palette.color(QPalette::Base));
}

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
