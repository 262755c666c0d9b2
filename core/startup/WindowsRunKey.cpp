#include "WindowsRunKey.h"

#include <QCoreApplication>
#include <QSettings>

namespace ringback {

namespace {

constexpr auto kRunKeyPath = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";

// CommandLineToArgvW's rules: quote when there is a space, tab or quote; a quote inside is \".
QString quoteForWindows(const QString& arg)
{
    if (!arg.isEmpty() && !arg.contains(u' ') && !arg.contains(u'\t') && !arg.contains(u'"'))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1String("\""), QLatin1String("\\\""));
    return u'"' + quoted + u'"';
}

} // namespace

CurrentUserRunKey::CurrentUserRunKey()
    : m_key(std::make_unique<QSettings>(QString::fromLatin1(kRunKeyPath), QSettings::NativeFormat))
{}

CurrentUserRunKey::~CurrentUserRunKey() = default;

QString CurrentUserRunKey::value(const QString& name) const
{
    return m_key->value(name).toString();
}

bool CurrentUserRunKey::contains(const QString& name) const
{
    return m_key->contains(name);
}

bool CurrentUserRunKey::setValue(const QString& name, const QString& data)
{
    m_key->setValue(name, data);
    m_key->sync();
    return m_key->status() == QSettings::NoError;
}

bool CurrentUserRunKey::remove(const QString& name)
{
    m_key->remove(name);
    m_key->sync();
    return m_key->status() == QSettings::NoError;
}

bool InMemoryRegistryValues::setValue(const QString& name, const QString& data)
{
    if (m_readOnly)
        return false;
    m_values.insert(name, data);
    return true;
}

bool InMemoryRegistryValues::remove(const QString& name)
{
    if (m_readOnly)
        return false;
    m_values.remove(name);
    return true;
}

WindowsRunKey::WindowsRunKey(RegistryValues& runKey)
    : m_runKey(runKey)
{}

QString WindowsRunKey::commandLine(const LaunchCommand& command)
{
    // Backslashes whatever system computes the line (QDir::toNativeSeparators only converts on
    // Windows, and the tests run everywhere).
    QString program = command.program;
    program.replace(u'/', u'\\');
    QStringList parts{quoteForWindows(program)};
    for (const QString& arg : command.arguments)
        parts << quoteForWindows(arg);
    return parts.join(u' ');
}

bool WindowsRunKey::isEnabled() const
{
    return m_runKey.contains(QString::fromLatin1(kValueName));
}

QString WindowsRunKey::location() const
{
    return QString::fromLatin1(kRunKeyPath) + u'\\' + QString::fromLatin1(kValueName);
}

Result<void, AutostartError> WindowsRunKey::enable(const LaunchCommand& command)
{
    if (!m_runKey.setValue(QString::fromLatin1(kValueName), commandLine(command))) {
        return AutostartError{
            QCoreApplication::translate("ringback::AutostartRegistration",
                                        "Windows did not let Ringback add itself to the programs "
                                        "that start when you sign in (%1). Your computer's "
                                        "administrator may have turned this off.")
                .arg(location())};
    }
    return {};
}

Result<void, AutostartError> WindowsRunKey::disable()
{
    if (isEnabled() && !m_runKey.remove(QString::fromLatin1(kValueName))) {
        return AutostartError{
            QCoreApplication::translate("ringback::AutostartRegistration",
                                        "Windows did not let Ringback remove itself from the programs "
                                        "that start when you sign in (%1). Turn it off in Task "
                                        "Manager, Startup apps.")
                .arg(location())};
    }
    return {};
}

} // namespace ringback
