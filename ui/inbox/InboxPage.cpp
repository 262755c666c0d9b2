#include "InboxPage.h"

#include "ConversationListModel.h"
#include "conversation/ConversationView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ringback::ui {

InboxPage::InboxPage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_list(new QListView(this))
    , m_emptyTitle(new QLabel(tr("No conversations yet"), m_empty))
    , m_emptyHint(
          new QLabel(tr("When someone calls and nobody picks up, Ringback texts them back. Their replies "
                        "appear here, one conversation per caller."),
                     m_empty))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QStackedWidget(this))
    , m_pickHint(new QLabel(tr("Pick a conversation on the left to read it and reply."), this))
{
    setObjectName(QStringLiteral("inboxPage"));
    m_emptyTitle->setObjectName(QStringLiteral("inboxEmptyTitle"));
    m_emptyHint->setObjectName(QStringLiteral("inboxEmptyHint"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setFixedWidth(440);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    // A word-wrapped label given an alignment in a box layout loses its height-for-width, so the
    // hint is centred by stretches instead.
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch();
    hintRow->addWidget(m_emptyHint);
    hintRow->addStretch();
    emptyLayout->addLayout(hintRow);
    emptyLayout->addStretch(3);

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setSpacing(4);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    m_pickHint->setObjectName(QStringLiteral("inboxPickHint"));
    m_pickHint->setAlignment(Qt::AlignCenter);
    m_pickHint->setWordWrap(true);
    m_pickHint->setForegroundRole(QPalette::PlaceholderText);
    m_detail->addWidget(m_pickHint);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    // Extra width goes to the conversation, mostly.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({330, 900});
    m_stack->setMinimumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);
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

void InboxPage::showSelectedConversation()
{
    if (!m_conversation)
        return;
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return; // a list refresh drops the selection for a moment; the conversation stays
    openConversation(current.data(ConversationListModel::LeadIdRole).toLongLong());
}

void InboxPage::openConversation(qint64 leadId)
{
    if (!m_conversation)
        return;
    m_detail->setCurrentWidget(leadId > 0 ? static_cast<QWidget*>(m_conversation) : m_pickHint);
    m_conversation->showLead(leadId);
    selectLeadInList(leadId);
}

void InboxPage::selectLeadInList(qint64 leadId)
{
    QAbstractItemModel* model = m_list->model();
    if (!model || leadId <= 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && current.data(ConversationListModel::LeadIdRole).toLongLong() == leadId)
        return;
    // Only the loaded rows: a conversation further down is shown without scrolling the list there.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::LeadIdRole).toLongLong() == leadId) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void InboxPage::setModel(ConversationListModel* model)
{
    m_model = model;
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxPage::showListOrEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InboxPage::showListOrEmptyState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxPage::showSelectedConversation);
    // A refresh re-reads the list: select the open conversation again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_conversation)
            selectLeadInList(m_conversation->leadId());
    });
    showListOrEmptyState();
}

void InboxPage::showListOrEmptyState()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget*>(m_list) : m_empty);
}

} // namespace ringback::ui
