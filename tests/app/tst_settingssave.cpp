// Issue 15, "What was seen" 3: a settings save is one transaction. The process writing a batch
// (here --import-settings, which goes through the same Settings::setValues and SettingRules as the
// Settings page and the setup wizard) is killed after its first value is written: the store keeps
// every old value. A batch with one wrong value writes none.
#include "TempDatabase.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestSettingsSave : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void killedMidSaveKeepsTheOldValues();
    void oneWrongValueWritesNone();

private:
    struct Run
    {
        QProcess::ExitStatus status;
        int code;
        QByteArray output;
    };
    Run importSettings(const QJsonObject& shared, const QString& faultPoint = QString());
    QString stored(const char* name);

    QTemporaryDir m_home;
    std::unique_ptr<TempDatabase> m_store;
};

void TestSettingsSave::init()
{
    m_store = std::make_unique<TempDatabase>(QStringLiteral("setup"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    KeyValueStore kv(m_store->db(), KeyValueStore::Table::Settings);
    QVERIFY(Settings(&kv, nullptr)
                .setValues({{SettingKey::BusinessName, QStringLiteral("Ortiz Plumbing")},
                            {SettingKey::StaffNames, QStringList{"Maria"}},
                            {SettingKey::PollIntervalSeconds, 5}})
                .ok());
    m_store->close(); // the process under test opens its own
}

void TestSettingsSave::cleanup()
{
    m_store.reset();
}

TestSettingsSave::Run TestSettingsSave::importSettings(const QJsonObject& shared, const QString& faultPoint)
{
    const QString file = m_home.filePath(QStringLiteral("settings.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {QProcess::CrashExit, -1, "cannot write the file"};
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("shared"), shared}}).toJson());
    out.close();

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("RINGBACK_FAULT_POINT"));
    if (!faultPoint.isEmpty())
        env.insert(QStringLiteral("RINGBACK_FAULT_POINT"), faultPoint);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(RINGBACK_BINARY), {QStringLiteral("--db"), m_store->location().toArgument(),
                                              QStringLiteral("--import-settings"), file});
    if (!p.waitForFinished(120'000))
        return {QProcess::CrashExit, -2, "did not finish"};
    return {p.exitStatus(), p.exitCode(), p.readAll()};
}

QString TestSettingsSave::stored(const char* name)
{
    auto db = Database::open(m_store->location(), QStringLiteral("check"));
    if (!db)
        return QStringLiteral("(cannot open)");
    auto value = KeyValueStore(*db.value(), KeyValueStore::Table::Settings).value(QString::fromLatin1(name));
    return value && value->has_value() ? **value : QStringLiteral("(none)");
}

void TestSettingsSave::killedMidSaveKeepsTheOldValues()
{
    const QJsonObject shared{{QStringLiteral("business/name"), QStringLiteral("Rivera Roofing")},
                             {QStringLiteral("business/staff"), QJsonArray{"Ana", "Luis"}},
                             {QStringLiteral("automation/poll_interval_s"), 9}};
    const Run killed = importSettings(shared, QStringLiteral("settings-mid-save"));
    // Killed on the way (SIGKILL after the first value was written, inside the transaction).
    QCOMPARE(killed.status, QProcess::CrashExit);
    QCOMPARE(stored("business/name"), QStringLiteral("Ortiz Plumbing"));
    QCOMPARE(stored("business/staff"), QStringLiteral("Maria"));
    QCOMPARE(stored("automation/poll_interval_s"), QStringLiteral("5"));

    // The same batch without the crash: all of it.
    const Run done = importSettings(shared);
    QVERIFY2(done.status == QProcess::NormalExit && done.code == 0, done.output.constData());
    QCOMPARE(stored("business/name"), QStringLiteral("Rivera Roofing"));
    QCOMPARE(stored("business/staff"), QStringLiteral("Ana,Luis"));
    QCOMPARE(stored("automation/poll_interval_s"), QStringLiteral("9"));
}

void TestSettingsSave::oneWrongValueWritesNone()
{
    const QJsonObject shared{{QStringLiteral("business/name"), QStringLiteral("Rivera Roofing")},
                             {QStringLiteral("business/staff"), QJsonArray{"Ana", "Luis"}},
                             {QStringLiteral("business/time_zone"), QStringLiteral("Central")}};
    const Run refused = importSettings(shared);
    QCOMPARE(refused.status, QProcess::NormalExit);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.output.contains("business/time_zone"), refused.output.constData());
    QCOMPARE(stored("business/name"), QStringLiteral("Ortiz Plumbing"));
    QCOMPARE(stored("business/staff"), QStringLiteral("Maria"));
    QCOMPARE(stored("business/time_zone"), QStringLiteral("(none)"));
}

QTEST_GUILESS_MAIN(TestSettingsSave)
#include "tst_settingssave.moc"
