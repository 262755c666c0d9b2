#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace ringback::ui {

class ConversationListModel;
class ConversationListPane;
class ConversationView;

// The shared inbox: the conversations (search, filters, list) on the left and the open
// conversation (thread, composer, lead card) on the right.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget* parent = nullptr);

    void setModel(ConversationListModel* model);
    // The conversation shown beside the list (the page takes ownership).
    void setConversationView(ConversationView* view);

    ConversationListPane* conversations() const { return m_conversations; }
    QListView* list() const;
    ConversationView* conversationView() const { return m_conversation; }

public slots:
    // Shows a lead's conversation (from a notification, the board...) and selects it in the list
    // when it is loaded there.
    void openConversation(qint64 leadId);

private:
    void keepOpenListed();
    void updateListNote();

    ConversationListPane* m_conversations;
    QSplitter* m_splitter;
    QStackedWidget* m_detail;
    QLabel* m_pickHint;
    ConversationListModel* m_model = nullptr;
    ConversationView* m_conversation = nullptr;
};

} // namespace ringback::ui
