// The command line an installer or an office's script relies on, run as a real process.
#include "FakeHttpServer.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/OutboxStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void versionWithoutDisplay();
    void settingsMoveToANewPc();
    void importRefusesGarbage();
    void damagedDatabaseIsOneSentence();
    void providerChosenInSetupIsUsed();
    void importIsCheckedAndAllOrNothing_data();
    void importIsCheckedAndAllOrNothing();
    void importIntoAReadOnlyDatabaseIsRefused();
    void readOnlyDatabaseIsRefused_data();
    void readOnlyDatabaseIsRefused();
    void providerTextCannotDriveTheTerminal();
    void heldTextsAreReleasedFromATerminal();
    void headlessFollowsTheProviderChosenAtADesk();

private:
    QProcess* run(const QStringList& args, const QTemporaryDir& home);
};

namespace {

// A run with no display, its own home, and Twilio credentials in the environment (as a service's
// environment file gives them).
QProcessEnvironment twilioRunEnvironment(const QTemporaryDir& home, const QString& loggingRules)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    env.insert(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"), QStringLiteral("AC") + QString(32, u'a'));
    env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), QString(32, u'b'));
    return env;
}

} // namespace

QProcess* TestCommandLine::run(const QStringList& args, const QTemporaryDir& home)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home.path()); // per-desk settings go to this home's config
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(RINGBACK_BINARY), args);
    p->waitForFinished(30'000); // the child needs nothing from this process
    return p;
}

void TestCommandLine::versionWithoutDisplay()
{
    QTemporaryDir home;
    QProcess* p = run({QStringLiteral("--version")}, home);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().startsWith("Ringback "));
}

void TestCommandLine::settingsMoveToANewPc()
{
    QTemporaryDir oldPc;
    QTemporaryDir newPc;
    const QString oldDb = oldPc.filePath(QStringLiteral("ringback.sqlite"));
    const QString newDb = newPc.filePath(QStringLiteral("ringback.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(oldDb), QStringLiteral("old"));
        QVERIFY(db.ok());
        KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
        Settings s(&kv, nullptr);
        s.setValue(SettingKey::BusinessName, QStringLiteral("Ortiz Electric"));
        s.setValue(SettingKey::GraceDelaySeconds, 45);
        s.setValue(SettingKey::AllowedCountries, QStringList{QStringLiteral("US"), QStringLiteral("CA")});
    }
    const QString file = oldPc.filePath(QStringLiteral("office.json"));
    QProcess* exported =
        run({QStringLiteral("--db"), oldDb, QStringLiteral("--export-settings"), file}, oldPc);
    QCOMPARE(exported->exitCode(), 0);
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray text = json.readAll();
    QVERIFY(!text.contains("token")); // secrets are not settings
    QCOMPARE(QJsonDocument::fromJson(text)
                 .object()
                 .value(QStringLiteral("shared"))
                 .toObject()
                 .value(QStringLiteral("business/name"))
                 .toString(),
             QStringLiteral("Ortiz Electric"));

    QProcess* imported =
        run({QStringLiteral("--db"), newDb, QStringLiteral("--import-settings"), file}, newPc);
    QCOMPARE(imported->exitCode(), 0);
    auto db = Database::open(DatabaseLocation::sqliteFile(newDb), QStringLiteral("new"));
    QVERIFY(db.ok());
    KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
    Settings s(&kv, nullptr);
    QCOMPARE(s.stringValue(SettingKey::BusinessName), QStringLiteral("Ortiz Electric"));
    QCOMPARE(s.intValue(SettingKey::GraceDelaySeconds), 45);
    QCOMPARE(s.listValue(SettingKey::AllowedCountries),
             (QStringList{QStringLiteral("US"), QStringLiteral("CA")}));
}

void TestCommandLine::importRefusesGarbage()
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("notes.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not json");
    f.close();
    QProcess* p = run({QStringLiteral("--db"), home.filePath(QStringLiteral("r.sqlite")),
                       QStringLiteral("--import-settings"), file},
                      home);
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("Nothing was changed"));
}

void TestCommandLine::damagedDatabaseIsOneSentence()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("damaged.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QProcess* p = run({QStringLiteral("--headless"), QStringLiteral("--db"), path}, home);
    QCOMPARE(p->exitCode(), 2);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains("is damaged or is not a database"), err.constData());
    QVERIFY(err.contains(path.toUtf8()));
}

void TestCommandLine::providerChosenInSetupIsUsed()
{
    // The setup wizard chose the demo office: a headless run uses it, with no Twilio credentials
    // anywhere and without --demo.
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("office.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("setup"));
        QVERIFY(db.ok());
        KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
        Settings s(&kv, nullptr);
        s.setValue(SettingKey::ProviderKind, QStringLiteral("simulator"));
        s.setValue(SettingKey::SetupCompleted, true);
    }
    QProcess* p = run({QStringLiteral("--db"), path, QStringLiteral("--headless"),
                       QStringLiteral("--run-seconds"), QStringLiteral("1")},
                      home);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
    QVERIFY2(!err.contains("Twilio"), err.constData());
}

namespace {

// An office's database with a few settings of its own, closed again (no -wal or -shm left).
bool makeOffice(const QString& path)
{
    auto db = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("office"));
    if (!db)
        return false;
    KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
    Settings s(&kv, nullptr);
    // The demo office as provider: a headless run that opens the database runs without credentials.
    return s.setValue(SettingKey::BusinessName, QStringLiteral("Ortiz Electric")) &&
           s.setValue(SettingKey::PollIntervalSeconds, 7) &&
           s.setValue(SettingKey::ProviderKind, QStringLiteral("simulator")) &&
           s.setValue(SettingKey::SetupCompleted, true);
}

// The settings table as stored, raw: what an import changed or did not.
QMap<QString, QString> storedSettings(const QString& path)
{
    QMap<QString, QString> out;
    auto db = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("peek"));
    if (!db)
        return out;
    auto rows = db.value()->exec(QStringLiteral("SELECT key, value FROM settings"));
    if (!rows)
        return out;
    while (rows.value().next())
        out.insert(rows.value().value(0).toString(), rows.value().value(1).toString());
    return out;
}

bool writeJson(const QString& file, const QJsonObject& shared)
{
    QFile out(file);
    return out.open(QIODevice::WriteOnly) &&
           out.write(
               QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ringback-settings/1")},
                                         {QStringLiteral("shared"), shared}})
                   .toJson()) > 0;
}

} // namespace

void TestCommandLine::importIsCheckedAndAllOrNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    const QString poll = QStringLiteral("automation/poll_interval_s");
    QTest::newRow("poll interval \"abc\"") << poll << QJsonValue(QStringLiteral("abc")) << false;
    QTest::newRow("poll interval -5") << poll << QJsonValue(-5) << false;
    QTest::newRow("poll interval 0") << poll << QJsonValue(0) << false;
    QTest::newRow("poll interval huge") << poll << QJsonValue(1e18) << false;
    QTest::newRow("poll interval 2.5") << poll << QJsonValue(2.5) << false;
    QTest::newRow("poll interval 30") << poll << QJsonValue(30) << true;
    QTest::newRow("negative hourly cap")
        << QStringLiteral("automation/hourly_cap") << QJsonValue(-1) << false;
    QTest::newRow("negative cooldown") << QStringLiteral("automation/cooldown_h") << QJsonValue(-24) << false;
    // 2^32 + 30 wraps to 30 when squeezed into an int.
    QTest::newRow("grace delay overflow")
        << QStringLiteral("automation/grace_delay_s") << QJsonValue(4294967326.0) << false;
    QTest::newRow("50 MB business name") << QStringLiteral("business/name")
                                         << QJsonValue(QString(50 * 1024 * 1024, QLatin1Char('A'))) << false;
    QTest::newRow("business number not E.164")
        << QStringLiteral("business/numbers") << QJsonValue(QJsonArray{QStringLiteral("5125550100")})
        << false;
    QTest::newRow("country code USA") << QStringLiteral("automation/allowed_countries")
                                      << QJsonValue(QJsonArray{QStringLiteral("USA")}) << false;
    QTest::newRow("switch given as text")
        << QStringLiteral("automation/enabled") << QJsonValue(QStringLiteral("maybe")) << false;
    QTest::newRow("provider URL http://example.com")
        << QStringLiteral("provider/base_url") << QJsonValue(QStringLiteral("http://example.com")) << false;
    QTest::newRow("provider URL http://127.0.0.1:8080")
        << QStringLiteral("provider/base_url") << QJsonValue(QStringLiteral("http://127.0.0.1:8080")) << true;
    QTest::newRow("provider URL https://example.com")
        << QStringLiteral("provider/base_url") << QJsonValue(QStringLiteral("https://example.com")) << true;
}

void TestCommandLine::importIsCheckedAndAllOrNothing()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(makeOffice(path));
    const QMap<QString, QString> before = storedSettings(path);
    QVERIFY(!before.isEmpty());

    // The wrong value comes with a right one: neither is written when one is refused.
    const QString file = home.filePath(QStringLiteral("office.json"));
    QJsonObject shared{{QStringLiteral("business/staff"), QJsonArray{QStringLiteral("Maria")}}};
    shared.insert(key, value);
    QVERIFY(writeJson(file, shared));
    QProcess* p = run({QStringLiteral("--db"), path, QStringLiteral("--import-settings"), file}, home);
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    const QByteArray err = p->readAllStandardError();
    const QByteArray out = p->readAllStandardOutput();
    const QMap<QString, QString> after = storedSettings(path);
    if (accepted) {
        QVERIFY2(p->exitCode() == 0, err.constData());
        QCOMPARE(after.value(QStringLiteral("business/staff")), QStringLiteral("Maria"));
        QVERIFY(after.contains(key));
        return;
    }
    QVERIFY2(p->exitCode() != 0, out.constData());
    QVERIFY2(err.contains(key.toUtf8()), err.left(500).constData()); // says which key
    QVERIFY2(err.size() < 2000, "the refusal quotes a short part of the value at most");
    QVERIFY(!out.contains("Settings read"));
    QCOMPARE(after, before); // nothing changed
}

void TestCommandLine::importIntoAReadOnlyDatabaseIsRefused()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("office.sqlite"));
    QVERIFY(makeOffice(path));
    const QString file = home.filePath(QStringLiteral("office.json"));
    QVERIFY(writeJson(file, QJsonObject{{QStringLiteral("business/name"), QStringLiteral("New name")}}));
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QProcess* p = run({QStringLiteral("--db"), path, QStringLiteral("--import-settings"), file}, home);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(p->exitCode() != 0, err.constData());
    QVERIFY2(err.contains("read-only"), err.constData());
    QVERIFY(!p->readAllStandardOutput().contains("Settings read"));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QCOMPARE(storedSettings(path).value(QStringLiteral("business/name")), QStringLiteral("Ortiz Electric"));
}

void TestCommandLine::readOnlyDatabaseIsRefused_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("0444 file") << false;
    QTest::newRow("0555 folder") << true;
}

void TestCommandLine::readOnlyDatabaseIsRefused()
{
    // Tests run as root in CI, and root may write a 0444 file: the refusal must come from the
    // permissions the file was given, not from a failed write.
    QFETCH(bool, folderReadOnly);
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("office.sqlite"));
    QVERIFY(makeOffice(path));
    QFile::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QString target = folderReadOnly ? folder : path;
    if (folderReadOnly)
        readOnly |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFile::Permissions was = QFile::permissions(target);
    QVERIFY(QFile::setPermissions(target, readOnly));
    QProcess* p = run({QStringLiteral("--headless"), QStringLiteral("--db"), path,
                       QStringLiteral("--run-seconds"), QStringLiteral("1")},
                      home);
    const bool wal = QFile::exists(path + QStringLiteral("-wal"));
    const bool shm = QFile::exists(path + QStringLiteral("-shm"));
    QFile::setPermissions(target, was);
    const QByteArray err = p->readAllStandardError();
    QCOMPARE(p->exitCode(), 2);
    QVERIFY2(err.contains("read-only"), err.constData());
    QVERIFY2(err.contains(path.toUtf8()), err.constData());
    QVERIFY(!wal);
    QVERIFY(!shm);
}

void TestCommandLine::providerTextCannotDriveTheTerminal()
{
    // A provider (or anything pretending to be one) answers with escape sequences in its error
    // message: set the terminal's title, clear the screen, ring the bell. `--headless` prints
    // the provider's sentence, but as text: no control character reaches the terminal.
    test::FakeHttpServer twilio;
    QVERIFY(twilio.listen());
    const QByteArray hostile =
        R"({"code": 90001, "status": 400, "message": "\u001b]0;pwned\u0007\u001b[2J\u001b[31mAuthenticate\u009b1m\u0000\u007f\r fake line"})";
    twilio.setFallback(test::FakeResponse::json(400, hostile));

    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("office.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("setup"));
        QVERIFY(db.ok());
        KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
        Settings s(&kv, nullptr);
        QVERIFY(s.setValue(SettingKey::ProviderKind, QStringLiteral("twilio")));
        QVERIFY(s.setValue(SettingKey::ProviderBaseUrl, twilio.baseUrl().toString()));
        QVERIFY(s.setValue(SettingKey::SetupCompleted, true));
    }
    auto* p = new QProcess(this);
    p->setProcessEnvironment(twilioRunEnvironment(home, QStringLiteral("ringback.*=true")));
    p->start(QStringLiteral(RINGBACK_BINARY), {QStringLiteral("--db"), path, QStringLiteral("--headless"),
                                               QStringLiteral("--run-seconds"), QStringLiteral("3")});
    QSignalSpy finished(p, &QProcess::finished); // this event loop answers the child's requests
    QVERIFY(p->state() == QProcess::NotRunning || finished.wait(30'000));
    const QByteArray out = p->readAllStandardOutput() + p->readAllStandardError();
    QVERIFY2(out.contains("Authenticate"), out.constData()); // the sentence itself is shown
    const QString text = QString::fromUtf8(out);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        QVERIFY2(!control,
                 qPrintable(QStringLiteral("U+%1 reached the terminal in: %2")
                                .arg(int(u), 4, 16, QLatin1Char('0'))
                                .arg(QString::fromLatin1(out.toPercentEncoding(" :.,;-_()[]{}\n\"")))));
    }
}

// Issue 21 item 5: an always-on worker built its provider once, at start. When the office moved
// to another provider account in Settings, at a desk, the worker went on polling the old one until
// someone restarted the service on a machine nobody looks at.
void TestCommandLine::headlessFollowsTheProviderChosenAtADesk()
{
    const auto emptyLists = [](const test::FakeRequest& r) -> std::optional<test::FakeResponse> {
        const QByteArray key = r.path.endsWith(QLatin1String("/Calls.json"))      ? "calls"
                               : r.path.endsWith(QLatin1String("/Messages.json")) ? "messages"
                                                                                  : "incoming_phone_numbers";
        return test::FakeResponse::json(200, "{\"" + key + "\": [], \"next_page_uri\": null}");
    };
    test::FakeHttpServer before;
    test::FakeHttpServer after;
    QVERIFY(before.listen());
    QVERIFY(after.listen());
    before.setHandler(emptyLists);
    after.setHandler(emptyLists);

    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("office.sqlite"));
    auto db = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("desk"));
    QVERIFY(db.ok());
    KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
    Settings desk(&kv, nullptr);
    QVERIFY(desk.setValue(SettingKey::ProviderKind, QStringLiteral("twilio")));
    QVERIFY(desk.setValue(SettingKey::ProviderBaseUrl, before.baseUrl().toString()));
    QVERIFY(desk.setValue(SettingKey::BusinessNumbers, QStringList{QStringLiteral("+15125550100")}));
    QVERIFY(desk.setValue(SettingKey::PollIntervalSeconds, 1));
    QVERIFY(desk.setValue(SettingKey::SetupCompleted, true));

    QProcess p;
    p.setProcessEnvironment(twilioRunEnvironment(home, QStringLiteral("ringback.*.info=false")));
    p.start(QStringLiteral(RINGBACK_BINARY), {QStringLiteral("--db"), path, QStringLiteral("--headless")});
    QVERIFY(p.waitForStarted());
    // This event loop serves the child's requests.
    QTRY_VERIFY_WITH_TIMEOUT(!before.requests().isEmpty(), 30'000);

    // At a desk, the owner moves the office to another provider address.
    QVERIFY(desk.setValue(SettingKey::ProviderBaseUrl, after.baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!after.requests().isEmpty(), 30'000);
    const qsizetype oldRequests = before.requests().size();
    QTRY_VERIFY_WITH_TIMEOUT(after.requests().size() > 3, 30'000);
    QCOMPARE(before.requests().size(), oldRequests); // nothing more goes to the old one

    p.terminate(); // SIGTERM, as the service manager stops it
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(p.state() == QProcess::NotRunning || finished.wait(30'000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("The provider changed in Settings"), out.constData());
}

// Issue 16 item 5: with only a headless worker running, nothing could approve held texts.
void TestCommandLine::heldTextsAreReleasedFromATerminal()
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("held.sqlite"));
    QList<qint64> held;
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(file), QStringLiteral("seed"));
        QVERIFY(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char* number : {"+15125550147", "+15125550148"}) {
            const Lead lead =
                LeadStore(*db.value()).findOrCreate(QString::fromLatin1(number), QString(), now).value();
            OutboxItem item;
            item.leadId = lead.id;
            item.kind = OutboxKind::TextBack;
            item.toNumber = lead.e164;
            item.fromNumber = QStringLiteral("+15125550100");
            item.body = QStringLiteral("Sorry we missed your call!");
            item.state = OutboxState::Held;
            held << OutboxStore(*db.value()).enqueue(item, now).value().id;
        }
    }
    QProcess* p = run({QStringLiteral("--db"), file, QStringLiteral("--approve-held")}, home);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains("Released 2 held texts"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(file), QStringLiteral("check"));
        QVERIFY(db);
        for (const qint64 id : held)
            QCOMPARE(toText(OutboxStore(*db.value()).byId(id).value()->state), toText(OutboxState::Pending));
    }
    // Again: nothing left, said so, no error.
    p = run({QStringLiteral("--db"), file, QStringLiteral("--approve-held")}, home);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains("No texts are held for approval."));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
