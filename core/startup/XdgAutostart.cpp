#include "XdgAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace ringback {

namespace {

// Desktop Entry spec, "The Exec key": an argument with a reserved character is double-quoted,
// and inside the quotes ", `, $ and \ are backslash-escaped. The file format then escapes each
// backslash once more, and a literal % is written %% (field codes start with %).
QString quoteArgument(QString arg)
{
    arg.replace(QLatin1Char('%'), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool needsQuotes =
        arg.isEmpty() || std::any_of(arg.begin(), arg.end(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return arg;
    QString quoted;
    for (QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return u'"' + quoted + u'"';
}

} // namespace

XdgAutostart::XdgAutostart(QString configHome)
    : m_configHome(std::move(configHome))
{}

QString XdgAutostart::defaultConfigHome()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME when set, else ~/.config.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString XdgAutostart::filePath() const
{
    return QDir(m_configHome).filePath(QStringLiteral("autostart/app.ringback.Ringback.desktop"));
}

QString XdgAutostart::execLine(const LaunchCommand& command)
{
    QStringList parts{quoteArgument(command.program)};
    for (const QString& arg : command.arguments)
        parts << quoteArgument(arg);
    return parts.join(u' ');
}

bool XdgAutostart::isEnabled() const
{
    return QFile::exists(filePath());
}

Result<void, AutostartError> XdgAutostart::enable(const LaunchCommand& command)
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return AutostartError{
            QCoreApplication::translate("ringback::AutostartRegistration",
                                        "Ringback could not create the folder %1. Check that your "
                                        "home folder is not full or read-only, then try again.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    }
    QSaveFile file(path);
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Ringback\n"
                                        "Comment=Texts back the callers your office missed\n"
                                        "Exec=%1\n"
                                        "Icon=ringback\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(execLine(command));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return AutostartError{
            QCoreApplication::translate("ringback::AutostartRegistration",
                                        "Ringback could not write %1 (%2). Check that your home "
                                        "folder is not full or read-only, then try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Result<void, AutostartError> XdgAutostart::disable()
{
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        return AutostartError{QCoreApplication::translate("ringback::AutostartRegistration",
                                                          "Ringback could not remove %1 (%2). Delete the "
                                                          "file yourself to stop Ringback starting at "
                                                          "sign-in.")
                                  .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    }
    return {};
}

} // namespace ringback
