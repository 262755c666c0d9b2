#pragma once

#include "automation/AutomationWorker.h"
#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace ringback {
class VoipProvider;
}

namespace ringback::app {

class CommandLineOptions;

// The provider choice saved in Settings (by the first-run wizard): kind "twilio" or "simulator",
// the Account SID, and the address of a Twilio-compatible service. Empty fields: not chosen yet.
struct SavedProvider
{
    QString kind;
    QString accountSid;
    QString baseUrl;
    QString contentBaseUrl = {}; // Twilio's Content API (WhatsApp templates); empty: Twilio's own
};

// How this run reaches a phone provider: the provider saved by the setup wizard, else the built-in
// office simulator for --demo, else Twilio (or a Twilio-compatible service at --provider-url),
// with the credentials from the environment, the keychain or the user's 0600 file. Gives the
// worker a factory, so the provider is created on the worker's own thread.
class ProviderConnection
{
public:
    using Ready = std::function<void(Result<AutomationWorker::ProviderFactory, QString>)>;

    static void resolve(const CommandLineOptions& options, const SavedProvider& saved, Ready ready);

    // "twilio" or "simulator": --provider, else the saved choice, else --demo's simulator, else twilio.
    static QString kindFor(const CommandLineOptions& options, const SavedProvider& saved);

    // A provider to try credentials with (the setup wizard's "Test connection"), on this thread.
    static std::unique_ptr<VoipProvider> probe(const QString& kind, const QString& accountSid,
                                               const QString& token, const QString& baseUrl,
                                               const QString& messagingUrl = {});

    // Empty when `url` is usable as a provider address; else one sentence saying what is wrong.
    static QString checkUrl(const QString& url);
};

} // namespace ringback::app
