#include "InboxPage.h"

#include "ConversationListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);
}

void InboxPage::setModel(ConversationListModel* model)
{
    m_model = model;
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxPage::showListOrEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InboxPage::showListOrEmptyState);
    showListOrEmptyState();
}

void InboxPage::showListOrEmptyState()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget*>(m_list) : m_empty);
}

} // namespace ringback::ui
