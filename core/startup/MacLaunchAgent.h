#pragma once

#include "AutostartRegistration.h"

namespace ringback {

// macOS: ~/Library/LaunchAgents/app.ringback.Ringback.plist, which launchd runs at sign-in.
class MacLaunchAgent : public AutostartRegistration
{
public:
    static constexpr auto kLabel = "app.ringback.Ringback";

    // launchAgentsDir: ~/Library/LaunchAgents in the app; a temporary folder in tests.
    explicit MacLaunchAgent(QString launchAgentsDir);
    static QString defaultLaunchAgentsDir();

    bool isEnabled() const override;
    Result<void, AutostartError> enable(const LaunchCommand& command) override;
    Result<void, AutostartError> disable() override;
    QString location() const override { return filePath(); }

    QString filePath() const;
    static QByteArray plist(const LaunchCommand& command);

private:
    QString m_dir;
};

} // namespace ringback
