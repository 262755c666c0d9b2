#include "InboxPage.h"

#include "ConversationListModel.h"
#include "ConversationListPane.h"
#include "conversation/Composer.h"
#include "conversation/ConversationView.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ringback::ui {

InboxPage::InboxPage(QWidget* parent)
    : QWidget(parent)
    , m_conversations(new ConversationListPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QStackedWidget(this))
    , m_pickHint(new QLabel(tr("Pick a conversation on the left to read it and reply."), this))
{
    setObjectName(QStringLiteral("inboxPage"));

    m_pickHint->setObjectName(QStringLiteral("inboxPickHint"));
    m_pickHint->setAlignment(Qt::AlignCenter);
    m_pickHint->setWordWrap(true);
    m_pickHint->setForegroundRole(QPalette::PlaceholderText);
    m_detail->addWidget(m_pickHint);

    m_splitter->addWidget(m_conversations);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    // Extra width goes to the conversation, mostly.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 900});
    // Never narrower than the filter buttons need: their Spanish and French names are longer, and
    // an explicit minimum width would otherwise let the splitter clip them.
    m_conversations->setMinimumWidth(qMax(340, m_conversations->minimumSizeHint().width()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The pane does not repeat the signal when a refresh merely re-selects the same row, so the
    // open conversation (and what is typed in its composer) is left alone.
    connect(m_conversations, &ConversationListPane::conversationSelected, this, [this](qint64 leadId) {
        // Nothing picked (a filter or search left the list without it): the open conversation
        // stays, so marking a lead Booked does not snatch it away mid-reply.
        if (!m_conversation || leadId <= 0)
            return;
        m_detail->setCurrentWidget(m_conversation);
        m_conversation->showLead(leadId);
        keepOpenListed();
    });
}

void InboxPage::keepOpenListed()
{
    if (!m_model || !m_conversation)
        return;
    m_model->setKeepLead(m_conversation->leadId());
    updateListNote();
}

void InboxPage::updateListNote()
{
    if (!m_model || !m_conversation)
        return;
    const int row = m_model->rowOfLead(m_conversation->leadId());
    const QModelIndex index = row >= 0 ? m_model->index(row) : QModelIndex();
    m_conversation->setListNote(index.data(ConversationListModel::LeftListRole).toString());
    m_conversation->setListStatus(index.data(ConversationListModel::StatusRole).toString());
}

void InboxPage::setConversationView(ConversationView* view)
{
    m_conversation = view;
    m_detail->addWidget(view);
    connect(view, &ConversationView::conversationChanged, this, [this] {
        if (m_model)
            m_model->refresh();
    });
}

void InboxPage::setModel(ConversationListModel* model)
{
    m_model = model;
    m_conversations->setModel(model);
    // Whatever the list re-reads, the line over the open conversation says whether it is in it.
    connect(model, &QAbstractItemModel::modelReset, this, &InboxPage::updateListNote);
    connect(model, &QAbstractItemModel::dataChanged, this, &InboxPage::updateListNote);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InboxPage::updateListNote);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InboxPage::updateListNote);
}

QListView* InboxPage::list() const
{
    return m_conversations->list();
}

void InboxPage::openConversation(qint64 leadId)
{
    if (!m_conversation || leadId <= 0)
        return;
    m_detail->setCurrentWidget(m_conversation);
    m_conversation->showLead(leadId);
    // Listed whatever the filter and search (a line over it says why it is not among them), and
    // picked in the list once the list has it.
    keepOpenListed();
    m_conversations->selectLead(leadId);
    // Opened from elsewhere (a notification, the board): ready to reply. Picking from the list
    // leaves the focus there, so Up/Down keep walking the conversations.
    m_conversation->composer()->editor()->setFocus(Qt::OtherFocusReason);
}

} // namespace ringback::ui
