#pragma once

#include "startup/AutostartRegistration.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace ringback {
class Settings;
}

namespace ringback::ui {

// "Start Ringback when I sign in", for the Settings page's "This computer" group. The box shows
// what the system really has registered; ticking it registers (or removes) at once, and when the
// system refuses, the box goes back and a sentence says what to do.
class StartupOptionsGroup : public QGroupBox
{
    Q_OBJECT
public:
    // command: what sign-in runs (LaunchCommand::minimizedSelf() in the app).
    StartupOptionsGroup(Settings& settings, AutostartRegistration& registration, LaunchCommand command,
                        QWidget* parent = nullptr);

private:
    void apply(bool startAtLogin);

    Settings& m_settings;
    AutostartRegistration& m_registration;
    LaunchCommand m_command;
    QCheckBox* m_startAtLogin;
    QLabel* m_problem;
};

} // namespace ringback::ui
