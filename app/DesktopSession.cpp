#include "DesktopSession.h"

#include "MainWindow.h"
#include "board/LeadBoard.h"
#include "board/LeadBoardPage.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "tray/ReplyNotifier.h"
#include "tray/TrayIcon.h"

#include <QListView>

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
    m_board = new ui::LeadBoard(m_db, *m_phone, SystemClock::instance(), this);
    auto* boardPage = new ui::LeadBoardPage(m_board);
    m_window->addSection(tr("Leads"), boardPage);
    connect(boardPage, &ui::LeadBoardPage::openLeadRequested, this, &DesktopSession::openConversation);
    // The inbox shows each lead's status: a move on the board changes it there at once.
    connect(m_board, &ui::LeadBoard::moved, m_conversations, &ui::ConversationListModel::refresh);
    m_calls = new ui::CallLogModel(m_db, *m_phone, this);
    m_window->addSection(tr("Calls"), new ui::CallsPage(m_calls));

    // Replies already stored, or imported from the provider's history after this moment, are
    // not announced.
    m_replies =
        new ui::ReplyNotifier(m_db, *m_phone, nullptr, std::nullopt, QDateTime::currentDateTimeUtc(), this);
    m_tray = new ui::TrayIcon(m_window.get(), this);
    connect(m_replies, &ui::ReplyNotifier::unreadCountChanged, m_tray, &ui::TrayIcon::setUnreadCount);
    connect(m_replies, &ui::ReplyNotifier::replyArrived, m_tray, &ui::TrayIcon::showReply);
    connect(m_tray, &ui::TrayIcon::conversationRequested, this, &DesktopSession::openConversation);
    m_replies->check();
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
    connect(worker, &AutomationWorker::storeChanged, m_board, &ui::LeadBoard::refresh);
    connect(worker, &AutomationWorker::storeChanged, m_replies, &ui::ReplyNotifier::check);
    m_worker->start();
}

void DesktopSession::openConversation(qint64 leadId)
{
    m_tray->openWindow();
    m_window->showSection(m_window->inbox());
    // Until the inbox can open a conversation itself (InboxPage::openConversation), select its row,
    // reading further pages while it is not loaded yet.
    do {
        for (int row = 0; row < m_conversations->rowCount(); ++row) {
            const QModelIndex index = m_conversations->index(row);
            if (index.data(ui::ConversationListModel::LeadIdRole).toLongLong() == leadId) {
                m_window->inbox()->list()->setCurrentIndex(index);
                m_window->inbox()->list()->scrollTo(index);
                m_window->inbox()->list()->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        if (!m_conversations->canFetchMore({}))
            return;
        m_conversations->fetchMore({});
    } while (true);
}

void DesktopSession::showProviderProblem(const QString& sentence)
{
    m_window->setAutomationState(tr("Auto text-back is off: %1").arg(sentence));
}

} // namespace ringback::app
