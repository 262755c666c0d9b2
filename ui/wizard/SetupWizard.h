#pragma once

#include "SetupChoices.h"

#include <QWizard>

#include <memory>

class QLabel;

namespace ringback {
class CredentialChooser;
class Database;
class Settings;
class VoipProvider;
} // namespace ringback

namespace ringback::ui {

// The first-run setup: welcome -> phone provider (Twilio or Demo, with "Test connection") ->
// business numbers -> business name and opening hours -> the first text as callers will get it ->
// done. Finish saves the provider, numbers, name, hours and SetupCompleted in Settings and the
// token in the credential store (the keychain, or the user's 0600 file with their consent), then
// emits setupSaved(). Never waits on the network: every provider answer comes back later.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, ProviderPageId, NumbersPageId, BusinessPageId, PreviewPageId, DonePageId };

    // preferDemo preselects Demo (the app was started with --demo).
    SetupWizard(Database& db, Settings& settings, CredentialChooser& credentials, ProviderProbe probe,
                bool preferDemo, QWidget* parent = nullptr);
    ~SetupWizard() override;

    SetupChoices& choices() { return m_choices; }
    Database& database() { return m_db; }
    Settings& settings() { return m_settings; }

    // The provider for the choices so far: made for the demo on demand; for Twilio, the one the
    // last "Test connection" made (null before).
    VoipProvider* provider();
    VoipProvider& connectProvider(const QString& kind, const QString& accountSid, const QString& token);
    // Forgets the provider (credentials edited): its answers in flight are dropped with it.
    void dropProvider();

    void accept() override;

signals:
    void setupSaved();
    // "Shared with other desks", then "Set up the shared database…": the session opens the
    // shared-database dialog (the same as in Settings).
    void sharedDatabaseRequested();

private:
    // false: something could not be saved; the sentence is shown and setup is not marked complete.
    bool saveSettings();
    void showSaveProblem(const QString& sentence);

    Database& m_db;
    Settings& m_settings;
    CredentialChooser& m_credentials;
    ProviderProbe m_probe;
    SetupChoices m_choices;
    std::unique_ptr<VoipProvider> m_provider;
    QLabel* m_saveProblem = nullptr;
    bool m_saving = false;
};

} // namespace ringback::ui
