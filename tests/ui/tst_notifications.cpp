#include "MainWindow.h"
#include "TempDatabase.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "tray/ReplyNotifier.h"
#include "tray/TrayIcon.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QDateTime t0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

qint64 text(Database& db, const Lead& lead, MessageDirection dir, const QString& body, int minutes,
            bool automated = false)
{
    static int serial = 0;
    Message m;
    m.providerMessageId = QStringLiteral("SM%1").arg(++serial);
    m.leadId = lead.id;
    m.direction = dir;
    m.fromNumber = dir == MessageDirection::Inbound ? lead.e164 : QStringLiteral("+15125550100");
    m.toNumber = dir == MessageDirection::Inbound ? QStringLiteral("+15125550100") : lead.e164;
    m.body = body;
    m.status = MessageStatus::Delivered;
    m.automated = automated;
    m.createdAt = t0.addSecs(minutes * 60);
    if (!MessageStore(db).upsertFromProvider(m, m.createdAt).ok())
        return 0;
    if (!LeadStore(db).touch(lead.id, m.createdAt, dir == MessageDirection::Inbound).ok())
        return 0;
    return MessageStore(db).byProviderId(m.providerMessageId).value()->id;
}

// This machine's settings in a file of the test's own, not the developer's.
struct MachineSettings
{
    explicit MachineSettings(const QString& dir)
        : qsettings(dir + QStringLiteral("/machine.ini"), QSettings::IniFormat)
    {}
    void setNotifications(bool on)
    {
        Settings(nullptr, &qsettings).setValue(SettingKey::NotificationsEnabled, on);
    }
    QSettings qsettings;
};
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private slots:
    void historyAtStartIsNotAnnounced();
    void newReplyIsAnnouncedOnce();
    void checksOnTheDeskConnection();
    void ourOwnTextsAreNotAnnounced_data();
    void ourOwnTextsAreNotAnnounced();
    void historyImportedAfterStartIsNotAnnounced();
    void severalRepliesMakeOneAnnouncement();
    void anUrgentReplyIsAnnouncedAloneAndFirst();
    void disabledNotificationsAreHonoured();
    void unreadCountShowsInWindowTitle();
};

void TestNotifications::historyAtStartIsNotAnnounced()
{
    TempDatabase t;
    const Lead dana = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Still need a plumber"), 1);
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Hello?"), 2);

    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);
    notifier.check();
    QCOMPARE(announced.count(), 0);
    QCOMPARE(notifier.unreadCount(), 1);
}

void TestNotifications::newReplyIsAnnouncedOnce()
{
    TempDatabase t;
    LeadStore leads(t.db());
    Lead dana = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    dana.displayName = QStringLiteral("Dana Whitfield");
    QVERIFY(leads.save(dana, t0).ok());
    const Lead sam = leads.findOrCreate(QStringLiteral("+15125550148"), QString(), t0).value();
    text(t.db(), dana, MessageDirection::Outbound, QStringLiteral("Sorry we missed your call!"), 1, true);

    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);
    notifier.check();
    QCOMPARE(announced.count(), 0);

    text(t.db(), dana, MessageDirection::Inbound,
         QStringLiteral("Water heater not heating,\ncan you come today?"), 3);
    notifier.check();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toLongLong(), dana.id);
    QCOMPARE(announced.at(0).at(1).toString(), QStringLiteral("Dana Whitfield replied"));
    QCOMPARE(announced.at(0).at(2).toString(),
             QStringLiteral("Water heater not heating, can you come today?"));

    // The worker says the store changed again for something else: no second bubble.
    notifier.check();
    QCOMPARE(announced.count(), 1);

    // A caller with no name is named by the formatted number.
    text(t.db(), sam, MessageDirection::Inbound, QStringLiteral("Roof quote please"), 4);
    notifier.check();
    QCOMPARE(announced.count(), 2);
    QCOMPARE(announced.at(1).at(1).toString(), QStringLiteral("(512) 555-0148 replied"));
}

void TestNotifications::checksOnTheDeskConnection()
{
    // On a shared database the look for new replies goes through the desk's own connection
    // thread: the UI thread's connection, closed here, is never asked.
    TempDatabase t;
    LeadStore leads(t.db());
    Lead dana = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    dana.displayName = QStringLiteral("Dana Whitfield");
    QVERIFY(leads.save(dana, t0).ok());
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    DeskConnection link(t.location());
    notifier.setDeskConnection(&link);
    QTRY_VERIFY_WITH_TIMEOUT(link.isOpen(), 10'000);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);
    QSignalSpy unread(&notifier, &ReplyNotifier::unreadCountChanged);

    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Can you come today?"), 3);
    t.db().connection().close();
    notifier.check();
    notifier.check(); // twice before the first answer: still one announcement
    QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, 10'000);
    QCOMPARE(announced.at(0).at(1).toString(), QStringLiteral("Dana Whitfield replied"));
    QTRY_COMPARE(notifier.unreadCount(), 1);
    notifier.check();
    QTest::qWait(0);
    bool flushed = false;
    link.read(
        this, [](Database&) { return 0; }, [&flushed](int) { flushed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed, 10'000);
    QCOMPARE(announced.count(), 1);
}

void TestNotifications::ourOwnTextsAreNotAnnounced_data()
{
    QTest::addColumn<bool>("automated");
    QTest::newRow("auto text-back") << true;
    QTest::newRow("typed by staff") << false;
}

void TestNotifications::ourOwnTextsAreNotAnnounced()
{
    QFETCH(bool, automated);
    TempDatabase t;
    const Lead dana = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);

    text(t.db(), dana, MessageDirection::Outbound, QStringLiteral("Thanks, see you Thursday"), 2, automated);
    notifier.check();
    QCOMPARE(announced.count(), 0);
}

void TestNotifications::historyImportedAfterStartIsNotAnnounced()
{
    // First connection: the worker imports the last 30 days after the window opened.
    TempDatabase t;
    const Lead dana = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0.addSecs(3600));
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);

    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Last week's reply"), 5);
    notifier.check();
    QCOMPARE(announced.count(), 0);
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Are you coming?"), 61);
    notifier.check();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(2).toString(), QStringLiteral("Are you coming?"));
}

void TestNotifications::anUrgentReplyIsAnnouncedAloneAndFirst()
{
    TempDatabase t;
    LeadStore leads(t.db());
    const Lead dana = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const Lead sam = leads.findOrCreate(QStringLiteral("+15125550148"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, qint64(0), t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);

    // An urgent word in an older reply: that one is announced, as urgent, before the newer one.
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Basement is flooding!"), 1);
    text(t.db(), sam, MessageDirection::Inbound, QStringLiteral("Roof quote please"), 2);
    notifier.check();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toLongLong(), dana.id);
    QCOMPARE(announced.at(0).at(1).toString(), QStringLiteral("Urgent: (512) 555-0147 replied"));
    QCOMPARE(announced.at(0).at(2).toString(), QStringLiteral("Basement is flooding!"));
}

void TestNotifications::severalRepliesMakeOneAnnouncement()
{
    TempDatabase t;
    LeadStore leads(t.db());
    const Lead dana = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const Lead sam = leads.findOrCreate(QStringLiteral("+15125550148"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    // The position in the store is injected: everything after message 0 is new.
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, qint64(0), t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);

    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Dripping tap in the bathroom"), 1);
    text(t.db(), sam, MessageDirection::Inbound, QStringLiteral("Roof quote please"), 2);
    notifier.check();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toLongLong(), sam.id); // a click opens the newest
    QCOMPARE(announced.at(0).at(1).toString(), QStringLiteral("2 new replies"));
    QCOMPARE(
        announced.at(0).at(2).toString(),
        QStringLiteral("(512) 555-0148: Roof quote please\n(512) 555-0147: Dripping tap in the bathroom"));
}

void TestNotifications::disabledNotificationsAreHonoured()
{
    TempDatabase t;
    const Lead dana = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    machine.setNotifications(false);
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);
    QSignalSpy unread(&notifier, &ReplyNotifier::unreadCountChanged);

    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Hello?"), 1);
    notifier.check();
    QCOMPARE(announced.count(), 0);
    QCOMPARE(unread.count(), 1); // the count still shows: it is not a notification

    // Switched back on: what arrived meanwhile is not announced as a backlog, the next one is.
    machine.setNotifications(true);
    notifier.check();
    QCOMPARE(announced.count(), 0);
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Anyone there?"), 2);
    notifier.check();
    QCOMPARE(announced.count(), 1);
}

void TestNotifications::unreadCountShowsInWindowTitle()
{
    TempDatabase t;
    LeadStore leads(t.db());
    const Lead dana = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    const Lead sam = leads.findOrCreate(QStringLiteral("+15125550148"), QString(), t0).value();
    const PhoneNumberService phone;
    MachineSettings machine(t.dir());
    MainWindow window(QStringLiteral("db"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Offscreen there is no system tray: the title still carries the count.
    TrayIcon tray(&window);
    ReplyNotifier notifier(t.db(), phone, &machine.qsettings, std::nullopt, t0);
    connect(&notifier, &ReplyNotifier::unreadCountChanged, &tray, &TrayIcon::setUnreadCount);
    connect(&notifier, &ReplyNotifier::replyArrived, &tray, &TrayIcon::showReply);

    notifier.check();
    QCOMPARE(window.windowTitle(), QStringLiteral("Ringback"));
    text(t.db(), dana, MessageDirection::Inbound, QStringLiteral("Hello?"), 1);
    text(t.db(), sam, MessageDirection::Inbound, QStringLiteral("Quote?"), 2);
    text(t.db(), sam, MessageDirection::Inbound, QStringLiteral("For a roof"), 3);
    notifier.check();
    QCOMPARE(window.windowTitle(), QStringLiteral("Ringback — 2 unread"));
    QCOMPARE(tray.toolTip(), QStringLiteral("Ringback — 2 unread"));

    QVERIFY(leads.markRead(dana.id).ok());
    QVERIFY(leads.markRead(sam.id).ok());
    notifier.check();
    QCOMPARE(window.windowTitle(), QStringLiteral("Ringback"));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
