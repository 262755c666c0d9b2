#pragma once

#include <QWidget>

class QListView;

namespace ringback::ui {

class ConversationListModel;
class ConversationListPane;

// The shared inbox: the conversations (search, filters, list) on the left.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget* parent = nullptr);

    void setModel(ConversationListModel* model);
    ConversationListPane* conversations() const { return m_conversations; }
    QListView* list() const;

private:
    ConversationListPane* m_conversations;
};

} // namespace ringback::ui
