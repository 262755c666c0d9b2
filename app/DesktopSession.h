#pragma once

#include "WorkerThread.h"

#include <QObject>

#include <memory>

namespace ringback {
class Database;
class PhoneNumberService;
class StoreNotifications;
} // namespace ringback

namespace ringback::ui {
class CallLogModel;
class ConversationListModel;
class MainWindow;
} // namespace ringback::ui

namespace ringback::app {

// The desktop app's wiring: the main window and its models on the UI thread's database
// connection, the automation worker on its own thread, and the queued signals between them.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    DesktopSession(Database& db, const QString& region, bool demo);
    ~DesktopSession() override;

    ui::MainWindow& window() { return *m_window; }
    // Starts the automation with a provider; without one the status bar says what is missing.
    void startAutomation(AutomationWorker::Options options);
    void showProviderProblem(const QString& sentence);

private:
    Database& m_db;
    std::unique_ptr<PhoneNumberService> m_phone;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::CallLogModel* m_calls = nullptr;
    ui::ConversationListModel* m_conversations = nullptr;
    StoreNotifications* m_otherDesks = nullptr; // live updates from a shared database
    std::unique_ptr<WorkerThread> m_worker;
};

} // namespace ringback::app
