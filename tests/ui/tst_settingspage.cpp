#include "TempDatabase.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "settings/CredentialChooser.h"
#include "settings/CredentialFileStore.h"
#include "settings/SettingRules.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "store/KeyValueStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");

struct Desk
{
    Desk()
    {
        machine = std::make_unique<QSettings>(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        settings = std::make_unique<Settings>(&kv, machine.get());
        auto memory = std::make_unique<InMemoryCredentialStore>();
        keychain = memory.get();
        credentials = std::make_unique<CredentialChooser>(
            std::move(memory), std::make_unique<CredentialFileStore>(dir.filePath(QStringLiteral("c.json"))),
            false);
    }
    QTemporaryDir dir;
    TempDatabase db;
    KeyValueStore kv{db.db(), KeyValueStore::Table::Settings};
    std::unique_ptr<QSettings> machine;
    std::unique_ptr<Settings> settings;
    InMemoryCredentialStore* keychain = nullptr;
    std::unique_ptr<CredentialChooser> credentials;
};

template <class T>
T* child(QWidget& w, const char* name)
{
    auto* found = w.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void setSpin(QSpinBox* box, int value)
{
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

QProcessEnvironment noVariables()
{
    return QProcessEnvironment();
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatIsSaved();
    void editsPersistSharedToDatabaseMachineToQSettings();
    void textBackByWhatsAppOffersTheApprovedTemplatesAndFollowsLive();
    void problemsAreSaidAndNothingIsSaved();
    void outOfRangeValueIsRefusedWithTheRulesSentence();
    void saysWhereTheTokenIs();
    void runSetupAgain();
    void startAtSignInSitsUnderThisComputer();
    void shareWithOtherDesksAsksTheSession();
};

void TestSettingsPage::showsWhatIsSaved()
{
    Desk desk;
    desk.settings->setValue(SettingKey::ProviderPhoneNumbersCache,
                            QStringList{QStringLiteral("+15125550100"), QStringLiteral("+15125550123")});
    desk.settings->setValue(SettingKey::BusinessNumbers, QStringList{QStringLiteral("+15125550123")});
    desk.settings->setValue(SettingKey::StaffNames,
                            QStringList{QStringLiteral("Maria"), QStringLiteral("Joe")});
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("/tmp/office.sqlite"), nullptr,
                      noVariables());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(child<QLineEdit>(page, "businessName")->text(), QStringLiteral("Anderson Plumbing & Heating"));
    QCOMPARE(child<QSpinBox>(page, "pollInterval")->value(), 5);
    QCOMPARE(child<QSpinBox>(page, "pollInterval")->suffix(), QStringLiteral(" seconds"));
    QCOMPARE(child<QSpinBox>(page, "cooldown")->suffix(), QStringLiteral(" hours"));
    QVERIFY(!child<QCheckBox>(page, "number_+15125550100")->isChecked());
    QVERIFY(child<QCheckBox>(page, "number_+15125550123")->isChecked());
    QCOMPARE(child<QCheckBox>(page, "number_+15125550123")->text(), QStringLiteral("(512) 555-0123"));
    QCOMPARE(child<QLineEdit>(page, "staffNames")->text(), QStringLiteral("Maria, Joe"));
    QVERIFY(!child<QSpinBox>(page, "followUpDelay")->isEnabled());
    QCOMPARE(child<QLabel>(page, "databaseLocation")->text(), QStringLiteral("/tmp/office.sqlite"));
    QVERIFY(!child<QLabel>(page, "noNumbers")->isVisible());
    QCOMPARE(child<QComboBox>(page, "language")->currentIndex(), 0);
}

void TestSettingsPage::editsPersistSharedToDatabaseMachineToQSettings()
{
    Desk desk;
    desk.settings->setValue(SettingKey::ProviderPhoneNumbersCache,
                            QStringList{QStringLiteral("+15125550100"), QStringLiteral("+15125550123")});
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QSignalSpy saved(&page, &SettingsPage::saved);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* name = child<QLineEdit>(page, "businessName");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ortiz Electric"));
    QTest::mouseClick(child<QCheckBox>(page, "number_+15125550100"), Qt::LeftButton, {}, QPoint(8, 8));
    QTest::keyClicks(child<QLineEdit>(page, "staffNames"), QStringLiteral("Maria, Joe ,, Dave"));
    setSpin(child<QSpinBox>(page, "pollInterval"), 10);
    setSpin(child<QSpinBox>(page, "graceDelay"), 90);
    setSpin(child<QSpinBox>(page, "cooldown"), 12);
    setSpin(child<QSpinBox>(page, "staleCutoff"), 60);
    setSpin(child<QSpinBox>(page, "shortCall"), 8);
    setSpin(child<QSpinBox>(page, "hourlyCap"), 20);
    QTest::keyClicks(child<QLineEdit>(page, "allowedCountries"), QStringLiteral("us, ca"));
    QTest::mouseClick(child<QCheckBox>(page, "followUpEnabled"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(child<QSpinBox>(page, "followUpDelay")->isEnabled());
    setSpin(child<QSpinBox>(page, "followUpDelay"), 45);
    child<QComboBox>(page, "deskStaff")->setCurrentText(QStringLiteral("Maria"));
    QTest::mouseClick(child<QCheckBox>(page, "notifications"), Qt::LeftButton, {}, QPoint(8, 8));
    auto* language = child<QComboBox>(page, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("es")));

    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(child<QLabel>(page, "settingsStatus")->text(), QStringLiteral("Saved."));

    // Shared values are in the database, where another desk reads them.
    QTemporaryDir otherDir;
    QSettings otherMachine(otherDir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
    const Settings other(&desk.kv, &otherMachine);
    QCOMPARE(other.stringValue(SettingKey::BusinessName), QStringLiteral("Ortiz Electric"));
    QCOMPARE(other.listValue(SettingKey::BusinessNumbers), QStringList{QStringLiteral("+15125550100")});
    QCOMPARE(other.listValue(SettingKey::StaffNames),
             (QStringList{QStringLiteral("Maria"), QStringLiteral("Joe"), QStringLiteral("Dave")}));
    QCOMPARE(other.intValue(SettingKey::PollIntervalSeconds), 10);
    QCOMPARE(other.intValue(SettingKey::GraceDelaySeconds), 90);
    QCOMPARE(other.intValue(SettingKey::CooldownHours), 12);
    QCOMPARE(other.intValue(SettingKey::StaleCutoffMinutes), 60);
    QCOMPARE(other.intValue(SettingKey::ShortCallSeconds), 8);
    QCOMPARE(other.intValue(SettingKey::HourlyAutoTextCap), 20);
    QCOMPARE(other.listValue(SettingKey::AllowedCountries),
             (QStringList{QStringLiteral("US"), QStringLiteral("CA")}));
    QVERIFY(other.boolValue(SettingKey::FollowUpEnabled));
    QCOMPARE(other.intValue(SettingKey::FollowUpDelayMinutes), 45);
    // ...and this desk's preferences are not: they are in this desk's QSettings file.
    QVERIFY(other.stringValue(SettingKey::DeskStaffName).isEmpty());
    QVERIFY(other.boolValue(SettingKey::NotificationsEnabled));
    desk.machine->sync();
    QSettings file(desk.machine->fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("desk/staff_name")).toString(), QStringLiteral("Maria"));
    QCOMPARE(file.value(QStringLiteral("desk/notifications")).toString(), QStringLiteral("false"));
    QCOMPARE(file.value(QStringLiteral("desk/language")).toString(), QStringLiteral("es"));
    QVERIFY(!file.contains(QStringLiteral("business/name")));

    // A page opened later shows the saved values.
    SettingsPage again(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QCOMPARE(child<QSpinBox>(again, "graceDelay")->value(), 90);
    QCOMPARE(child<QComboBox>(again, "deskStaff")->currentText(), QStringLiteral("Maria"));
    QCOMPARE(child<QComboBox>(again, "language")->currentData().toString(), QStringLiteral("es"));
}

void TestSettingsPage::textBackByWhatsAppOffersTheApprovedTemplatesAndFollowsLive()
{
    const QString missedCall = QStringLiteral("HX0000000000000000000000000000a001");
    const QString afterHours = QStringLiteral("HX0000000000000000000000000000a002");
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* channel = child<QComboBox>(page, "textBackChannel");
    QVERIFY(channel);
    // The default: SMS, and nothing else while WhatsApp has no sender.
    QCOMPARE(channel->currentText(), QStringLiteral("SMS"));
    QCOMPARE(channel->count(), 1);
    QVERIFY(!channel->isEnabled());

    auto* sender = child<QLineEdit>(page, "whatsAppSender");
    QTest::keyClicks(sender, QStringLiteral("+15125550199"));
    QVERIFY(channel->isEnabled());
    page.setWhatsAppTemplates({{missedCall,
                                QStringLiteral("missed_call"),
                                QStringLiteral("en"),
                                QStringLiteral("Hi {{1}}, sorry we missed your call."),
                                {}},
                               {afterHours,
                                QStringLiteral("after_hours"),
                                QStringLiteral("en"),
                                QStringLiteral("Hi {{1}}, we are closed now."),
                                {}}});
    QCOMPARE(channel->count(), 3);
    QCOMPARE(channel->itemText(1), QStringLiteral("WhatsApp: missed_call"));
    QCOMPARE(channel->itemText(2), QStringLiteral("WhatsApp: after_hours"));

    // The owner picks a template with the keyboard, as on the real page, and saves.
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(channel->currentData().toString(), missedCall);
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(page, "settingsStatus")->text(), QStringLiteral("Saved."));
    QCOMPARE(desk.settings->stringValue(SettingKey::TextBackWhatsAppTemplate), missedCall);
    QCOMPARE(desk.settings->stringValue(SettingKey::WhatsAppSender), QStringLiteral("+15125550199"));

    // Changed elsewhere (another desk, --import-settings): the page follows at once.
    QVERIFY(desk.settings->setValue(SettingKey::TextBackWhatsAppTemplate, afterHours));
    QCOMPARE(channel->currentData().toString(), afterHours);
    QVERIFY(desk.settings->setValue(SettingKey::TextBackWhatsAppTemplate, QString()));
    QCOMPARE(channel->currentText(), QStringLiteral("SMS"));
    // A template listed no more is still shown by its id rather than silently dropped.
    const QString gone = QStringLiteral("HX0000000000000000000000000000a003");
    QVERIFY(desk.settings->setValue(SettingKey::TextBackWhatsAppTemplate, gone));
    QCOMPARE(channel->currentText(), QStringLiteral("WhatsApp: ") + gone);
    // Only an approved template's id is ever saved.
    QVERIFY(!SettingRules::check(SettingKey::TextBackWhatsAppTemplate, QStringLiteral("missed_call")));
    // A page opened later shows the saved choice.
    SettingsPage again(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QCOMPARE(child<QComboBox>(again, "textBackChannel")->currentData().toString(), gone);
}

void TestSettingsPage::problemsAreSaidAndNothingIsSaved()
{
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QSignalSpy saved(&page, &SettingsPage::saved);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    child<QLineEdit>(page, "businessName")->clear();
    QTest::keyClicks(child<QLineEdit>(page, "allowedCountries"), QStringLiteral("US, USA, ZZ"));
    setSpin(child<QSpinBox>(page, "pollInterval"), 30);
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    const QString status = child<QLabel>(page, "settingsStatus")->text();
    QVERIFY2(status.contains(SettingRules::check(SettingKey::BusinessName, QString()).error()),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("\"USA\" is not one")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("\"ZZ\" is not one")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("\"US\"")));
    QCOMPARE(desk.settings->intValue(SettingKey::PollIntervalSeconds), 5);
    QCOMPARE(desk.settings->stringValue(SettingKey::BusinessName),
             QStringLiteral("Anderson Plumbing & Heating"));

    QTest::mouseClick(child<QPushButton>(page, "discardSettings"), Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(page, "pollInterval")->value(), 5);
    QCOMPARE(child<QLineEdit>(page, "businessName")->text(), QStringLiteral("Anderson Plumbing & Heating"));
}

void TestSettingsPage::outOfRangeValueIsRefusedWithTheRulesSentence()
{
    // Typed "1" where calls older than 5 minutes at least are meant: the box cannot hold it, and
    // the page must say so instead of saving the old value as if nothing was typed.
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QSignalSpy saved(&page, &SettingsPage::saved);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* staleCutoff = child<QSpinBox>(page, "staleCutoff");
    staleCutoff->setFocus();
    staleCutoff->selectAll();
    QTest::keyClicks(staleCutoff, QStringLiteral("1"));
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    const QString status = child<QLabel>(page, "settingsStatus")->text();
    // The rule's own sentence, as --import-settings would say it.
    const QString sentence = SettingRules::check(SettingKey::StaleCutoffMinutes, QStringLiteral("1")).error();
    QVERIFY2(sentence.contains(QStringLiteral("from 5 to 4320")), qPrintable(sentence));
    QCOMPARE(status, sentence);
    QCOMPARE(desk.settings->intValue(SettingKey::StaleCutoffMinutes), 120);

    // Typing a value in range again is saved.
    staleCutoff->setFocus();
    staleCutoff->selectAll();
    QTest::keyClicks(staleCutoff, QStringLiteral("15"));
    QTest::mouseClick(child<QPushButton>(page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(desk.settings->intValue(SettingKey::StaleCutoffMinutes), 15);
}

void TestSettingsPage::saysWhereTheTokenIs()
{
    Desk desk;
    desk.settings->setValue(SettingKey::ProviderKind, QStringLiteral("twilio"));
    desk.settings->setValue(SettingKey::ProviderAccountId, kSid);
    {
        SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
        QTRY_COMPARE(child<QLabel>(page, "tokenPlace")->text(),
                     QStringLiteral("Not saved on this computer yet"));
        QVERIFY(child<QLabel>(page, "providerAccount")->text().contains(kSid));
    }
    desk.keychain->write(TwilioCredentialSource::secretKey(kSid), QStringLiteral("secret"), [](auto) {});
    {
        SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
        QTRY_COMPARE(child<QLabel>(page, "tokenPlace")->text(),
                     QStringLiteral("Saved in the system keychain"));
        QVERIFY(!child<QLabel>(page, "tokenPlace")->text().contains(QStringLiteral("secret")));
    }
    QProcessEnvironment env;
    env.insert(QString::fromLatin1(TwilioCredentialSource::kAccountSidVariable), kSid);
    env.insert(QString::fromLatin1(TwilioCredentialSource::kAuthTokenVariable), QStringLiteral("secret"));
    {
        SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, env);
        QCOMPARE(child<QLabel>(page, "tokenPlace")->text(), QStringLiteral("From environment variables"));
    }
}

void TestSettingsPage::runSetupAgain()
{
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("db"), nullptr, noVariables());
    QSignalSpy asked(&page, &SettingsPage::runSetupRequested);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(child<QLabel>(page, "noNumbers")->isVisible()); // nothing listed yet: says how to get them
    auto* rerun = child<QPushButton>(page, "runSetupAgain");
    page.findChild<QScrollArea*>()->ensureWidgetVisible(rerun);
    QTest::mouseClick(rerun, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

QTEST_MAIN(TestSettingsPage)
void TestSettingsPage::startAtSignInSitsUnderThisComputer()
{
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("/tmp/office.sqlite"), nullptr,
                      noVariables());
    auto* startup = new QGroupBox(QStringLiteral("Starting Ringback"));
    startup->setObjectName(QStringLiteral("startupOptions"));
    page.addComputerOptions(startup);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(startup->isVisible());
    QVERIFY(page.isAncestorOf(startup));
    // Right below "This computer", above "Data".
    QWidget* computer = child<QComboBox>(page, "deskStaff")->parentWidget();
    QWidget* data = child<QLabel>(page, "databaseLocation")->parentWidget();
    QVERIFY(computer->geometry().bottom() < startup->geometry().top());
    QVERIFY(startup->geometry().bottom() < data->geometry().top());
}

void TestSettingsPage::shareWithOtherDesksAsksTheSession()
{
    Desk desk;
    SettingsPage page(*desk.settings, *desk.credentials, QStringLiteral("/tmp/office.sqlite"), nullptr,
                      noVariables());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy asked(&page, &SettingsPage::sharedDatabaseRequested);
    QTest::mouseClick(child<QPushButton>(page, "shareDatabase"), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

#include "tst_settingspage.moc"
