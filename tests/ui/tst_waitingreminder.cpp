// Reply-waiting escalation at the desk (issue 16 item 4): during business hours a customer left
// waiting longer than the reminder time raises a notification, again every reminder time while they
// wait; several make one notification; the Settings page's "Remind every desk after" and "Also text
// the owner at" are saved, shown formatted, and followed at once without a restart.
#include "TempDatabase.h"
#include "common/Clock.h"
#include "hours/BusinessHoursStore.h"
#include "phone/PhoneNumberService.h"
#include "settings/CredentialChooser.h"
#include "settings/CredentialFileStore.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "tray/WaitingReminder.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
// Monday 2 March 2026, 9:00 in Austin: open 8:00-17:00 Monday to Friday.
const QDateTime kMorning(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QString kBusiness = QStringLiteral("+15125550100");

struct Desk
{
    Desk()
    {
        machine = std::make_unique<QSettings>(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        settings = std::make_unique<Settings>(&kv, machine.get());
        settings->followChanges();
        credentials = std::make_unique<CredentialChooser>(
            std::make_unique<InMemoryCredentialStore>(),
            std::make_unique<CredentialFileStore>(dir.filePath(QStringLiteral("c.json"))), false);
        BusinessHours hours(QTimeZone("America/Chicago"));
        for (int day = 1; day <= 5; ++day)
            hours.addRange(day, {8 * 60, 17 * 60});
        hoursSaved = BusinessHoursStore(db.db()).save(hours, kMorning).ok();
    }
    // A customer's text at `minutes` past 9:00; their lead.
    qint64 customerWrote(const QString& number, int minutes, const QString& words)
    {
        const QDateTime at = kMorning.addSecs(minutes * 60);
        auto lead = LeadStore(db.db()).findOrCreate(number, QString(), at);
        if (!lead)
            return 0;
        Message m;
        m.providerMessageId = QStringLiteral("SM%1%2").arg(number).arg(minutes);
        m.leadId = lead->id;
        m.direction = MessageDirection::Inbound;
        m.fromNumber = number;
        m.toNumber = kBusiness;
        m.body = words;
        m.status = MessageStatus::Received;
        m.createdAt = at;
        return MessageStore(db.db()).upsertFromProvider(m, at).ok() ? lead->id : 0;
    }
    void answered(const QString& number, qint64 leadId, int minutes)
    {
        Message m;
        m.providerMessageId = QStringLiteral("SMout%1%2").arg(number).arg(minutes);
        m.leadId = leadId;
        m.direction = MessageDirection::Outbound;
        m.fromNumber = kBusiness;
        m.toNumber = number;
        m.body = QStringLiteral("On our way");
        m.status = MessageStatus::Delivered;
        m.createdAt = kMorning.addSecs(minutes * 60);
        QVERIFY(MessageStore(db.db()).upsertFromProvider(m, m.createdAt).ok());
    }

    QTemporaryDir dir;
    TempDatabase db;
    KeyValueStore kv{db.db(), KeyValueStore::Table::Settings};
    std::unique_ptr<QSettings> machine;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<CredentialChooser> credentials;
    bool hoursSaved = false;
};

template <class T>
T* child(QWidget& w, const char* name)
{
    auto* found = w.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}
} // namespace

class TestWaitingReminder : public QObject
{
    Q_OBJECT
private slots:
    void firesAndRepeatsWhileACustomerWaits();
    void severalWaitingMakeOneNotification();
    void nothingOutsideBusinessHoursOrWhenOff();
    void settingsPageSavesAndTheReminderFollowsAtOnce();
};

void TestWaitingReminder::firesAndRepeatsWhileACustomerWaits()
{
    Desk desk;
    QVERIFY(desk.hoursSaved);
    const qint64 lead =
        desk.customerWrote(QStringLiteral("+15125550147"), 0, QStringLiteral("basement flooding"));
    QVERIFY(lead != 0);
    ManualClock clock(kMorning.addSecs(9 * 60));
    const PhoneNumberService phone(QStringLiteral("US"));
    WaitingReminder reminder(desk.db.db(), phone, *desk.settings, clock);
    QSignalSpy reminded(&reminder, &WaitingReminder::reminder);
    reminder.start(10); // the desk's timer, shortened

    // 9 minutes: nothing (a few turns of the timer).
    QTest::qWait(100);
    QCOMPARE(reminded.count(), 0);

    // 10 minutes: one notification, which opens that conversation.
    clock.set(kMorning.addSecs(10 * 60));
    QVERIFY(reminded.wait(5000));
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(reminded.at(0).at(0).toLongLong(), lead);
    QCOMPARE(reminded.at(0).at(1).toString(), QStringLiteral("(512) 555-0147 has waited 10 min for a reply"));
    QCOMPARE(reminded.at(0).at(2).toString(), QStringLiteral("basement flooding"));

    // Not again until the reminder time has passed once more...
    clock.set(kMorning.addSecs(19 * 60));
    QTest::qWait(100);
    QCOMPARE(reminded.count(), 1);
    // ...then again, while they still wait.
    clock.set(kMorning.addSecs(20 * 60));
    QVERIFY(reminded.wait(5000));
    QCOMPARE(reminded.count(), 2);
    QCOMPARE(reminded.at(1).at(1).toString(), QStringLiteral("(512) 555-0147 has waited 20 min for a reply"));

    // Answered: no more.
    desk.answered(QStringLiteral("+15125550147"), lead, 21);
    clock.set(kMorning.addSecs(40 * 60));
    QTest::qWait(100);
    QCOMPARE(reminded.count(), 2);
}

void TestWaitingReminder::severalWaitingMakeOneNotification()
{
    Desk desk;
    QVERIFY(desk.hoursSaved);
    const qint64 first =
        desk.customerWrote(QStringLiteral("+15125550147"), 0, QStringLiteral("basement flooding"));
    desk.customerWrote(QStringLiteral("+15125550148"), 2, QStringLiteral("no hot water"));
    desk.customerWrote(QStringLiteral("+15125550149"), 3, QStringLiteral("quote please"));
    // Backlog (a conversation nobody closed five days ago) is not news.
    desk.customerWrote(QStringLiteral("+15125550151"), -5 * 24 * 60, QStringLiteral("hello?"));
    ManualClock clock(kMorning.addSecs(14 * 60));
    const PhoneNumberService phone(QStringLiteral("US"));
    WaitingReminder reminder(desk.db.db(), phone, *desk.settings, clock);
    QSignalSpy reminded(&reminder, &WaitingReminder::reminder);
    reminder.check();
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(reminded.at(0).at(0).toLongLong(), first); // the longest wait opens
    QCOMPARE(reminded.at(0).at(1).toString(), QStringLiteral("3 customers waiting over 10 min"));
    QCOMPARE(reminded.at(0).at(2).toString(), QStringLiteral("Longest: (512) 555-0147, 14 min"));
    // A fourth one over the line a minute later or more is announced at once, in the same summary.
    desk.customerWrote(QStringLiteral("+15125550150"), 5, QStringLiteral("leak"));
    clock.set(kMorning.addSecs(15 * 60));
    reminder.check();
    QCOMPARE(reminded.count(), 2);
    QCOMPARE(reminded.at(1).at(1).toString(), QStringLiteral("4 customers waiting over 10 min"));
}

void TestWaitingReminder::nothingOutsideBusinessHoursOrWhenOff()
{
    Desk desk;
    QVERIFY(desk.hoursSaved);
    // 18:00 in Austin: closed.
    desk.customerWrote(QStringLiteral("+15125550147"), 9 * 60, QStringLiteral("basement flooding"));
    ManualClock clock(kMorning.addSecs(10 * 3600));
    const PhoneNumberService phone(QStringLiteral("US"));
    WaitingReminder reminder(desk.db.db(), phone, *desk.settings, clock);
    QSignalSpy reminded(&reminder, &WaitingReminder::reminder);
    reminder.check();
    QCOMPARE(reminded.count(), 0);
    // Tuesday 8:05: the night does not count; 8:10 it does.
    const QDateTime opening = kMorning.addDays(1).addSecs(-3600);
    clock.set(opening.addSecs(5 * 60));
    reminder.check();
    QCOMPARE(reminded.count(), 0);
    clock.set(opening.addSecs(10 * 60));
    reminder.check();
    QCOMPARE(reminded.count(), 1);
    // This desk's notifications off: nothing.
    QVERIFY(desk.settings->setValue(SettingKey::NotificationsEnabled, false));
    clock.set(opening.addSecs(30 * 60));
    reminder.check();
    QCOMPARE(reminded.count(), 1);
}

void TestWaitingReminder::settingsPageSavesAndTheReminderFollowsAtOnce()
{
    Desk desk;
    QVERIFY(desk.hoursSaved);
    desk.customerWrote(QStringLiteral("+15125550147"), 0, QStringLiteral("basement flooding"));
    ManualClock clock(kMorning.addSecs(6 * 60)); // 6 minutes: under the default 10
    const PhoneNumberService phone(QStringLiteral("US"));
    WaitingReminder reminder(desk.db.db(), phone, *desk.settings, clock);
    QSignalSpy reminded(&reminder, &WaitingReminder::reminder);
    reminder.start(60'000); // the timer does not come round during this test: the change must do it
    reminder.check();
    QCOMPARE(reminded.count(), 0);

    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr,
                      QProcessEnvironment());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* after = child<QSpinBox>(page, "replyReminder");
    auto* mobile = child<QLineEdit>(page, "ownerMobile");
    QVERIFY(after && mobile);
    QCOMPARE(after->value(), 10);
    QVERIFY(mobile->text().isEmpty());

    // A mobile that is no phone number is refused in words, and nothing is saved.
    QTest::keyClicks(mobile, QStringLiteral("555 01"));
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(page, "settingsStatus")->text().contains(QStringLiteral("The owner's mobile")),
             qPrintable(child<QLabel>(page, "settingsStatus")->text()));
    QVERIFY(desk.settings->stringValue(SettingKey::OwnerMobile).isEmpty());

    // Typed as people write it: saved in international form, shown formatted.
    mobile->clear();
    QTest::keyClicks(mobile, QStringLiteral("512-555-0199"));
    after->selectAll();
    QTest::keyClicks(after, QStringLiteral("5"));
    QCOMPARE(after->value(), 5);
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(desk.settings->intValue(SettingKey::ReplyReminderMinutes), 5);
    QCOMPARE(desk.settings->stringValue(SettingKey::OwnerMobile), QStringLiteral("+15125550199"));
    QTRY_COMPARE(mobile->text(), QStringLiteral("(512) 555-0199"));
    // The reminder follows at once: 6 minutes is over the new 5.
    QTRY_COMPARE(reminded.count(), 1);
    QCOMPARE(reminded.at(0).at(1).toString(), QStringLiteral("(512) 555-0147 has waited 6 min for a reply"));

    // Never (0): shown as such, and no reminders.
    after->selectAll();
    QTest::keyClicks(after, QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(desk.settings->intValue(SettingKey::ReplyReminderMinutes), 0);
    page.reload();
    QCOMPARE(after->text(), QStringLiteral("Never"));
    clock.set(kMorning.addSecs(30 * 60));
    reminder.check();
    QCOMPARE(reminded.count(), 1);
}

QTEST_MAIN(TestWaitingReminder)
#include "tst_waitingreminder.moc"
