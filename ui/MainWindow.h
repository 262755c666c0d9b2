#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ringback {
class DeskConnection;
}

namespace ringback::ui {
class AutomationStatusView;
class InboxPage;
} // namespace ringback::ui

namespace ringback::ui {

// The frame: navigation on the left, the chosen section on the right, the automation state in the
// status bar. It wires views to models; it decides nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString& databaseName, QWidget* parent = nullptr);

    // Adds a section to the navigation; the first one added is shown first.
    void addSection(const QString& title, QWidget* page);
    // Shows a section added before (a notification or the board opened a conversation).
    void showSection(QWidget* page);

    // A sentence in place of the automation's state (no provider connected).
    void setAutomationState(const QString& text);
    // The status bar says when the shared database is lost, stops answering, or is back.
    void followSharedDatabase(DeskConnection& link);
    AutomationStatusView* automationStatus() const { return m_automationStatus; }
    InboxPage* inbox() const { return m_inbox; }

public slots:
    // The Inbox entry in the navigation carries how many conversations need a reply.
    void setNeedsReplyCount(int count);

public:
private:
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    AutomationStatusView* m_automationStatus;
    QLabel* m_databaseLabel;
    InboxPage* m_inbox;
};

} // namespace ringback::ui
