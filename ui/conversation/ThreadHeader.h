#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace ringback::ui {

// The line over the open conversation: who it is (name, number, place), where it stands (status,
// who has it) and what to do next: Assign to me, Call back, Mark unread. It shows what it is told
// and asks for actions by signal; ConversationView does them.
class ThreadHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadHeader(QWidget* parent = nullptr);

    struct Shown
    {
        QString title;    // the name, else the formatted number
        QString number;   // formatted for this desk; empty when the title is the number
        QString place;    // "Austin, TX"
        QString status;   // in words
        QString assignee; // who has it; empty: nobody
        bool assignedToMe = false;
        bool canAssignToMe = false; // somebody sits at this desk (Settings)
        bool canCall = false;       // a real number to dial
        bool unread = false;
    };
    void showLead(const Shown& shown);
    void clear();

    QLabel* titleLabel() const { return m_title; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* assigneeLabel() const { return m_assignee; }
    QAction* assignToMeAction() const { return m_assignMe; }
    QAction* callBackAction() const { return m_callBack; }
    QAction* markUnreadAction() const { return m_markUnread; }

signals:
    void assignToMeRequested();
    void callBackRequested();
    void markUnreadRequested();

private:
    QToolButton* button(QAction* action, const char* objectName);

    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_status;
    QLabel* m_assignee;
    QAction* m_assignMe;
    QAction* m_callBack;
    QAction* m_markUnread;
};

} // namespace ringback::ui
