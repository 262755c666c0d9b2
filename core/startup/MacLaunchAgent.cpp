#include "MacLaunchAgent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ringback {

namespace {} // namespace

MacLaunchAgent::MacLaunchAgent(QString launchAgentsDir)
    : m_dir(std::move(launchAgentsDir))
{}

QString MacLaunchAgent::defaultLaunchAgentsDir()
{
    return QDir::home().filePath(QStringLiteral("Library/LaunchAgents"));
}

QString MacLaunchAgent::filePath() const
{
    return QDir(m_dir).filePath(QString::fromLatin1(kLabel) + QStringLiteral(".plist"));
}

QByteArray MacLaunchAgent::plist(const LaunchCommand& command)
{
    QString arguments;
    for (const QString& arg : QStringList{command.program} + command.arguments)
        arguments += QStringLiteral("        <string>%1</string>\n").arg(arg.toHtmlEscaped());
    // Interactive: launchd gives it the priority of an app the user opened. No KeepAlive: quitting
    // from the tray must stay quit until the next sign-in.
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(QString::fromLatin1(kLabel), arguments)
        .toUtf8();
}

bool MacLaunchAgent::isEnabled() const
{
    return QFile::exists(filePath());
}

Result<void, AutostartError> MacLaunchAgent::enable(const LaunchCommand& command)
{
    const QString path = filePath();
    QDir().mkpath(m_dir);
    QSaveFile file(path);
    const QByteArray content = plist(command);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return AutostartError{
            QCoreApplication::translate("ringback::AutostartRegistration",
                                        "Ringback could not write %1 (%2). Check that your home "
                                        "folder is not full or read-only, then try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Result<void, AutostartError> MacLaunchAgent::disable()
{
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        return AutostartError{QCoreApplication::translate("ringback::AutostartRegistration",
                                                          "Ringback could not remove %1 (%2). Turn it off in "
                                                          "System Settings, General, Login Items.")
                                  .arg(file.fileName(), file.errorString())};
    }
    return {};
}

} // namespace ringback
