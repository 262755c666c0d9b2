#include "DesktopSession.h"

#include "MainWindow.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "store/StoreNotifications.h"

#include <QStatusBar>

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
    m_calls = new ui::CallLogModel(m_db, *m_phone, this);
    m_window->addSection(tr("Calls"), new ui::CallsPage(m_calls));

    // What other desks write on a shared database (and this desk's own worker, like storeChanged).
    m_otherDesks = new StoreNotifications(m_db, this);
    connect(m_otherDesks, &StoreNotifications::changed, this, [this](StoreNotifications::Kind kind, qint64) {
        if (kind == StoreNotifications::Kind::Call)
            m_calls->refresh();
        else
            m_conversations->refresh();
    });
    connect(m_otherDesks, &StoreNotifications::connectionLost, this,
            [this](const QString& sentence) { m_window->statusBar()->showMessage(sentence); });
    connect(m_otherDesks, &StoreNotifications::reconnected, this, [this] {
        m_window->statusBar()->showMessage(tr("Connected to the shared database again."), 10'000);
        m_calls->refresh();
        m_conversations->refresh();
    });
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
    connect(worker, &AutomationWorker::stateChanged, m_window.get(),
            [this](const AutomationState& state) { m_window->setAutomationState(state.describe()); });
    connect(worker, &AutomationWorker::storeChanged, m_calls, &ui::CallLogModel::refresh);
    connect(worker, &AutomationWorker::storeChanged, m_conversations, &ui::ConversationListModel::refresh);
    m_worker->start();
}

void DesktopSession::showProviderProblem(const QString& sentence)
{
    m_window->setAutomationState(tr("Auto text-back is off: %1").arg(sentence));
}

} // namespace ringback::app
