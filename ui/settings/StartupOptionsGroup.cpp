#include "StartupOptionsGroup.h"

#include "common/OutsideText.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ringback::ui {

StartupOptionsGroup::StartupOptionsGroup(Settings& settings,
                                         std::unique_ptr<AutostartRegistration> registration,
                                         LaunchCommand command, QWidget* parent)
    : QGroupBox(tr("Starting Ringback"), parent)
    , m_settings(settings)
    , m_registration(std::move(registration))
    , m_command(std::move(command))
    , m_startAtLogin(new QCheckBox(tr("Start Ringback when I sign in"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("startupOptions"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    auto* hint = new QLabel(tr("Ringback then waits in the tray, so missed calls are texted back even "
                               "before anyone opens its window."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("startupProblem"));
    plainLabel(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(hint);
    layout->addWidget(m_problem);

    // The system's registration is the truth (it may have been removed by hand, or by the
    // uninstaller); the setting follows it.
    const bool registered = m_registration->isEnabled();
    m_startAtLogin->setChecked(registered);
    if (m_settings.boolValue(SettingKey::StartAtLogin) != registered)
        m_settings.setValue(SettingKey::StartAtLogin, registered);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &StartupOptionsGroup::apply);
}

void StartupOptionsGroup::apply(bool startAtLogin)
{
    const auto result = startAtLogin ? m_registration->enable(m_command) : m_registration->disable();
    if (!result.ok()) {
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(m_registration->isEnabled());
        m_problem->setText(result.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_settings.setValue(SettingKey::StartAtLogin, startAtLogin);
}

} // namespace ringback::ui
