#pragma once

#include "automation/AutomationWorker.h"
#include "common/Result.h"

#include <QString>

#include <functional>

namespace ringback::app {

class CommandLineOptions;

// How this run reaches a phone provider: the built-in office simulator for --demo; otherwise
// Twilio (or a Twilio-compatible service at --provider-url) with the credentials from the
// environment or the keychain. Gives the worker a factory, so the provider is created on the
// worker's own thread.
class ProviderConnection
{
public:
    using Ready = std::function<void(Result<AutomationWorker::ProviderFactory, QString>)>;

    // `accountSid` is the one saved in Settings (the environment may override it).
    static void resolve(const CommandLineOptions& options, const QString& accountSid, Ready ready);

    // Empty when `url` is usable as a provider address; else one sentence saying what is wrong.
    static QString checkUrl(const QString& url);
};

} // namespace ringback::app
