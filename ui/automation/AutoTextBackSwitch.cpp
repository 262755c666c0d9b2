#include "AutoTextBackSwitch.h"

#include "AutomationStatusView.h"
#include "common/Confirmation.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

namespace ringback::ui {

AutoTextBackSwitch::AutoTextBackSwitch(Database& db, AutomationStatusView* view, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_view(view)
{
    m_view->setPaused(!isEnabled());
    connect(m_view, &AutomationStatusView::pauseRequested, this, &AutoTextBackSwitch::request);
}

bool AutoTextBackSwitch::isEnabled() const
{
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    return Settings(&kv, nullptr).boolValue(SettingKey::AutoTextBackEnabled);
}

void AutoTextBackSwitch::request(bool paused)
{
    // Pausing stops texting at every desk, for every missed caller until someone resumes it:
    // asked once, never by a stray click. Resuming needs no question.
    if (paused &&
        !Confirmation::ask(m_view, tr("Pause auto text-back"),
                           tr("Stop automatic texts at every desk? Missed callers are not texted "
                              "until someone resumes it. Calls, replies and the inbox keep working."),
                           tr("Pause at every desk"))) {
        m_view->setPaused(false);
        return;
    }
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    if (!Settings(&kv, nullptr).setValue(SettingKey::AutoTextBackEnabled, !paused)) {
        m_view->setPaused(!isEnabled());
        emit failed(tr("The switch could not be saved: the database did not accept the change. Try again "
                       "in a moment."));
        return;
    }
    emit changed(!paused);
}

} // namespace ringback::ui
