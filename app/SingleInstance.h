#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace ringback::app {

// One desktop Ringback per user: the first window listens on a local socket (a named pipe on
// Windows); a second launch tells it to come forward and exits, so two workers never poll the
// same account from one desk. Headless runs and one-shot commands do not take part.
//
// The socket is a door into a running Ringback, so only this user may open or answer it: on Unix
// it lives in the user's private runtime folder (XDG_RUNTIME_DIR, or a 0700 folder Qt makes for
// the user when that is unset), never in the shared /tmp, and the user at the other end is checked
// (SO_PEERCRED on Linux, getpeereid elsewhere). A listener that belongs to someone else is never
// handed over to: Ringback starts anyway and says why in the log.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Request { Show, StayHidden };

    // The socket's full path (Unix) or pipe name (Windows): one per user (and per
    // RINGBACK_INSTANCE_NAME, which tests set so that parallel runs do not meet each other; a
    // relative name goes into the private folder, an absolute path is used as it is). Empty when
    // no private folder can be had; `whyNot` then says why.
    static QString nameForThisUser(QString* whyNot = nullptr);
    // Empty when `path`'s folder is this user's alone (owned by them, no access for anyone else);
    // otherwise the reason it is not.
    static QString privacyProblem(const QString& path);

    // The user id at the other end of a connected socket, when the platform tells.
    using PeerUid = std::function<std::optional<uint>(const QLocalSocket&)>;

    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Tests pose as another user's listener or caller through this.
    void setPeerUid(PeerUid peerUid) { m_peerUid = std::move(peerUid); }

    // True when a running instance of this user accepted the request; this process should then
    // exit. Waits up to a second or two: it runs before the event loop, when this process has
    // nothing else to do.
    bool handOverToRunning(Request request);
    // Listens for later launches. A socket left behind by a crashed instance (nothing accepts
    // connections on it) is replaced. False when another instance holds it (ours, or someone
    // else's, which is logged), when the folder is not private, or when listening failed.
    bool listen();
    QString name() const { return m_name; }

signals:
    // A later launch asked for the window.
    void showRequested();

private:
    void answer();
    bool isThisUser(const QLocalSocket& socket) const;

    QString m_name;
    QLocalServer* m_server = nullptr;
    PeerUid m_peerUid;
};

} // namespace ringback::app
