#pragma once

#include "common/Result.h"
#include "store/DatabaseLocation.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ringback {
class CredentialStore;
class Database;
} // namespace ringback

namespace ringback::app {

class CommandLineOptions;
class DesktopSession;

// The desktop's start-up, continued from each answer instead of waiting for it: the shared
// database's password from the credential store (a keychain can take seconds to unlock, or ask the
// user), then the database, then the session and its window. The event loop runs all along: a
// later launch's "show" is remembered until the window is there.
class DesktopStart : public QObject
{
    Q_OBJECT
public:
    // `options` must outlive this; `credentials` is asked for the shared database's password.
    DesktopStart(const CommandLineOptions& options, std::unique_ptr<CredentialStore> credentials,
                 QObject* parent = nullptr);
    ~DesktopStart() override;

    // Asks for what the database needs and returns; started() or failed() follows, at once or
    // after the credential store has answered.
    void start();
    // Null until started().
    DesktopSession* session() const { return m_session.get(); }
    // Another launch asked for the window: brought forward now, or shown once it is there.
    void bringWindowForward();

signals:
    // The database is open and the window shown (or in the tray with --minimized).
    void started();
    // Ringback cannot start: one sentence saying why (it can quote a server or a path).
    void failed(const QString& sentence);

private:
    void openDatabase(Result<DatabaseLocation, QString> location);

    const CommandLineOptions& m_options;
    std::unique_ptr<CredentialStore> m_credentials;
    // Declared before the session, which uses it: destroyed after it.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DesktopSession> m_session;
    bool m_showWhenStarted = false;
};

} // namespace ringback::app
