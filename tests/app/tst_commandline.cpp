// The command line an installer or an office's script relies on, run as a real process.
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

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

private:
    QProcess* run(const QStringList& args, const QTemporaryDir& home);
};

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
