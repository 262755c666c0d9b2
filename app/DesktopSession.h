#pragma once

#include "WorkerThread.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace ringback {
class Clock;
class CredentialChooser;
class Database;
class DeskConnection;
class KeyValueStore;
class PhoneNumberService;
class Settings;
class VoipProvider;
} // namespace ringback

namespace ringback::ui {
class AutoTextBackSwitch;
class CallLogModel;
class ConversationListModel;
class DashboardPage;
class SettingsPage;
class HeldTextsNotice;
class SetAsideNotice;
class SetupWizard;
class LeadBoard;
class ConversationView;
class MainWindow;
class QuitGuard;
class ReplyNotifier;
class WhoIsTextingLabel;
class TrayIcon;
} // namespace ringback::ui

namespace ringback::app {

class CommandLineOptions;

// The desktop app's wiring: the main window and its models on the UI thread's database
// connection, the automation worker on its own thread, and the queued signals between them.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    DesktopSession(Database& db, const QString& region, bool demo);
    ~DesktopSession() override;

    ui::MainWindow& window() { return *m_window; }
    // Shows the window, or with `minimized` keeps it in the tray (minimised when there is none).
    void showWindow(bool minimized);
    // Another launch asked for the window: shown, restored and raised.
    void bringWindowForward();
    void showAbout();
    // Starts the automation with a provider; without one the status bar says what is missing.
    void startAutomation(AutomationWorker::Options options);
    void showProviderProblem(const QString& sentence);
    // Brings the window forward on the Inbox with this lead's conversation open.
    void openConversation(qint64 leadId);
    // From the Calls page: the caller's conversation (started when there is none), blocking.
    void openConversationWith(const QString& number);
    void blockNumber(const QString& number);
    void unblockNumber(const QString& number);

    // Starts the automation with the provider saved in Settings, or shows the setup wizard first
    // on a fresh profile (SetupCompleted false). `options` must outlive the session.
    void connectProvider(const CommandLineOptions& options);
    // The first-run wizard, again (Settings' "Run setup again"); on Finish the automation restarts
    // with the new provider, without restarting the app.
    void runSetup();
    ui::SetupWizard* setupWizard() const;
    // Asks before the last sender quits outside business hours (tests set its clock).
    ui::QuitGuard* quitGuard() const { return m_quitGuard; }
    ui::TrayIcon* tray() const { return m_tray; }
    // The clock who-is-texting and the quit warning measure against (tests; the system's by default).
    void setSenderClock(const Clock* clock);

    // The process arguments for starting Ringback again on the database the settings name: those
    // of this run without --db (and --demo, which would open the demo file instead).
    static QStringList argumentsForRestart(const QStringList& arguments);

signals:
    // A shared database was chosen and the user agreed to restart now: quit, then start again
    // (main does it once this session and its database are closed).
    void restartRequested();

private:
    void startFromSettings();
    void chooseSharedDatabase();
    // The desk's language changed in Settings: restarting in it now, or at the next start.
    void offerRestartInLanguage();
    // What shows leads and texts (list, open conversation, board, unread count), and that plus the
    // call log and dashboard: after the worker or another desk stored something.
    void refreshLeadViews();
    void refreshAllViews();
    // What other desks changed this turn of the event loop (DeskConnection::changed), at once.
    void applyChanges();
    // A setting changed (here, on this desk or another): what shows it follows.
    void settingChanged(SettingKey key);
    QString deskPerson() const;
    // Settings' "US texting": the numbers' registration, read with a provider of its own (on this
    // thread; every request is asynchronous).
    void checkReadiness();

    Database& m_db;
    std::unique_ptr<PhoneNumberService> m_phone;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::CallLogModel* m_calls = nullptr;
    ui::SetAsideNotice* m_setAside = nullptr;   // above the call log
    ui::HeldTextsNotice* m_heldTexts = nullptr; // in the status bar
    ui::ConversationListModel* m_conversations = nullptr;
    ui::DashboardPage* m_dashboard = nullptr;
    ui::LeadBoard* m_board = nullptr;
    ui::ReplyNotifier* m_replies = nullptr;
    ui::TrayIcon* m_tray = nullptr;
    ui::QuitGuard* m_quitGuard = nullptr;
    ui::WhoIsTextingLabel* m_whoIsTexting = nullptr; // in Settings
    ui::AutoTextBackSwitch* m_autoTextBack = nullptr;
    ui::ConversationView* m_conversationView = nullptr;
    DeskConnection* m_link = nullptr; // a shared database's reads and writes off this thread
    QTimer m_changes;
    QSet<qint64> m_changedLeads;
    bool m_callsChanged = false;
    std::unique_ptr<WorkerThread> m_worker;
    std::unique_ptr<WorkerThread> m_stoppingWorker; // replaced by a new provider, ending
    bool m_demo = false;
    const CommandLineOptions* m_options = nullptr;
    int m_connectAttempt = 0; // a provider resolved for an older attempt is not started
    AutomationWorker::ProviderFactory m_providerFactory; // the last one resolved; empty before
    std::unique_ptr<VoipProvider> m_readinessProvider;
    // Shared settings in the database (this connection), machine settings in QSettings.
    std::unique_ptr<KeyValueStore> m_sharedSettings;
    QSettings m_machineSettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CredentialChooser> m_credentials;
    ui::SettingsPage* m_settingsPage = nullptr;
    QPointer<ui::SetupWizard> m_wizard;
};

} // namespace ringback::app
