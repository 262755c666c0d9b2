#pragma once

#include "automation/AutomationWorker.h"
#include "common/Result.h"

#include <QString>

namespace ringback {
class Database;
}

namespace ringback::app {

class CommandLineOptions;
struct SavedProvider;

// Small start-up steps shared by the desktop and the headless mode.
QString accountIdOf(Database& db);
// The provider chosen in the setup wizard (Settings), for ProviderConnection.
SavedProvider savedProviderOf(Database& db);
QString regionOf(Database& db);

// The provider this run uses, or one sentence saying why there is none. Waits for the keychain
// (start-up only; the automation has not started yet).
Result<AutomationWorker::ProviderFactory, QString> resolveProvider(const CommandLineOptions& options,
                                                                   const SavedProvider& saved);

// Worker options for this process: `role` ("desk", "headless") and the host and pid name the
// process in "Automation runs on ..." and in the automation lease.
AutomationWorker::Options workerOptions(const DatabaseLocation& location,
                                        AutomationWorker::ProviderFactory factory, const QString& role);

} // namespace ringback::app
