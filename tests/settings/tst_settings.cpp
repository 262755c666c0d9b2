#include "TempDatabase.h"
#include "settings/SettingRules.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "store/StoreNotifications.h"

#include <QSettings>
#include <QSignalSpy>
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
    void everyKeyHasARuleItsDefaultKeeps();
    void rules_data();
    void rules();
    void storedBadValuesReadAsAllowedOnes_data();
    void storedBadValuesReadAsAllowedOnes();
    void setValueRefusesWhatBreaksTheRule();
    void batchIsAllOrNothing();
    void batchOnAReadOnlyStoreChangesNothing();
    void importSaysWhichKeyIsWrong();
    void changedOncePerKeyThatChanged();
    void anotherSettingsObjectOnTheStoreIsFollowed();
    void anotherDeskIsFollowedThroughItsNotification();
    void timeZoneMustBeOneThisComputerKnows_data();
    void timeZoneMustBeOneThisComputerKnows();
};

namespace {
QList<SettingKey> keysOf(const QSignalSpy& spy)
{
    QList<SettingKey> out;
    for (const QList<QVariant>& args : spy)
        out << args.at(0).value<SettingKey>();
    return out;
}

QSet<SettingKey> keySetOf(const QSignalSpy& spy)
{
    const QList<SettingKey> keys = keysOf(spy);
    return QSet<SettingKey>(keys.cbegin(), keys.cend());
}
} // namespace

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
    const Settings::Import imported = to.importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.problems.join(QLatin1Char('\n'))));
    QCOMPARE(imported.unknown, QStringList{QStringLiteral("automation/from_the_future")});
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

void TestSettings::everyKeyHasARuleItsDefaultKeeps()
{
    for (const SettingSpec& s : Settings::specs()) {
        const SettingRule& rule = SettingRules::rule(s.key);
        QCOMPARE(int(rule.key), int(s.key));
        QVERIFY2(!SettingRules::label(s.key).isEmpty(), s.name);
        const auto checked = SettingRules::check(s.key, s.defaultValue);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked.value(), s.defaultValue);
    }
}

void TestSettings::rules_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored"); // invalid: refused
    QTest::addColumn<QString>("sentencePart");

    const QVariant refused;
    const auto add = [](const char* name, SettingKey key, const QVariant& value, const QVariant& stored,
                        const QString& part = QString()) {
        QTest::newRow(name) << key << value << stored << part;
    };
    add("poll 5", SettingKey::PollIntervalSeconds, 5, 5);
    add("poll as digits", SettingKey::PollIntervalSeconds, QStringLiteral(" 30 "), 30);
    add("poll as a JSON number", SettingKey::PollIntervalSeconds, 30.0, 30);
    add("poll abc", SettingKey::PollIntervalSeconds, QStringLiteral("abc"), refused,
        QStringLiteral(
            "The time between checks for new calls must be a whole number from 1 to 300 (seconds); "
            "\"abc\" is not."));
    add("poll -5", SettingKey::PollIntervalSeconds, -5, refused, QStringLiteral("from 1 to 300"));
    add("poll 0", SettingKey::PollIntervalSeconds, 0, refused, QStringLiteral("from 1 to 300"));
    add("poll 2.5", SettingKey::PollIntervalSeconds, 2.5, refused, QStringLiteral("\"2.5\" is not"));
    add("poll 1e300", SettingKey::PollIntervalSeconds, 1e300, refused, QStringLiteral("from 1 to 300"));
    add("poll as a switch", SettingKey::PollIntervalSeconds, true, refused, QStringLiteral("whole number"));
    add("grace delay past int", SettingKey::GraceDelaySeconds, qlonglong(4294967326LL), refused,
        QStringLiteral("from 0 to 600"));
    add("negative cap", SettingKey::HourlyAutoTextCap, -1, refused, QStringLiteral("from 1 to"));
    add("cap past qint64", SettingKey::HourlyAutoTextCap, QVariant::fromValue(qulonglong(-1)), refused,
        QStringLiteral("from 1 to"));
    add("negative cooldown", SettingKey::CooldownHours, -24, refused, QStringLiteral("from 1 to 336"));
    add("name trimmed", SettingKey::BusinessName, QStringLiteral("  Ortiz Electric "),
        QStringLiteral("Ortiz Electric"));
    add("name empty", SettingKey::BusinessName, QStringLiteral("  "), refused,
        QStringLiteral("The business name cannot be empty."));
    add("name 101 characters", SettingKey::BusinessName, QString(101, QLatin1Char('A')), refused,
        QStringLiteral("at most 100 characters long; this one has 101."));
    add("name with NUL", SettingKey::BusinessName,
        QString(QStringLiteral("Ortiz") + QChar(0) + QStringLiteral("x")), refused,
        QStringLiteral("control characters"));
    add("name as a number", SettingKey::BusinessName, 42, refused, QStringLiteral("must be a text"));
    add("region lower case", SettingKey::BusinessRegion, QStringLiteral("ca"), QStringLiteral("CA"));
    add("region USA", SettingKey::BusinessRegion, QStringLiteral("USA"), refused,
        QStringLiteral("two-letter country codes"));
    add("region ZZ", SettingKey::BusinessRegion, QStringLiteral("ZZ"), refused, QStringLiteral("\"ZZ\""));
    add("numbers E.164", SettingKey::BusinessNumbers, QVariantList{QStringLiteral("+15125550100")},
        QStringList{QStringLiteral("+15125550100")});
    add("numbers national", SettingKey::BusinessNumbers, QStringList{QStringLiteral("(512) 555-0100")},
        refused, QStringLiteral("international form"));
    add("numbers not a list", SettingKey::BusinessNumbers, QStringLiteral("+15125550100"), refused,
        QStringLiteral("must be a list"));
    add("numbers list of numbers", SettingKey::BusinessNumbers, QVariantList{15125550100.0}, refused,
        QStringLiteral("not a text"));
    add("countries upper-cased, blanks dropped", SettingKey::AllowedCountries,
        QStringList{QStringLiteral("us"), QStringLiteral(""), QStringLiteral("CA")},
        QStringList{QStringLiteral("US"), QStringLiteral("CA")});
    add("switch true", SettingKey::FollowUpEnabled, true, true);
    add("switch \"false\"", SettingKey::FollowUpEnabled, QStringLiteral("false"), false);
    add("switch maybe", SettingKey::FollowUpEnabled, QStringLiteral("maybe"), refused,
        QStringLiteral("switch"));
    add("switch 2", SettingKey::FollowUpEnabled, 2, refused, QStringLiteral("switch"));
    add("provider https", SettingKey::ProviderBaseUrl, QStringLiteral("https://example.com/api/laml"),
        QStringLiteral("https://example.com/api/laml"));
    add("provider http to another host", SettingKey::ProviderBaseUrl, QStringLiteral("http://example.com"),
        refused, QStringLiteral("must start with https://"));
    add("provider http to a LAN address", SettingKey::ProviderBaseUrl,
        QStringLiteral("http://192.168.1.20:8080"), refused, QStringLiteral("must start with https://"));
    add("provider http://127.0.0.1", SettingKey::ProviderBaseUrl, QStringLiteral("http://127.0.0.1:8080"),
        QStringLiteral("http://127.0.0.1:8080"));
    add("provider http://127.8.9.10", SettingKey::ProviderBaseUrl, QStringLiteral("http://127.8.9.10"),
        QStringLiteral("http://127.8.9.10"));
    add("provider http://[::1]", SettingKey::ProviderBaseUrl, QStringLiteral("http://[::1]:8080"),
        QStringLiteral("http://[::1]:8080"));
    add("provider http://localhost", SettingKey::ProviderBaseUrl, QStringLiteral("http://localhost:8080"),
        QStringLiteral("http://localhost:8080"));
    add("provider http://localhost.example.com", SettingKey::ProviderBaseUrl,
        QStringLiteral("http://localhost.example.com"), refused, QStringLiteral("must start with https://"));
    add("provider ftp", SettingKey::ProviderBaseUrl, QStringLiteral("ftp://example.com"), refused,
        QStringLiteral("web address"));
    add("provider empty: the default", SettingKey::ProviderBaseUrl, QString(), QString());
    add("provider kind", SettingKey::ProviderKind, QStringLiteral("simulator"), QStringLiteral("simulator"));
    add("provider kind unknown", SettingKey::ProviderKind, QStringLiteral("vonage"), refused,
        QStringLiteral("twilio, simulator"));
    add("booking link javascript", SettingKey::BookingLink, QStringLiteral("javascript:alert(1)"), refused,
        QStringLiteral("web address"));
    add("language", SettingKey::Language, QStringLiteral("es"), QStringLiteral("es"));
    add("language path", SettingKey::Language, QStringLiteral("../../etc"), refused,
        QStringLiteral("language code"));
    add("database with a password", SettingKey::DatabaseLocation,
        QStringLiteral("postgresql://maria:secret@office-pc/ringback"), refused,
        QStringLiteral("without a password"));
    add("saved reply with a line break", SettingKey::SavedReplies,
        QStringList{QStringLiteral("Hi,\nsee you")}, QStringList{QStringLiteral("Hi,\nsee you")});
    add("staff name with a line break", SettingKey::StaffNames, QStringList{QStringLiteral("Maria\nJoe")},
        refused, QStringLiteral("control characters"));
}

void TestSettings::rules()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    QFETCH(QString, sentencePart);
    const auto checked = SettingRules::check(key, value);
    if (stored.isValid()) {
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked.value(), stored);
        return;
    }
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(sentencePart), qPrintable(checked.error()));
    QVERIFY2(checked.error().startsWith(SettingRules::label(key)), qPrintable(checked.error()));
    QVERIFY2(checked.error().size() < 400, qPrintable(checked.error()));
}

void TestSettings::storedBadValuesReadAsAllowedOnes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("read");
    // What an older version's import, another program or a hand edit may have left.
    QTest::newRow("poll abc: the default") << "automation/poll_interval_s"
                                           << "abc" << SettingKey::PollIntervalSeconds << QVariant(5);
    QTest::newRow("poll 0: the shortest allowed") << "automation/poll_interval_s"
                                                  << "0" << SettingKey::PollIntervalSeconds << QVariant(1);
    QTest::newRow("poll -5: the shortest allowed") << "automation/poll_interval_s"
                                                   << "-5" << SettingKey::PollIntervalSeconds << QVariant(1);
    QTest::newRow("poll huge: the longest allowed")
        << "automation/poll_interval_s"
        << "99999999999999" << SettingKey::PollIntervalSeconds << QVariant(300);
    QTest::newRow("cap -3") << "automation/hourly_cap"
                            << "-3" << SettingKey::HourlyAutoTextCap << QVariant(1);
    QTest::newRow("grace overflow") << "automation/grace_delay_s"
                                    << "4294967326" << SettingKey::GraceDelaySeconds << QVariant(600);
    QTest::newRow("region garbage: the default")
        << "business/region"
        << "United States" << SettingKey::BusinessRegion << QVariant(QStringLiteral("US"));
    QTest::newRow("provider over http: the default (Twilio)")
        << "provider/base_url"
        << "http://example.com" << SettingKey::ProviderBaseUrl << QVariant(QString());
}

void TestSettings::storedBadValuesReadAsAllowedOnes()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QFETCH(SettingKey, key);
    QFETCH(QVariant, read);
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QVERIFY(kv.setValue(name, stored, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(Settings(&kv, nullptr).value(key), read);
}

void TestSettings::setValueRefusesWhatBreaksTheRule()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    Settings settings(&kv, nullptr);
    QVERIFY(settings.setValue(SettingKey::PollIntervalSeconds, 30));
    QVERIFY(!settings.setValue(SettingKey::PollIntervalSeconds, -5));
    QVERIFY(!settings.setValue(SettingKey::PollIntervalSeconds, QStringLiteral("abc")));
    QCOMPARE(settings.intValue(SettingKey::PollIntervalSeconds), 30);
    QCOMPARE(kv.value(QStringLiteral("automation/poll_interval_s")).value().value(), QStringLiteral("30"));
}

void TestSettings::batchIsAllOrNothing()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    QSettings machine(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    Settings settings(&kv, &machine);
    auto refused = settings.setValues({{SettingKey::BusinessName, QStringLiteral("Ortiz Electric")},
                                       {SettingKey::DeskStaffName, QStringLiteral("Maria")},
                                       {SettingKey::HourlyAutoTextCap, -1},
                                       {SettingKey::PollIntervalSeconds, QStringLiteral("abc")}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().size(), 2); // each wrong value said
    QVERIFY(!kv.value(QStringLiteral("business/name")).value().has_value());
    QVERIFY(!machine.contains(QStringLiteral("desk/staff_name")));

    QVERIFY(settings
                .setValues({{SettingKey::BusinessName, QStringLiteral("Ortiz Electric")},
                            {SettingKey::DeskStaffName, QStringLiteral("Maria")},
                            {SettingKey::HourlyAutoTextCap, 50}})
                .ok());
    QCOMPARE(settings.stringValue(SettingKey::BusinessName), QStringLiteral("Ortiz Electric"));
    QCOMPARE(settings.stringValue(SettingKey::DeskStaffName), QStringLiteral("Maria"));
    QCOMPARE(settings.intValue(SettingKey::HourlyAutoTextCap), 50);
}

void TestSettings::batchOnAReadOnlyStoreChangesNothing()
{
    // A store that refuses writes part-way (a read-only PostgreSQL user, a file made read-only
    // while open): no value of the batch stays, and the store's sentence is returned.
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    QSettings machine(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    Settings settings(&kv, &machine);
    QVERIFY(settings.setValue(SettingKey::BusinessName, QStringLiteral("Ortiz Electric")));
    const bool postgres = t.db().dialect().kind() == SqlDialect::Kind::Postgres;
    // The second write fails: a trigger refuses the poll interval.
    if (postgres) {
        QVERIFY(
            t.db()
                .exec(QStringLiteral("CREATE FUNCTION refuse_poll() RETURNS trigger AS $$ BEGIN IF NEW.key = "
                                     "'automation/poll_interval_s' THEN RAISE EXCEPTION 'read-only'; END IF; "
                                     "RETURN NEW; END $$ LANGUAGE plpgsql"))
                .ok());
        QVERIFY(t.db()
                    .exec(QStringLiteral("CREATE TRIGGER refuse_poll BEFORE INSERT OR UPDATE ON settings FOR "
                                         "EACH ROW EXECUTE FUNCTION refuse_poll()"))
                    .ok());
    } else {
        QVERIFY(t.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER refuse_poll BEFORE INSERT ON settings WHEN "
                                         "NEW.key = 'automation/poll_interval_s' BEGIN SELECT RAISE(ABORT, "
                                         "'read-only'); END"))
                    .ok());
    }
    auto refused = settings.setValues({{SettingKey::BusinessName, QStringLiteral("New name")},
                                       {SettingKey::PollIntervalSeconds, 30},
                                       {SettingKey::DeskStaffName, QStringLiteral("Maria")}});
    if (postgres) {
        t.db().exec(QStringLiteral("DROP TRIGGER refuse_poll ON settings")).ok();
        t.db().exec(QStringLiteral("DROP FUNCTION refuse_poll()")).ok();
    }
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().size(), 1);
    QCOMPARE(settings.stringValue(SettingKey::BusinessName), QStringLiteral("Ortiz Electric"));
    QCOMPARE(settings.intValue(SettingKey::PollIntervalSeconds), 5);
    QVERIFY(!machine.contains(QStringLiteral("desk/staff_name")));
}

void TestSettings::importSaysWhichKeyIsWrong()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    Settings settings(&kv, nullptr);
    QJsonObject shared{{QStringLiteral("business/name"), QStringLiteral("New name")},
                       {QStringLiteral("automation/poll_interval_s"), QStringLiteral("abc")},
                       {QStringLiteral("provider/base_url"), QStringLiteral("http://example.com")}};
    const Settings::Import imported = settings.importJson(QJsonObject{{QStringLiteral("shared"), shared}});
    QVERIFY(!imported.ok());
    QCOMPARE(imported.problems.size(), 2);
    QVERIFY(imported.problems.at(0).startsWith(QStringLiteral("automation/poll_interval_s: ")));
    QVERIFY(imported.problems.at(1).startsWith(QStringLiteral("provider/base_url: ")));
    QCOMPARE(settings.stringValue(SettingKey::BusinessName), QStringLiteral("Anderson Plumbing & Heating"));

    QVERIFY(!settings.importJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("x")}}).ok());
    QVERIFY(!settings.importJson(QJsonObject{{QStringLiteral("shared"), 5}}).ok());
}

void TestSettings::changedOncePerKeyThatChanged()
{
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    QTemporaryDir dir;
    QSettings machine(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    Settings settings(&kv, &machine);
    QSignalSpy changed(&settings, &Settings::changed);

    QVERIFY(settings.setValue(SettingKey::StaffNames, QStringList{"Maria", "Joe"}));
    QCOMPARE(keysOf(changed), QList<SettingKey>{SettingKey::StaffNames});
    QVERIFY(settings.setValue(SettingKey::StaffNames, QStringList{"Maria", "Joe"})); // the same again
    QCOMPARE(changed.count(), 1);

    // A batch: one signal per key whose value changed, machine keys too.
    changed.clear();
    QVERIFY(settings
                .setValues({{SettingKey::StaffNames, QStringList{"Maria", "Joe"}},
                            {SettingKey::BusinessName, QStringLiteral("Ortiz Electric")},
                            {SettingKey::DeskStaffName, QStringLiteral("Maria")}})
                .ok());
    QCOMPARE(keySetOf(changed), (QSet<SettingKey>{SettingKey::BusinessName, SettingKey::DeskStaffName}));
    QCOMPARE(changed.count(), 2);

    // Refused: nothing written, nothing announced.
    changed.clear();
    QVERIFY(!settings
                 .setValues({{SettingKey::BusinessName, QStringLiteral("Other")},
                             {SettingKey::PollIntervalSeconds, 0}})
                 .ok());
    QCOMPARE(changed.count(), 0);

    QVERIFY(settings.reset(SettingKey::BusinessName));
    QCOMPARE(keysOf(changed), QList<SettingKey>{SettingKey::BusinessName});
}

void TestSettings::anotherSettingsObjectOnTheStoreIsFollowed()
{
    // The worker's, a page's own, or the import's Settings object writes; the desk's object says so.
    TempDatabase t;
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    Settings desk(&kv, nullptr);
    desk.followChanges();
    QSignalSpy changed(&desk, &Settings::changed);

    auto other = Database::open(t.location(), QStringLiteral("other"));
    QVERIFY(other);
    KeyValueStore otherKv(*other.value(), KeyValueStore::Table::Settings);
    Settings writer(&otherKv, nullptr);
    QVERIFY(writer
                .setValues({{SettingKey::StaffNames, QStringList{"Maria", "Joe", "Dave"}},
                            {SettingKey::PollIntervalSeconds, 7}})
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10'000);
    QCOMPARE(keySetOf(changed), (QSet<SettingKey>{SettingKey::StaffNames, SettingKey::PollIntervalSeconds}));
    QCOMPARE(desk.listValue(SettingKey::StaffNames), (QStringList{"Maria", "Joe", "Dave"}));

    // A store of its own is not followed.
    TempDatabase elsewhere(QStringLiteral("elsewhere"));
    KeyValueStore elsewhereKv(elsewhere.db(), KeyValueStore::Table::Settings);
    QVERIFY(Settings(&elsewhereKv, nullptr).setValue(SettingKey::BusinessName, QStringLiteral("Elsewhere")));
    QVERIFY(writer.setValue(SettingKey::BookingLink, QStringLiteral("https://example.com/book")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 10'000);
    QCOMPARE(keysOf(changed).last(), SettingKey::BookingLink);
    QVERIFY(!keysOf(changed).contains(SettingKey::BusinessName));
}

void TestSettings::anotherDeskIsFollowedThroughItsNotification()
{
    // Another desk writes the row directly (no Settings object of this process knows): the
    // store's notification (migration 12) is all this desk hears, and the re-read says which key.
    TempDatabase t;
    if (t.backend() != SqlDialect::Kind::Postgres)
        QSKIP("one desk per SQLite file: other desks exist on a shared database only");
    KeyValueStore kv(t.db(), KeyValueStore::Table::Settings);
    Settings desk(&kv, nullptr);
    desk.followChanges();
    StoreNotifications notifications(t.db());
    QVERIFY(notifications.listening());
    QSignalSpy heard(&notifications, &StoreNotifications::changed);
    connect(&notifications, &StoreNotifications::changed, &desk, [&desk](StoreNotifications::Kind kind) {
        if (kind == StoreNotifications::Kind::Setting)
            desk.reloadShared();
    });
    QSignalSpy changed(&desk, &Settings::changed);

    auto other = Database::open(t.location(), QStringLiteral("otherDesk"));
    QVERIFY(other);
    QVERIFY(KeyValueStore(*other.value(), KeyValueStore::Table::Settings)
                .setValue(QStringLiteral("business/staff"), QStringLiteral("Maria,Joe,Dave"),
                          QDateTime::currentDateTimeUtc())
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10'000);
    QCOMPARE(heard.first().at(0).value<StoreNotifications::Kind>(), StoreNotifications::Kind::Setting);
    QCOMPARE(keysOf(changed), QList<SettingKey>{SettingKey::StaffNames});
    QCOMPARE(desk.listValue(SettingKey::StaffNames), (QStringList{"Maria", "Joe", "Dave"}));

    // Hours and templates are told apart (their views re-read them).
    heard.clear();
    QVERIFY(other.value()
                ->exec(QStringLiteral("INSERT INTO business_hours (weekday, opens_minute, closes_minute) "
                                      "VALUES (1, 480, 1020)"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10'000);
    QCOMPARE(heard.first().at(0).value<StoreNotifications::Kind>(), StoreNotifications::Kind::Hours);
}

void TestSettings::timeZoneMustBeOneThisComputerKnows_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("chicago") << "America/Chicago" << true;
    QTest::newRow("empty: this computer's") << "" << true;
    QTest::newRow("an alias the list leaves out") << "Etc/UTC" << true;
    QTest::newRow("everyday name") << "Central" << false;
    QTest::newRow("abbreviation") << "CST" << false;
    QTest::newRow("made up") << "America/Springfield" << false;
}

void TestSettings::timeZoneMustBeOneThisComputerKnows()
{
    QFETCH(QString, zone);
    QFETCH(bool, accepted);
    QCOMPARE(SettingRules::check(SettingKey::BusinessTimeZone, zone).ok(), accepted);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
