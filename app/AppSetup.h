#pragma once

#include "automation/AutomationWorker.h"
#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace ringback {
class CredentialStore;
class Database;
} // namespace ringback

namespace ringback::app {

class CommandLineOptions;
struct SavedProvider;

// Small start-up steps shared by the desktop and the headless mode.
QString accountIdOf(Database& db);
// The provider chosen in the setup wizard (Settings), for ProviderConnection.
SavedProvider savedProviderOf(Database& db);
QString regionOf(Database& db);

// Where this computer keeps secrets: the keychain, or the user's 0600 file when they allowed it
// (the same store the setup wizard and the shared-database dialog write to).
std::unique_ptr<CredentialStore> credentialsForThisComputer();

// A command without a window (--headless, --move-to, settings files) as a sequence of answers:
// `steps` runs from the event loop and calls `finish` with the exit code once, now or later;
// returns that code. The only loop is this top-level one.
using Finish = std::function<void(int exitCode)>;
int runCommand(const std::function<void(Finish finish)>& steps);

using LocationReady = std::function<void(Result<DatabaseLocation, QString>)>;

// The store this run opens: --db (a file or a postgresql:// address), else the shared database
// chosen in Settings, else the demo or the desk's own file. For a shared database the password
// comes from `credentials` under location.credentialKey() (none stored: libpq's own ways, such as
// PGPASSWORD or ~/.pgpass, still apply). `ready` gets the location, or one sentence saying why
// there is none, exactly once: at once, or later from the credential store's answer.
void resolveDatabase(const CommandLineOptions& options, CredentialStore& credentials, LocationReady ready);

// A shared database's password from `credentials` into `location` (none stored: left empty), then
// `ready`; a sentence instead when the keychain refused. Nothing waits for the answer.
void readDatabasePassword(DatabaseLocation location, CredentialStore& credentials, LocationReady ready);

// `ringback --move-to <url>`: copies the desk's SQLite store into the empty shared database,
// makes it this desk's database (the DatabaseLocation setting), prints what moved; exit code.
int moveToShared(const CommandLineOptions& options);

// Worker options for this process: `role` ("desk", "headless") and the host and pid name the
// process in "Automation runs on ..." and in the automation lease.
AutomationWorker::Options workerOptions(const DatabaseLocation& location,
                                        AutomationWorker::ProviderFactory factory, const QString& role);

} // namespace ringback::app
