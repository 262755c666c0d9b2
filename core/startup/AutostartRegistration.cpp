#include "AutostartRegistration.h"

#include "MacLaunchAgent.h"
#include "WindowsRunKey.h"
#include "XdgAutostart.h"

#include <QCoreApplication>

namespace ringback {

namespace {

#if defined(Q_OS_WIN)
// The Run key's QSettings lives as long as the registration that writes through it.
class OwnedWindowsRunKey : public WindowsRunKey
{
public:
    OwnedWindowsRunKey()
        : WindowsRunKey(m_key)
    {}

private:
    CurrentUserRunKey m_key;
};
#endif

} // namespace

LaunchCommand LaunchCommand::minimizedSelf()
{
    // An AppImage runs from a temporary mount; the system must start the AppImage file itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return LaunchCommand{appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage,
                         {QStringLiteral("--minimized")}};
}

std::unique_ptr<AutostartRegistration> AutostartRegistration::forThisSystem()
{
#if defined(Q_OS_WIN)
    return std::make_unique<OwnedWindowsRunKey>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacLaunchAgent>(MacLaunchAgent::defaultLaunchAgentsDir());
#else
    return std::make_unique<XdgAutostart>(XdgAutostart::defaultConfigHome());
#endif
}

} // namespace ringback
