// The "Start Ringback when I sign in" box on real widgets: ticking registers at once, unticking
// removes, and a refusal puts the box back with a sentence.
#include "settings/Settings.h"
#include "settings/StartupOptionsGroup.h"
#include "startup/WindowsRunKey.h"
#include "startup/XdgAutostart.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;

class TestStartupOptions : public QObject
{
    Q_OBJECT
private slots:
    void tickingRegistersAndUntickingRemoves();
    void boxShowsWhatTheSystemHas();
    void refusalPutsTheBoxBackWithASentence();

private:
    QTemporaryDir m_dir;
};

namespace {

const LaunchCommand kCommand{QStringLiteral("/usr/bin/ringback"), {QStringLiteral("--minimized")}};

void click(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace

void TestStartupOptions::tickingRegistersAndUntickingRemoves()
{
    QSettings machine(m_dir.filePath(QStringLiteral("tick.ini")), QSettings::IniFormat);
    Settings settings(nullptr, &machine);
    auto owned = std::make_unique<XdgAutostart>(m_dir.filePath(QStringLiteral("tick-config")));
    XdgAutostart& autostart = *owned;
    ui::StartupOptionsGroup group(settings, std::move(owned), kCommand);
    group.show();
    auto* box = group.findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());

    click(box);
    QVERIFY(box->isChecked());
    QVERIFY(QFile::exists(autostart.filePath()));
    QVERIFY(settings.boolValue(SettingKey::StartAtLogin));

    click(box);
    QVERIFY(!box->isChecked());
    QVERIFY(!QFile::exists(autostart.filePath()));
    QVERIFY(!settings.boolValue(SettingKey::StartAtLogin));
    QVERIFY(group.findChild<QLabel*>(QStringLiteral("startupProblem"))->isHidden());
}

void TestStartupOptions::boxShowsWhatTheSystemHas()
{
    // The setting says on, but someone removed the registration (Task Manager, the uninstaller).
    QSettings machine(m_dir.filePath(QStringLiteral("truth.ini")), QSettings::IniFormat);
    Settings settings(nullptr, &machine);
    settings.setValue(SettingKey::StartAtLogin, true);
    InMemoryRegistryValues registry;
    ui::StartupOptionsGroup group(settings, std::make_unique<WindowsRunKey>(registry), kCommand);
    QVERIFY(!group.findChild<QCheckBox*>(QStringLiteral("startAtLogin"))->isChecked());
    QVERIFY(!settings.boolValue(SettingKey::StartAtLogin));
}

void TestStartupOptions::refusalPutsTheBoxBackWithASentence()
{
    QSettings machine(m_dir.filePath(QStringLiteral("refused.ini")), QSettings::IniFormat);
    Settings settings(nullptr, &machine);
    InMemoryRegistryValues registry;
    registry.setReadOnly(true); // a group policy
    ui::StartupOptionsGroup group(settings, std::make_unique<WindowsRunKey>(registry), kCommand);
    group.show();
    auto* box = group.findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
    click(box);
    QVERIFY(!box->isChecked());
    auto* problem = group.findChild<QLabel*>(QStringLiteral("startupProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("administrator")), qPrintable(problem->text()));
    QVERIFY(!settings.boolValue(SettingKey::StartAtLogin));
}

QTEST_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
