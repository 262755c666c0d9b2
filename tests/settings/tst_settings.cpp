#include "TempDatabase.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void everyKeyHasOneUniqueName();
    void defaultsUntilSet();
    void sharedGoToTheDatabaseMachineToQSettings();
    void exportImportRoundTrip();
    void withoutDatabaseSharedKeysReadDefaults();
    void listEntriesWithCommasRoundTrip();
};

void TestSettings::everyKeyHasOneUniqueName()
{
    QSet<QString> names;
    for (const SettingSpec& s : Settings::specs()) {
        const QString name = QString::fromLatin1(s.name);
        QVERIFY2(!names.contains(name), s.name);
        names.insert(name);
        QCOMPARE(Settings::spec(s.key).name, s.name);
        QVERIFY2(s.defaultValue.isValid(), s.name);
    }
}

void TestSettings::defaultsUntilSet()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    QSettings machine(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    Settings settings(&kv, &machine);
    QCOMPARE(settings.intValue(SettingKey::PollIntervalSeconds), 5);
    QCOMPARE(settings.intValue(SettingKey::CooldownHours), 24);
    QCOMPARE(settings.intValue(SettingKey::StaleCutoffMinutes), 120);
    QCOMPARE(settings.intValue(SettingKey::HourlyAutoTextCap), 30);
    QCOMPARE(settings.boolValue(SettingKey::FollowUpEnabled), false);
    QVERIFY(settings.listValue(SettingKey::BusinessNumbers).isEmpty());
}

void TestSettings::sharedGoToTheDatabaseMachineToQSettings()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("desk.ini"));
    {
        QSettings machine(ini, QSettings::IniFormat);
        Settings settings(&kv, &machine);
        QVERIFY(settings.setValue(SettingKey::BusinessNumbers, QStringList{"+15125550100", "+15125550101"}));
        QVERIFY(settings.setValue(SettingKey::GraceDelaySeconds, 90));
        QVERIFY(settings.setValue(SettingKey::FollowUpEnabled, true));
        QVERIFY(settings.setValue(SettingKey::DeskName, QStringLiteral("Front desk")));
    }
    // Another desk on the same database sees the shared values, not this desk's name.
    QTemporaryDir otherDir;
    QSettings otherMachine(otherDir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
    Settings other(&kv, &otherMachine);
    QCOMPARE(other.listValue(SettingKey::BusinessNumbers), (QStringList{"+15125550100", "+15125550101"}));
    QCOMPARE(other.intValue(SettingKey::GraceDelaySeconds), 90);
    QVERIFY(other.boolValue(SettingKey::FollowUpEnabled));
    QVERIFY(other.stringValue(SettingKey::DeskName).isEmpty());
    QCOMPARE(kv.value(QStringLiteral("automation/grace_delay_s")).value().value(), QStringLiteral("90"));
    QSettings machine(ini, QSettings::IniFormat);
    QCOMPARE(machine.value(QStringLiteral("desk/name")).toString(), QStringLiteral("Front desk"));

    other.reset(SettingKey::GraceDelaySeconds);
    QCOMPARE(other.intValue(SettingKey::GraceDelaySeconds), 0);
}

void TestSettings::exportImportRoundTrip()
{
    TempDatabase a(QStringLiteral("a"));
    TempDatabase b(QStringLiteral("b"));
    KeyValueStore kvA(a.db(), KeyValueStore::Table::Settings);
    KeyValueStore kvB(b.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    QSettings machineA(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    QSettings machineB(dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
    Settings from(&kvA, &machineA);
    Settings to(&kvB, &machineB);
    from.setValue(SettingKey::BusinessName, QStringLiteral("Ortiz Electric, LLC"));
    from.setValue(SettingKey::AllowedCountries, QStringList{"US", "CA"});
    from.setValue(SettingKey::CooldownHours, 12);
    from.setValue(SettingKey::StartAtLogin, true);

    QJsonObject json = from.exportJson();
    QJsonObject shared = json.value(QStringLiteral("shared")).toObject();
    shared.insert(QStringLiteral("automation/from_the_future"), 1);
    json.insert(QStringLiteral("shared"), shared);
    const QStringList unknown = to.importJson(json);
    QCOMPARE(unknown, QStringList{QStringLiteral("automation/from_the_future")});
    QCOMPARE(to.stringValue(SettingKey::BusinessName), QStringLiteral("Ortiz Electric, LLC"));
    QCOMPARE(to.listValue(SettingKey::AllowedCountries), (QStringList{"US", "CA"}));
    QCOMPARE(to.intValue(SettingKey::CooldownHours), 12);
    QVERIFY(to.boolValue(SettingKey::StartAtLogin));
}

void TestSettings::withoutDatabaseSharedKeysReadDefaults()
{
    Settings settings(nullptr, nullptr);
    QCOMPARE(settings.intValue(SettingKey::PollIntervalSeconds), 5);
    QVERIFY(!settings.setValue(SettingKey::PollIntervalSeconds, 9));
    QCOMPARE(settings.intValue(SettingKey::PollIntervalSeconds), 5);
}

void TestSettings::listEntriesWithCommasRoundTrip()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    Settings settings(&kv, nullptr);
    const QStringList replies{QStringLiteral("On our way, see you in 20 minutes."),
                              QStringLiteral("[Draft] call back"), QStringLiteral("Thanks!")};
    QVERIFY(settings.setValue(SettingKey::SavedReplies, replies));
    QCOMPARE(Settings(&kv, nullptr).listValue(SettingKey::SavedReplies), replies);
    // Plain lists keep their readable form.
    QVERIFY(settings.setValue(SettingKey::AllowedCountries, QStringList{"US", "CA"}));
    QCOMPARE(kv.value(QStringLiteral("automation/allowed_countries")).value().value(),
             QStringLiteral("US,CA"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
