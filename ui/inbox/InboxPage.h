#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace ringback::ui {

class ConversationListModel;
class ConversationView;

// The shared inbox: the conversations, newest activity first. Until there are any it explains
// what will appear here, so a new office is never looking at a blank pane.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget* parent = nullptr);

    void setModel(ConversationListModel* model);
    // The conversation shown beside the list (the page takes ownership).
    void setConversationView(ConversationView* view);
    QListView* list() const { return m_list; }
    ConversationView* conversationView() const { return m_conversation; }

public slots:
    // Shows a lead's conversation (from a notification, the board...) and selects it in the list
    // when it is loaded there.
    void openConversation(qint64 leadId);

private:
    void showListOrEmptyState();
    void showSelectedConversation();
    void selectLeadInList(qint64 leadId);

    QStackedWidget* m_stack;
    QWidget* m_empty;
    QListView* m_list;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QSplitter* m_splitter;
    QStackedWidget* m_detail;
    QLabel* m_pickHint;
    ConversationListModel* m_model = nullptr;
    ConversationView* m_conversation = nullptr;
};

} // namespace ringback::ui
