#include "ProviderConnection.h"

#include "CommandLineOptions.h"
#include "common/Clock.h"
#include "providers/simulator/SimulatorProvider.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/CredentialChooser.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace ringback::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ringback::app::ProviderConnection", text);
}

AutomationWorker::ProviderFactory simulatorFactory()
{
    // The demo office starts now and stays deterministic for a given start.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    return [start] {
        return std::make_unique<SimulatorProvider>(SimulatorSettings::demo(start), SystemClock::instance());
    };
}
} // namespace

QString ProviderConnection::checkUrl(const QString& url)
{
    return TwilioOptions::baseUrlProblem(url);
}

QString ProviderConnection::kindFor(const CommandLineOptions& options, const SavedProvider& saved)
{
    if (options.providerGiven())
        return options.provider().toLower();
    if (!saved.kind.isEmpty())
        return saved.kind;
    return options.demo() ? QStringLiteral("simulator") : QStringLiteral("twilio");
}

std::unique_ptr<VoipProvider> ProviderConnection::probe(const QString& kind, const QString& accountSid,
                                                        const QString& token, const QString& baseUrl,
                                                        const QString& messagingUrl)
{
    if (kind == QLatin1String("simulator"))
        return simulatorFactory()();
    TwilioOptions twilio;
    if (!baseUrl.isEmpty() && checkUrl(baseUrl).isEmpty())
        twilio.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    if (!messagingUrl.isEmpty() && checkUrl(messagingUrl).isEmpty())
        twilio.messagingBaseUrl = QUrl(messagingUrl, QUrl::StrictMode);
    return std::make_unique<TwilioProvider>(
        TwilioCredentials{accountSid.trimmed(), QString(), token.trimmed()}, twilio);
}

void ProviderConnection::resolve(const CommandLineOptions& options, const SavedProvider& saved, Ready ready)
{
    const QString kind = kindFor(options, saved);
    if (kind == QLatin1String("simulator"))
        return ready(simulatorFactory());
    if (kind != QLatin1String("twilio"))
        return ready(
            tr("Ringback does not know the provider \"%1\"; the providers it knows are: twilio.").arg(kind));
    TwilioOptions twilio;
    const QString url = options.providerUrl().isEmpty() ? saved.baseUrl : options.providerUrl();
    if (!url.isEmpty()) {
        if (const QString problem = checkUrl(url); !problem.isEmpty())
            return ready(problem);
        twilio.baseUrl = QUrl(url, QUrl::StrictMode);
    }
    if (!options.messagingUrl().isEmpty()) {
        if (const QString problem = checkUrl(options.messagingUrl()); !problem.isEmpty())
            return ready(problem);
        twilio.messagingBaseUrl = QUrl(options.messagingUrl(), QUrl::StrictMode);
    }
    if (!saved.contentBaseUrl.isEmpty()) {
        if (const QString problem = checkUrl(saved.contentBaseUrl); !problem.isEmpty())
            return ready(problem);
        twilio.contentBaseUrl = QUrl(saved.contentBaseUrl, QUrl::StrictMode);
    }
    // The keychain (or the user's 0600 file) is asked once, here; the worker gets the credentials
    // by value.
    // The store answers from inside its keychain job's signal; the last reference to it goes with
    // the callback, so it is deleted later, from the event loop, never inside its own signal.
    QSettings machine;
    std::shared_ptr<CredentialChooser> store(
        CredentialChooser::forThisComputer(Settings(nullptr, &machine)).release(),
        [](CredentialChooser* c) { c->deleteLater(); });
    const TwilioCredentialSource source(store.get());
    source.resolve(
        saved.accountSid, QString(),
        [store, twilio, ready = std::move(ready)](Result<TwilioCredentials, CredentialError> credentials) {
            if (!credentials)
                return ready(credentials.error().message);
            const TwilioCredentials found = credentials.value();
            ready(AutomationWorker::ProviderFactory(
                [found, twilio] { return std::make_unique<TwilioProvider>(found, twilio); }));
        });
}

} // namespace ringback::app
