#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace ringback {
class CredentialStore;
class VoipProvider;
struct AccountInfo;
struct ProviderNumber;
} // namespace ringback

namespace ringback::app {

class CommandLineOptions;

// `ringback --check-provider [--provider twilio] [--provider-url URL]`: finds the credentials
// (environment, then the keychain), asks the provider who the account is and which numbers it has,
// and prints them; or prints one sentence saying what is wrong and exits non-zero. Needs no display.
class ProviderCheckCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, BadUsage = 64, NoCredentials = 2, ProviderFailed = 3 };

    ProviderCheckCommand(QString providerKind, QString providerUrl, QString messagingUrl = {},
                         QObject* parent = nullptr);
    ~ProviderCheckCommand() override;

    // Runs the check on the application's event loop; returns the process exit code.
    static int run(const CommandLineOptions& options);

    void start();

signals:
    void finished(int exitCode);

private:
    void check(const QString& accountSid, const QString& secretText);
    void printAccount(const AccountInfo& account, const QList<ProviderNumber>& numbers);
    // A2P readiness, then the WhatsApp check.
    void printReadiness(const QList<ProviderNumber>& numbers);
    // The WhatsApp sender from Settings and the account's approved templates (Content API).
    void checkWhatsApp();
    void fail(const QString& sentence, ExitCode code);

    QString m_kind;
    QString m_url;
    QString m_messagingUrl;
    QString m_accountSid;     // from Settings; the environment overrides it
    QString m_whatsAppSender; // from Settings; empty: WhatsApp is not set up, not asked about
    QString m_contentUrl;     // from Settings; empty: Twilio's own
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<VoipProvider> m_provider;
};

} // namespace ringback::app
