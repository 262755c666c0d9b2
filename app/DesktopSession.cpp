#include "DesktopSession.h"

#include "MainWindow.h"
#include "automation/AutoTextBackSwitch.h"
#include "automation/AutomationStatusView.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationListPane.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QSettings>

namespace ringback::app {

DesktopSession::DesktopSession(Database& db, const QString& region, bool demo)
    : m_db(db)
    , m_phone(std::make_unique<PhoneNumberService>(region))
    , m_window(std::make_unique<ui::MainWindow>(db.location().displayName()))
{
    if (demo)
        m_window->setWindowTitle(tr("Ringback (demo)"));
    m_conversations = new ui::ConversationListModel(m_db, *m_phone, this);
    m_window->inbox()->setModel(m_conversations);
    QSettings machine;
    m_window->inbox()->conversations()->setDeskStaffName(
        Settings(nullptr, &machine).stringValue(SettingKey::DeskStaffName));
    m_autoTextBack = new ui::AutoTextBackSwitch(m_db, m_window->automationStatus(), this);
    connect(m_autoTextBack, &ui::AutoTextBackSwitch::failed, m_window.get(),
            &ui::MainWindow::setAutomationState);
    m_calls = new ui::CallLogModel(m_db, *m_phone, this);
    m_window->addSection(tr("Calls"), new ui::CallsPage(m_calls));
}

DesktopSession::~DesktopSession()
{
    // Stop the worker (it finishes the text in flight) before the window and models go.
    m_worker.reset();
}

void DesktopSession::startAutomation(AutomationWorker::Options options)
{
    m_worker = std::make_unique<WorkerThread>(std::move(options));
    AutomationWorker* worker = m_worker->worker();
    connect(worker, &AutomationWorker::stateChanged, m_window->automationStatus(),
            &ui::AutomationStatusView::setState);
    // Queued: the worker is on its own thread and reads the setting just written.
    connect(m_autoTextBack, &ui::AutoTextBackSwitch::changed, worker, &AutomationWorker::applySettings,
            Qt::QueuedConnection);
    connect(worker, &AutomationWorker::storeChanged, m_calls, &ui::CallLogModel::refresh);
    connect(worker, &AutomationWorker::storeChanged, m_conversations, &ui::ConversationListModel::refresh);
    m_worker->start();
}

void DesktopSession::showProviderProblem(const QString& sentence)
{
    m_window->setAutomationState(tr("Auto text-back is off: %1").arg(sentence));
}

} // namespace ringback::app
