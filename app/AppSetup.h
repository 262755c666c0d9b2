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

// The store this run opens: --db (a file or a postgresql:// address), else the shared database
// chosen in Settings, else the demo or the desk's own file. For a shared database the password
// comes from the keychain under location.credentialKey() (none stored: libpq's own ways, such as
// PGPASSWORD or ~/.pgpass, still apply). Waits for the keychain; start-up only.
Result<DatabaseLocation, QString> resolveDatabase(const CommandLineOptions& options);

// A shared database's password from the keychain into `location` (none stored: left empty).
// Returns a sentence when the keychain refused.
QString readDatabasePassword(DatabaseLocation& location);

// `ringback --move-to <url>`: copies the desk's SQLite store into the empty shared database,
// makes it this desk's database (the DatabaseLocation setting), prints what moved; exit code.
int moveToShared(const CommandLineOptions& options);

// Worker options for this process: `role` ("desk", "headless") and the host and pid name the
// process in "Automation runs on ..." and in the automation lease.
AutomationWorker::Options workerOptions(const DatabaseLocation& location,
                                        AutomationWorker::ProviderFactory factory, const QString& role);

} // namespace ringback::app
