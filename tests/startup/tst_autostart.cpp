// "Start Ringback when I sign in": each system's registration written and removed, with the
// writes sent to a temporary folder or a fake registry.
#include "startup/MacLaunchAgent.h"
#include "startup/WindowsRunKey.h"
#include "startup/XdgAutostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ringback;

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void onThenOffOnEverySystem_data();
    void onThenOffOnEverySystem();
    void linuxFileHonoursXdgConfigHome();
    void linuxExecLineQuoting_data();
    void linuxExecLineQuoting();
    void linuxFolderInTheWayIsASentence();
    void windowsRunValueIsTheQuotedCommand();
    void windowsPolicyRefusalIsASentence();
    void macLaunchAgentRunsTheProgramAtLoad();
};

namespace {

const LaunchCommand kLinuxCommand{QStringLiteral("/opt/ringback/bin/ringback"),
                                  {QStringLiteral("--minimized")}};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestAutostart::onThenOffOnEverySystem_data()
{
    QTest::addColumn<QString>("system");
    QTest::newRow("linux xdg autostart") << QStringLiteral("linux");
    QTest::newRow("windows run key") << QStringLiteral("windows");
    QTest::newRow("macos launch agent") << QStringLiteral("macos");
}

void TestAutostart::onThenOffOnEverySystem()
{
    QFETCH(QString, system);
    QTemporaryDir dir;
    InMemoryRegistryValues registry;
    std::unique_ptr<AutostartRegistration> registration;
    if (system == QLatin1String("linux"))
        registration = std::make_unique<XdgAutostart>(dir.path());
    else if (system == QLatin1String("windows"))
        registration = std::make_unique<WindowsRunKey>(registry);
    else
        registration = std::make_unique<MacLaunchAgent>(dir.filePath(QStringLiteral("LaunchAgents")));

    QVERIFY(!registration->isEnabled());
    QVERIFY(registration->disable().ok()); // off when already off is fine
    QVERIFY(registration->enable(kLinuxCommand).ok());
    QVERIFY(registration->isEnabled());
    QVERIFY(registration->enable(kLinuxCommand).ok()); // on twice rewrites, no duplicate
    QVERIFY(registration->disable().ok());
    QVERIFY(!registration->isEnabled());
    QVERIFY(registry.values().isEmpty());
    if (system != QLatin1String("windows"))
        QVERIFY(!QFile::exists(registration->location()));
}

void TestAutostart::linuxFileHonoursXdgConfigHome()
{
    QTemporaryDir configHome;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", configHome.path().toLocal8Bit());
    XdgAutostart autostart(XdgAutostart::defaultConfigHome());
    qputenv("XDG_CONFIG_HOME", saved);

    const QString file = configHome.filePath(QStringLiteral("autostart/app.ringback.Ringback.desktop"));
    QCOMPARE(autostart.filePath(), file);
    QVERIFY(autostart.enable(kLinuxCommand).ok());
    const QStringList lines = readText(file).split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Exec=/opt/ringback/bin/ringback --minimized")));
    QVERIFY(autostart.disable().ok());
    QVERIFY(!QFile::exists(file));
}

void TestAutostart::linuxExecLineQuoting_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain path") << QStringLiteral("/usr/bin/ringback")
                                << QStringLiteral("/usr/bin/ringback --minimized");
    QTest::newRow("space in the path") << QStringLiteral("/home/ann/My Apps/ringback")
                                       << QStringLiteral("\"/home/ann/My Apps/ringback\" --minimized");
    QTest::newRow("dollar and quote escaped")
        << QStringLiteral("/opt/a$b\"c/ringback")
        << QStringLiteral("\"/opt/a\\\\$b\\\\\"c/ringback\" --minimized");
    QTest::newRow("percent is not a field code")
        << QStringLiteral("/opt/100%/ringback") << QStringLiteral("/opt/100%%/ringback --minimized");
}

void TestAutostart::linuxExecLineQuoting()
{
    QFETCH(QString, program);
    QFETCH(QString, exec);
    QCOMPARE(XdgAutostart::execLine(LaunchCommand{program, {QStringLiteral("--minimized")}}), exec);
}

void TestAutostart::linuxFolderInTheWayIsASentence()
{
    QTemporaryDir configHome;
    QFile blocker(configHome.filePath(QStringLiteral("autostart")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    XdgAutostart autostart(configHome.path());
    const auto result = autostart.enable(kLinuxCommand);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(configHome.filePath(QStringLiteral("autostart"))),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("try again")));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::windowsRunValueIsTheQuotedCommand()
{
    InMemoryRegistryValues registry;
    WindowsRunKey runKey(registry);
    QVERIFY(runKey
                .enable(LaunchCommand{QStringLiteral("C:/Program Files/Ringback/bin/ringback.exe"),
                                      {QStringLiteral("--minimized")}})
                .ok());
    QCOMPARE(registry.values(),
             (QMap<QString, QString>{{QStringLiteral("Ringback"),
                                      QStringLiteral("\"C:\\Program Files\\Ringback\\bin\\ringback.exe\" "
                                                     "--minimized")}}));
    QVERIFY(runKey.location().startsWith(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")));
}

void TestAutostart::windowsPolicyRefusalIsASentence()
{
    InMemoryRegistryValues registry;
    registry.setReadOnly(true);
    WindowsRunKey runKey(registry);
    const auto result = runKey.enable(kLinuxCommand);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("administrator")));
    QVERIFY(!runKey.isEnabled());
}

void TestAutostart::macLaunchAgentRunsTheProgramAtLoad()
{
    QTemporaryDir home;
    MacLaunchAgent agent(home.filePath(QStringLiteral("Library/LaunchAgents")));
    const QString program = QStringLiteral("/Applications/R&D/Ringback.app/Contents/MacOS/Ringback");
    QVERIFY(agent.enable(LaunchCommand{program, {QStringLiteral("--minimized")}}).ok());
    QCOMPARE(agent.filePath(),
             home.filePath(QStringLiteral("Library/LaunchAgents/app.ringback.Ringback.plist")));

    // Read it back as launchd does: the Label, the argument array, RunAtLoad.
    QFile file(agent.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString lastKey;
    QString label;
    QStringList arguments;
    bool runAtLoad = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("key")) {
            lastKey = xml.readElementText();
        } else if (xml.name() == QLatin1String("string") && lastKey == QLatin1String("Label")) {
            label = xml.readElementText();
        } else if (xml.name() == QLatin1String("string") && lastKey == QLatin1String("ProgramArguments")) {
            arguments << xml.readElementText();
        } else if (xml.name() == QLatin1String("true") && lastKey == QLatin1String("RunAtLoad")) {
            runAtLoad = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(label, QStringLiteral("app.ringback.Ringback"));
    QCOMPARE(arguments, (QStringList{program, QStringLiteral("--minimized")}));
    QVERIFY(runAtLoad);
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
