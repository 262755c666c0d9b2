#include "InboxPage.h"

#include "ConversationListPane.h"

#include <QVBoxLayout>

namespace ringback::ui {

InboxPage::InboxPage(QWidget* parent)
    : QWidget(parent)
    , m_conversations(new ConversationListPane(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conversations);
}

void InboxPage::setModel(ConversationListModel* model)
{
    m_conversations->setModel(model);
}

QListView* InboxPage::list() const
{
    return m_conversations->list();
}

} // namespace ringback::ui
