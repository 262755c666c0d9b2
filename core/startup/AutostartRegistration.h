#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ringback {

// What the system runs when the user signs in: this program, asked to start in the tray.
struct LaunchCommand
{
    QString program; // absolute path of the executable
    QStringList arguments;

    // This running program with --minimized (the AppImage file when run from one).
    static LaunchCommand minimizedSelf();
};

struct AutostartError
{
    QString message; // a sentence the user can act on
};

// "Start Ringback when I sign in", registered the way the system expects it: an XDG autostart
// file (Linux), the user's Run key (Windows), a LaunchAgent (macOS). One small interface so the
// setting and its tests do not care which; each implementation takes the place it writes to,
// so tests write into a temporary folder or a fake registry.
class AutostartRegistration
{
public:
    virtual ~AutostartRegistration() = default;

    virtual bool isEnabled() const = 0;
    // Writes (or rewrites, when the program moved) the registration.
    virtual Result<void, AutostartError> enable(const LaunchCommand& command) = 0;
    // Removes the registration; removing one that is not there is not an error.
    virtual Result<void, AutostartError> disable() = 0;
    // Where the registration lives, for messages and the About dialog.
    virtual QString location() const = 0;

    // The registration for the system this runs on, writing to the user's real places.
    static std::unique_ptr<AutostartRegistration> forThisSystem();
};

} // namespace ringback
