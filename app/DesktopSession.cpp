#include "DesktopSession.h"

#include "MainWindow.h"
#include "about/AboutDialog.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "common/Clock.h"
#include "dashboard/DashboardPage.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "templates/TemplatesPage.h"

#include <QMenuBar>
#include <QSystemTrayIcon>

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
    m_window->addSection(tr("Templates"), new ui::TemplatesPage(m_db, SystemClock::instance()));
    m_dashboard = new ui::DashboardPage(m_db, SystemClock::instance());
    m_window->addSection(tr("Dashboard"), m_dashboard);

    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Ringback"), this, &DesktopSession::showAbout);
}

void DesktopSession::showAbout()
{
    const DatabaseLocation& location = m_db.location();
    const bool isFile = location.backend == SqlDialect::Kind::Sqlite;
    ui::AboutDialog about(ui::AboutDialog::placesFor(isFile ? location.path : location.displayName(), isFile),
                          m_window.get());
    about.exec();
}

DesktopSession::~DesktopSession()
{
    // Stop the worker (it finishes the text in flight) before the window and models go.
    m_worker.reset();
}

void DesktopSession::showWindow(bool minimized)
{
    if (!minimized)
        m_window->show();
    else if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_window->showMinimized(); // no tray to live in: the taskbar is the only way back
}

void DesktopSession::bringWindowForward()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopSession::startAutomation(AutomationWorker::Options options)
{
    m_worker = std::make_unique<WorkerThread>(std::move(options));
    AutomationWorker* worker = m_worker->worker();
    connect(worker, &AutomationWorker::stateChanged, m_window.get(),
            [this](const AutomationState& state) { m_window->setAutomationState(state.describe()); });
    connect(worker, &AutomationWorker::storeChanged, m_calls, &ui::CallLogModel::refresh);
    connect(worker, &AutomationWorker::storeChanged, m_conversations, &ui::ConversationListModel::refresh);
    connect(worker, &AutomationWorker::storeChanged, m_dashboard, &ui::DashboardPage::storeChanged);
    m_worker->start();
}

void DesktopSession::showProviderProblem(const QString& sentence)
{
    m_window->setAutomationState(tr("Auto text-back is off: %1").arg(sentence));
}

} // namespace ringback::app
