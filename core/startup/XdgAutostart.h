#pragma once

#include "AutostartRegistration.h"

namespace ringback {

// Linux and other freedesktop systems: <config home>/autostart/app.ringback.Ringback.desktop,
// which GNOME, KDE, Xfce and the other desktops run at sign-in.
class XdgAutostart : public AutostartRegistration
{
public:
    // configHome: $XDG_CONFIG_HOME (or ~/.config) in the app; a temporary folder in tests.
    explicit XdgAutostart(QString configHome);
    // The user's config home, honouring XDG_CONFIG_HOME.
    static QString defaultConfigHome();

    bool isEnabled() const override;
    Result<void, AutostartError> enable(const LaunchCommand& command) override;
    Result<void, AutostartError> disable() override;
    QString location() const override { return filePath(); }

    QString filePath() const;
    // The Exec= value for the command, quoted as the Desktop Entry specification asks.
    static QString execLine(const LaunchCommand& command);

private:
    QString m_configHome;
};

} // namespace ringback
