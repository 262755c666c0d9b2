#include "ProviderConnection.h"

#include "CommandLineOptions.h"
#include "common/Clock.h"
#include "providers/simulator/SimulatorProvider.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace ringback::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ringback::app::ProviderConnection", text);
}
} // namespace

QString ProviderConnection::checkUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return tr("The provider address \"%1\" is not a web address such as https://api.twilio.com.")
            .arg(url);
    return {};
}

void ProviderConnection::resolve(const CommandLineOptions& options, const QString& accountSid, Ready ready)
{
    if (options.demo()) {
        // The demo office starts now and stays deterministic for a given start.
        const QDateTime start = QDateTime::currentDateTimeUtc();
        return ready(AutomationWorker::ProviderFactory([start] {
            return std::make_unique<SimulatorProvider>(SimulatorSettings::demo(start),
                                                       SystemClock::instance());
        }));
    }
    const QString kind = options.provider().isEmpty() ? QStringLiteral("twilio") : options.provider();
    if (kind.compare(QLatin1String("twilio"), Qt::CaseInsensitive) != 0)
        return ready(
            tr("Ringback does not know the provider \"%1\"; the providers it knows are: twilio.").arg(kind));
    TwilioOptions twilio;
    if (!options.providerUrl().isEmpty()) {
        if (const QString problem = checkUrl(options.providerUrl()); !problem.isEmpty())
            return ready(problem);
        twilio.baseUrl = QUrl(options.providerUrl(), QUrl::StrictMode);
    }
    // The keychain is asked once, here; the worker gets the credentials by value.
    auto store = std::make_shared<KeychainCredentialStore>();
    const TwilioCredentialSource source(store.get());
    source.resolve(
        accountSid, QString(),
        [store, twilio, ready = std::move(ready)](Result<TwilioCredentials, CredentialError> credentials) {
            if (!credentials)
                return ready(credentials.error().message);
            const TwilioCredentials found = credentials.value();
            ready(AutomationWorker::ProviderFactory(
                [found, twilio] { return std::make_unique<TwilioProvider>(found, twilio); }));
        });
}

} // namespace ringback::app
