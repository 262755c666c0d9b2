#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ringback::ui {
class InboxPage;
}

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

    void setAutomationState(const QString& text);
    InboxPage* inbox() const { return m_inbox; }

private:
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_automationState;
    QLabel* m_databaseLabel;
    InboxPage* m_inbox;
};

} // namespace ringback::ui
