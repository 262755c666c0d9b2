#include "DesktopSession.h"

#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "MainWindow.h"
#include "ProviderConnection.h"
#include "about/AboutDialog.h"
#include "automation/AutoTextBackSwitch.h"
#include "automation/AutomationStatusView.h"
#include "automation/QuitGuard.h"
#include "automation/WhoIsTextingLabel.h"
#include "board/LeadBoard.h"
#include "board/LeadBoardPage.h"
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "calls/HeldTexts.h"
#include "calls/SetAsideNotice.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/LanguageLoader.h"
#include "common/Logging.h"
#include "common/OutsideText.h"
#include "common/ProcessInfo.h"
#include "conversation/ConversationView.h"
#include "conversation/LeadCard.h"
#include "dashboard/DashboardPage.h"
#include "help/ShortcutsDialog.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationListPane.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "providers/TextingReadiness.h"
#include "providers/VoipProvider.h"
#include "settings/CredentialChooser.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "settings/SharedDatabaseDialog.h"
#include "settings/StartupOptionsGroup.h"
#include "store/BlockListStore.h"
#include "store/ChangeHub.h"
#include "store/Database.h"
#include "store/DeskConnection.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/StoreNotifications.h"
#include "templates/TemplatesPage.h"
#include "tray/ReplyNotifier.h"
#include "tray/TrayIcon.h"
#include "tray/WaitingReminder.h"
#include "wizard/SetupWizard.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ringback::app {

DesktopSession::DesktopSession(Database& db, const QString& region, bool demo)
    : m_db(db)
    , m_phone(std::make_unique<PhoneNumberService>(region))
    , m_window(std::make_unique<ui::MainWindow>(db.location().displayName()))
    , m_demo(demo)
    , m_sharedSettings(std::make_unique<KeyValueStore>(db, KeyValueStore::Table::Settings))
    , m_settings(std::make_unique<Settings>(m_sharedSettings.get(), &m_machineSettings))
    , m_credentials(CredentialChooser::forThisComputer(*m_settings))
{
    if (demo)
        m_window->setWindowTitle(tr("Ringback (demo)"));
    m_conversations = new ui::ConversationListModel(m_db, *m_phone, this);
    m_window->inbox()->setModel(m_conversations);
    m_conversationView = new ui::ConversationView(m_db, *m_phone, SystemClock::instance());
    m_window->inbox()->setConversationView(m_conversationView);
    m_board = new ui::LeadBoard(m_db, *m_phone, SystemClock::instance(), this);
    auto* boardPage = new ui::LeadBoardPage(m_board);
    m_window->addSection(tr("Leads"), boardPage);
    connect(boardPage, &ui::LeadBoardPage::openLeadRequested, this, &DesktopSession::openConversation);
    m_window->inbox()->conversations()->setDeskStaffName(m_settings->stringValue(SettingKey::DeskStaffName));
    m_conversationView->setDeskPerson(deskPerson());
    // Staff actions on a lead's history name who did them: the person at this desk (Settings).
    m_conversationView->card()->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
    m_board->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
    // Every view follows a setting the moment it changes: saved on the Settings page, by the
    // wizard, by this desk's worker, or (through the store's notifications) on another desk.
    m_settings->followChanges();
    connect(m_settings.get(), &Settings::changed, this, &DesktopSession::settingChanged);
    m_autoTextBack = new ui::AutoTextBackSwitch(m_db, m_window->automationStatus(), this);
    connect(m_autoTextBack, &ui::AutoTextBackSwitch::failed, m_window.get(),
            &ui::MainWindow::setAutomationState);
    // The inbox shows each lead's status: a move on the board changes it there at once.
    connect(m_board, &ui::LeadBoard::moved, m_conversations, &ui::ConversationListModel::refresh);
    connect(m_board, &ui::LeadBoard::moved, m_conversationView, &ui::ConversationView::refresh);
    // Read, replied, renamed or moved here: the board and the unread count follow at once.
    connect(m_conversationView, &ui::ConversationView::conversationChanged, m_board, &ui::LeadBoard::refresh);
    m_calls = new ui::CallLogModel(m_db, *m_phone, this);
    auto* callsPage = new ui::CallsPage(m_calls);
    m_setAside = new ui::SetAsideNotice(m_db);
    callsPage->addNotice(m_setAside);
    m_window->addSection(tr("Calls"), callsPage);
    connect(callsPage, &ui::CallsPage::conversationRequested, this, &DesktopSession::openConversationWith);
    connect(callsPage, &ui::CallsPage::blockRequested, this, &DesktopSession::blockNumber);
    connect(callsPage, &ui::CallsPage::unblockRequested, this, &DesktopSession::unblockNumber);
    callsPage->setBlockedCheck([this](const QString& number) {
        const auto kind = BlockListStore(m_db).kindOf(number);
        return kind && kind.value() == BlockListStore::Kind::Blocked;
    });
    // Texts over the hourly cap wait for a person: said on every page, answered in one click.
    m_heldTexts = new ui::HeldTextsNotice(m_db, SystemClock::instance());
    m_heldTexts->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
    m_window->statusBar()->addPermanentWidget(m_heldTexts);

    // On a shared database: what other desks write (and this desk's own worker, like storeChanged),
    // typing presence, marking read and the texting look-ups, through the desk's own connection
    // thread, so a server that stops answering never holds the window. A file has one desk.
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres) {
        m_link = new DeskConnection(m_db.location(), this);
        m_conversationView->setDeskConnection(m_link);
        m_conversations->setDeskConnection(m_link);
        m_calls->setDeskConnection(m_link);
        m_board->setDeskConnection(m_link);
        m_setAside->setDeskConnection(m_link);
        m_heldTexts->setDeskConnection(m_link);
        m_window->followSharedDatabase(*m_link);
        // A burst (another desk's worker storing 200 texts) is one re-read, once this turn's
        // notifications are in; the open conversation is re-read only when it is among them.
        m_changes.setSingleShot(true);
        m_changes.setInterval(0);
        connect(&m_changes, &QTimer::timeout, this, &DesktopSession::applyChanges);
        connect(m_link, &DeskConnection::changed, this, [this](StoreNotifications::Kind kind, qint64 leadId) {
            if (kind == StoreNotifications::Kind::Typing) // changes nothing stored (ConversationView)
                return;
            // Settings, hours, templates: every Settings object and page of this store re-reads.
            if (const auto topic = ChangeHub::topicOf(kind)) {
                ChangeHub::instance().announce(m_db, *topic);
                return;
            }
            if (kind == StoreNotifications::Kind::Call)
                m_callsChanged = true;
            else
                m_changedLeads.insert(kind == StoreNotifications::Kind::Message ||
                                              kind == StoreNotifications::Kind::Lead
                                          ? leadId
                                          : 0); // 0: any lead (opt-outs and the rest name none)
            m_changes.start();
        });
        // Notifications sent meanwhile are lost, and this thread's connection may have been
        // dropped too: the server has just answered the desk's connection, so check and re-read.
        connect(m_link, &DeskConnection::reconnected, this, [this] {
            if (!m_db.exec(QStringLiteral("SELECT 1")).ok())
                (void)m_db.reconnect(); // a failure is said by the next read that needs it
            refreshAllViews();
        });
        connect(m_link, &DeskConnection::answeringAgain, this, &DesktopSession::refreshAllViews);
    }
    m_window->addSection(tr("Templates"), new ui::TemplatesPage(m_db, SystemClock::instance()));
    m_dashboard = new ui::DashboardPage(m_db, SystemClock::instance());
    m_dashboard->setBusinessRegion(m_phone->defaultRegion());
    m_dashboard->setSettings(m_settings.get());
    m_window->addSection(tr("Dashboard"), m_dashboard);
    m_settingsPage = new ui::SettingsPage(*m_settings, *m_credentials, db.location().displayName());
    connect(m_settingsPage, &ui::SettingsPage::runSetupRequested, this, &DesktopSession::runSetup);
    connect(m_settingsPage, &ui::SettingsPage::readinessCheckRequested, this,
            &DesktopSession::checkReadiness);
    connect(m_settingsPage, &ui::SettingsPage::saved, m_window.get(), [this] {
        m_window->statusBar()->showMessage(tr("Settings saved: every page shows them now."), 10'000);
    });
    connect(m_settingsPage, &ui::SettingsPage::sharedDatabaseRequested, this,
            &DesktopSession::chooseSharedDatabase);
    m_settingsPage->addComputerOptions(new ui::StartupOptionsGroup(
        *m_settings, AutostartRegistration::forThisSystem(), LaunchCommand::minimizedSelf()));
    // Who is texting, at every desk, in Settings as in the status bar.
    auto* senderGroup = new QGroupBox(tr("Texting missed callers back"));
    m_whoIsTexting = new ui::WhoIsTextingLabel(senderGroup);
    m_whoIsTexting->setObjectName(QStringLiteral("settingsWhoIsTexting"));
    m_whoIsTexting->setWordWrap(true);
    (new QVBoxLayout(senderGroup))->addWidget(m_whoIsTexting);
    senderGroup->hide(); // until this desk's worker has read the heartbeats (none without a provider)
    m_settingsPage->addStatusGroup(senderGroup);
    m_window->addSection(tr("Settings"), m_settingsPage);

    // Replies already stored, or imported from the provider's history after this moment, are
    // not announced.
    m_replies = new ui::ReplyNotifier(m_db, *m_phone, &m_machineSettings, std::nullopt,
                                      QDateTime::currentDateTimeUtc(), this);
    if (m_link)
        m_replies->setDeskConnection(m_link);
    m_tray = new ui::TrayIcon(m_window.get(), this);
    // The last desk warns before it stops (after the tray, so it sees a close first).
    m_quitGuard = new ui::QuitGuard(m_window.get(), this);
    m_quitGuard->setTray(m_tray);
    m_tray->setQuitCheck([this] { return m_quitGuard->confirmQuit(); });
    connect(m_replies, &ui::ReplyNotifier::unreadCountChanged, m_tray, &ui::TrayIcon::setUnreadCount);
    // Who is waiting for us: on the Inbox entry, in the tray and in the title.
    connect(m_replies, &ui::ReplyNotifier::needsReplyCountChanged, m_tray, &ui::TrayIcon::setNeedsReplyCount);
    connect(m_replies, &ui::ReplyNotifier::needsReplyCountChanged, m_window.get(),
            &ui::MainWindow::setNeedsReplyCount);
    connect(m_replies, &ui::ReplyNotifier::replyArrived, m_tray, &ui::TrayIcon::showReply);
    connect(m_tray, &ui::TrayIcon::conversationRequested, this, &DesktopSession::openConversation);
    connect(m_conversationView, &ui::ConversationView::conversationChanged, m_replies,
            &ui::ReplyNotifier::check);
    m_replies->check();
    // Customers left waiting during business hours: a notification at this desk, repeated while
    // they wait (the owner's text, if set, is the worker's).
    auto* waiting = new ui::WaitingReminder(m_db, *m_phone, *m_settings, SystemClock::instance(), this);
    if (m_link)
        waiting->setDeskConnection(m_link);
    connect(waiting, &ui::WaitingReminder::reminder, m_tray, &ui::TrayIcon::showReply);
    waiting->start();

    // Closing the window keeps Ringback texting from the tray; quitting is a choice of its own.
    QMenu* file = m_window->menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit Ringback"), m_tray, &ui::TrayIcon::quit);
    quit->setObjectName(QStringLiteral("quitRingback"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on Windows
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ui::ShortcutsDialog dialog(m_window.get(), m_window.get());
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("showShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction* logs = help->addAction(tr("Open the &log folder"), this, [] {
        // For support: what Ringback wrote (no message bodies, numbers shortened).
        QDesktopServices::openUrl(QUrl::fromLocalFile(logging::logFolder()));
    });
    logs->setObjectName(QStringLiteral("openLogFolder"));
    logs->setEnabled(!logging::logFolder().isEmpty());
    help->addSeparator();
    help->addAction(tr("&About Ringback"), this, &DesktopSession::showAbout);
}

void DesktopSession::refreshLeadViews()
{
    m_conversations->refresh();
    m_conversationView->refresh();
    m_board->refresh();
    m_replies->check();
}

void DesktopSession::applyChanges()
{
    if (std::exchange(m_callsChanged, false)) {
        m_calls->refresh();
        m_setAside->refresh();
        m_heldTexts->refresh();
    }
    const QSet<qint64> leads = std::exchange(m_changedLeads, {});
    if (leads.isEmpty())
        return;
    m_conversations->refreshRows(leads); // only those conversations (0, any: all of them)
    if (leads.contains(0) || leads.contains(m_conversationView->leadId()))
        m_conversationView->refresh();
    m_board->refreshLeads(leads);
    m_replies->check();
}

void DesktopSession::refreshAllViews()
{
    // Notifications may have been lost (a reconnect): settings, hours and templates are re-read too.
    for (const auto topic :
         {ChangeHub::Topic::Settings, ChangeHub::Topic::BusinessHours, ChangeHub::Topic::Templates})
        ChangeHub::instance().announce(m_db, topic);
    m_calls->refresh();
    m_setAside->refresh();
    m_heldTexts->refresh();
    refreshLeadViews();
    m_dashboard->storeChanged();
}

void DesktopSession::chooseSharedDatabase()
{
    const bool onFile = m_db.location().backend == SqlDialect::Kind::Sqlite;
    // Over the setup wizard when it asked, else over the window.
    QWidget* over = m_wizard ? static_cast<QWidget*>(m_wizard.data()) : m_window.get();
    ui::SharedDatabaseDialog dialog(*m_credentials, onFile ? &m_db : nullptr, over);
    if (!onFile)
        dialog.setLocation(m_db.location());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The password went to the credential store; the setting holds the address only.
    if (!m_settings->setValue(SettingKey::DatabaseLocation, dialog.location().toArgument())) {
        QMessageBox::warning(over, tr("Shared database not saved"),
                             tr("This computer's settings could not be saved, so Ringback keeps using %1.")
                                 .arg(m_db.location().displayName()));
        return;
    }
    // Every page, model and the worker hold this database: switching under them is not safe, a
    // new start is (the automation lease and the notifications are taken afresh).
    if (ui::Confirmation::ask(over, tr("Restart Ringback"),
                              tr("Ringback restarts now to use the shared database: this window closes "
                                 "and opens again on it in a few seconds."),
                              tr("Restart now"))) {
        emit restartRequested();
        return;
    }
    QMessageBox::information(over, tr("Shared database saved"),
                             tr("Ringback will use the shared database the next time it starts."));
}

void DesktopSession::offerRestartInLanguage()
{
    const QString wanted = ui::LanguageLoader::resolve(m_settings->stringValue(SettingKey::Language));
    if (wanted == ui::LanguageLoader::inUse())
        return;
    // Every page's words were set when it was built: a new start is how they all change at once
    // (texts in flight finish first, as on any quit).
    const QString name = ui::LanguageLoader::nativeName(wanted);
    if (ui::Confirmation::ask(m_window.get(), tr("Restart Ringback"),
                              tr("Ringback restarts now to show everything in %1: this window closes "
                                 "and opens again in a few seconds.")
                                  .arg(name),
                              tr("Restart now"))) {
        emit restartRequested();
        return;
    }
    m_window->statusBar()->showMessage(tr("Ringback will be in %1 the next time it starts.").arg(name),
                                       10'000);
}

QStringList DesktopSession::argumentsForRestart(const QStringList& arguments)
{
    QStringList out;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")) || a == QLatin1String("--demo") ||
            a == QLatin1String("--minimized"))
            continue;
        out << a;
    }
    return out;
}

QString DesktopSession::deskPerson() const
{
    // Other desks read "<this> is replying…": the person at this desk, else the desk, else the PC.
    QString person = m_settings->stringValue(SettingKey::DeskStaffName).trimmed();
    if (person.isEmpty())
        person = m_settings->stringValue(SettingKey::DeskName).trimmed();
    return person.isEmpty() ? process::hostName() : person;
}

void DesktopSession::settingChanged(SettingKey key)
{
    switch (key) {
    case SettingKey::DeskStaffName:
    case SettingKey::DeskName:
        // "Mine" in the Inbox, and the name other desks read while this one types.
        m_window->inbox()->conversations()->setDeskStaffName(
            m_settings->stringValue(SettingKey::DeskStaffName));
        m_conversationView->setDeskPerson(deskPerson());
        m_conversationView->card()->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
        m_board->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
        if (m_heldTexts)
            m_heldTexts->setDeskPerson(m_settings->stringValue(SettingKey::DeskStaffName));
        break;
    case SettingKey::AutoTextBackEnabled:
        if (m_worker) // Pause on another desk holds this desk's worker too
            QMetaObject::invokeMethod(m_worker->worker(), &AutomationWorker::applySettings,
                                      Qt::QueuedConnection);
        break;
    case SettingKey::Language:
        // Once the save that changed it has finished (and said so).
        QTimer::singleShot(0, this, &DesktopSession::offerRestartInLanguage);
        break;
    default:
        break; // the pages that show the others follow them themselves (Settings::changed)
    }
}

void DesktopSession::showAbout()
{
    const DatabaseLocation& location = m_db.location();
    const bool isFile = location.backend == SqlDialect::Kind::Sqlite;
    ui::AboutDialog about(ui::AboutDialog::placesFor(isFile ? location.path : location.displayName(), isFile),
                          m_window.get());
    about.exec();
}

DesktopSession::~DesktopSession()
{
    // Stop the worker (it finishes the text in flight) before the window and models go; at most
    // WorkerThread::kJoinWithinMs each.
    m_worker.reset();
    m_stoppingWorker.reset();
    // Then the open conversation, while the whole window is still there: it saves notes typed a
    // moment ago and tells the inbox page, the board and the notifier (which checks for replies
    // and reads this computer's settings). Inside the window's teardown the inbox page would
    // already be half destroyed when told.
    delete m_conversationView;
    m_conversationView = nullptr;
    // Then the window, before what its views use. Members would otherwise go in reverse order of
    // declaration (credentials and settings first) and the QObject children (notifier, tray,
    // models) last.
    m_window.reset();
    // Then the children that use the settings, the database and the phone service, before those.
    while (!children().isEmpty())
        delete children().constFirst();
}

void DesktopSession::showWindow(bool minimized)
{
    if (!minimized)
        m_window->show();
    else if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_window->showMinimized(); // no tray to live in: the taskbar is the only way back
}

void DesktopSession::bringWindowForward()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopSession::setSenderClock(const Clock* clock)
{
    m_quitGuard->setClock(clock);
    m_whoIsTexting->setClock(clock);
    m_window->automationStatus()->setClock(clock);
}

void DesktopSession::startAutomation(AutomationWorker::Options options)
{
    m_worker = std::make_unique<WorkerThread>(std::move(options));
    AutomationWorker* worker = m_worker->worker();
    connect(worker, &AutomationWorker::stateChanged, m_window->automationStatus(),
            &ui::AutomationStatusView::setState);
    connect(worker, &AutomationWorker::stateChanged, this, [this](const AutomationState& state) {
        m_whoIsTexting->setPresence(state.senders);
        if (state.senders.known())
            m_whoIsTexting->parentWidget()->show();
        m_quitGuard->setPresence(state.senders);
    });
    // Queued: the worker is on its own thread and reads the setting just written.
    connect(m_autoTextBack, &ui::AutoTextBackSwitch::changed, worker, &AutomationWorker::applySettings,
            Qt::QueuedConnection);
    connect(worker, &AutomationWorker::storeChanged, this, &DesktopSession::refreshAllViews);
    connect(worker, &AutomationWorker::whatsAppTemplatesListed, m_conversationView,
            &ui::ConversationView::setWhatsAppTemplates);
    connect(worker, &AutomationWorker::whatsAppTemplatesListed, m_settingsPage,
            &ui::SettingsPage::setWhatsAppTemplates);
    connect(m_conversationView, &ui::ConversationView::replyQueued, worker, &AutomationWorker::pollNow);
    connect(m_heldTexts, &ui::HeldTextsNotice::answered, worker, &AutomationWorker::pollNow);
    // Another provider chosen at any desk: this desk's worker carries on with it. (This desk's
    // own wizard restarts it too; a second restart while one is under way is a no-op.)
    connect(
        worker, &AutomationWorker::providerSettingsChanged, this,
        [this, current = QPointer<AutomationWorker>(worker)] {
            if (m_options && m_worker && m_worker->worker() == current)
                startFromSettings();
        },
        Qt::QueuedConnection);
    m_worker->start();
}

void DesktopSession::openConversation(qint64 leadId)
{
    m_tray->openWindow();
    m_window->showSection(m_window->inbox());
    m_window->inbox()->openConversation(leadId);
}

void DesktopSession::openConversationWith(const QString& number)
{
    // A call from someone who never texted has no conversation yet: it starts here.
    const auto lead =
        LeadStore(m_db).findOrCreate(number, m_phone->parse(number).place, QDateTime::currentDateTimeUtc());
    if (!lead) {
        QMessageBox::warning(
            m_window.get(), tr("Conversation not opened"),
            tr("Ringback could not open this caller's conversation: %1").arg(lead.error().message));
        return;
    }
    openConversation(lead.value().id);
}

void DesktopSession::blockNumber(const QString& number)
{
    const QString shown = m_phone->parse(number).national;
    if (!ui::Confirmation::ask(m_window.get(), tr("Block %1").arg(shown),
                               tr("Ringback will never text %1 again, automatically or from the Inbox. "
                                  "Their calls still show in Calls.")
                                   .arg(shown),
                               tr("Block")))
        return;
    if (auto r = BlockListStore(m_db).blockByStaff(number, m_settings->stringValue(SettingKey::DeskStaffName),
                                                   QDateTime::currentDateTimeUtc());
        !r) {
        QMessageBox::warning(m_window.get(), tr("Number not blocked"),
                             tr("Ringback could not block %1: %2").arg(shown, r.error().message));
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 is blocked: Ringback will not text it.").arg(shown), 10'000);
    refreshLeadViews();
}

void DesktopSession::unblockNumber(const QString& number)
{
    const QString shown = m_phone->parse(number).national;
    if (auto r = BlockListStore(m_db).unblockByStaff(
            number, m_settings->stringValue(SettingKey::DeskStaffName), QDateTime::currentDateTimeUtc());
        !r) {
        QMessageBox::warning(m_window.get(), tr("Number still blocked"),
                             tr("Ringback could not unblock %1: %2").arg(shown, r.error().message));
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 can be texted again.").arg(shown), 10'000);
    refreshLeadViews();
}

void DesktopSession::connectProvider(const CommandLineOptions& options)
{
    m_options = &options;
    if (!m_settings->boolValue(SettingKey::SetupCompleted)) {
        showProviderProblem(tr("finish the setup first."));
        runSetup();
        return;
    }
    startFromSettings();
}

ui::SetupWizard* DesktopSession::setupWizard() const
{
    return m_wizard.data();
}

void DesktopSession::runSetup()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    const QString baseUrl = m_options && !m_options->providerUrl().isEmpty()
                                ? m_options->providerUrl()
                                : m_settings->stringValue(SettingKey::ProviderBaseUrl);
    const QString messagingUrl = m_options ? m_options->messagingUrl() : QString();
    ui::ProviderProbe probe = [baseUrl, messagingUrl](const QString& kind, const QString& sid,
                                                      const QString& token) {
        return ProviderConnection::probe(kind, sid, token, baseUrl, messagingUrl);
    };
    m_wizard =
        new ui::SetupWizard(m_db, *m_settings, *m_credentials, std::move(probe), m_demo, m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &ui::SetupWizard::sharedDatabaseRequested, this, &DesktopSession::chooseSharedDatabase);
    connect(m_wizard, &ui::SetupWizard::setupSaved, this, [this] {
        m_settingsPage->reload();
        if (m_options)
            startFromSettings();
    });
    connect(m_wizard, &QWizard::rejected, this, [this] {
        if (!m_settings->boolValue(SettingKey::SetupCompleted))
            showProviderProblem(
                tr("the setup was not finished. Open Settings and click \"Run setup again\"."));
    });
    m_wizard->show();
}

void DesktopSession::startFromSettings()
{
    // A new provider replaces the old worker, which first finishes the text in flight; the window
    // does not wait for that, and the new one starts once the old one has ended (they would share
    // the connection name and the automation lease).
    if (m_worker) {
        m_stoppingWorker = std::move(m_worker);
        QPointer<DesktopSession> self(this);
        m_stoppingWorker->stop([self] {
            if (self) // not from inside the stopping worker's own callback: it is deleted here
                QTimer::singleShot(0, self, [self] {
                    self->m_stoppingWorker.reset();
                    self->startFromSettings();
                });
        });
        ++m_connectAttempt; // a provider still being resolved for the old attempt is dropped
        return;
    }
    if (m_stoppingWorker)
        return; // started when the old worker has ended
    const int attempt = ++m_connectAttempt;
    QPointer<DesktopSession> self(this);
    ProviderConnection::resolve(*m_options, savedProviderOf(m_db),
                                [self, attempt](Result<AutomationWorker::ProviderFactory, QString> factory) {
                                    if (!self || attempt != self->m_connectAttempt)
                                        return;
                                    if (factory) {
                                        self->m_providerFactory = factory.value();
                                        self->startAutomation(workerOptions(
                                            self->m_db.location(), factory.value(), QStringLiteral("desk")));
                                        self->checkReadiness();
                                    } else
                                        self->showProviderProblem(factory.error());
                                });
}

void DesktopSession::checkReadiness()
{
    if (!m_providerFactory) {
        m_settingsPage->showReadiness(tr("Not checked: no provider connected yet."), false);
        return;
    }
    m_readinessProvider = m_providerFactory(); // an older check still running is dropped with its provider
    m_settingsPage->showReadiness(tr("Checking..."), false);
    QPointer<DesktopSession> self(this);
    TextingReadiness::check(*m_readinessProvider, [self](const ReadinessReport& report) {
        if (!self)
            return;
        bool warn = !report.failure.isEmpty() && report.applies;
        for (const NumberReadiness& n : report.numbers)
            warn = warn || TextingReadiness::isBlocking(n.readiness);
        self->m_settingsPage->showReadiness(TextingReadiness::lines(report), warn);
        QList<QPair<QString, QString>> services;
        for (const MessagingService& s : report.services)
            services.append({s.sid, s.friendlyName});
        self->m_settingsPage->setMessagingServices(services);
    });
}

void DesktopSession::showProviderProblem(const QString& sentence)
{
    m_window->setAutomationState(tr("Auto text-back is off: %1").arg(sentence));
}

} // namespace ringback::app
