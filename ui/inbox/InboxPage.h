#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace ringback::ui {

class ConversationListModel;

// The shared inbox: the conversations, newest activity first. Until there are any it explains
// what will appear here, so a new office is never looking at a blank pane.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget* parent = nullptr);

    void setModel(ConversationListModel* model);
    QListView* list() const { return m_list; }

private:
    void showListOrEmptyState();

    QStackedWidget* m_stack;
    QWidget* m_empty;
    QListView* m_list;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    ConversationListModel* m_model = nullptr;
};

} // namespace ringback::ui
