#pragma once

#include "startup/AutostartRegistration.h"

#include <QGroupBox>

#include <memory>

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
    // In the app: (settings, AutostartRegistration::forThisSystem(), LaunchCommand::minimizedSelf()).
    // command is what sign-in runs.
    StartupOptionsGroup(Settings& settings, std::unique_ptr<AutostartRegistration> registration,
                        LaunchCommand command, QWidget* parent = nullptr);

private:
    void apply(bool startAtLogin);

    Settings& m_settings;
    std::unique_ptr<AutostartRegistration> m_registration;
    LaunchCommand m_command;
    QCheckBox* m_startAtLogin;
    QLabel* m_problem;
};

} // namespace ringback::ui
