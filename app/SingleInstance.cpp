#include "SingleInstance.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace ringback::app {

namespace {

constexpr int kHandOverTimeoutMs = 1000;
constexpr char kShow[] = "show\n";
constexpr char kStayHidden[] = "hidden\n";
constexpr char kAcknowledged[] = "ok\n"; // lets the second launch exit as soon as it was heard

std::optional<uint> peerUidOf(const QLocalSocket& socket)
{
#if defined(Q_OS_LINUX)
    struct ucred cred
    {};
    socklen_t size = sizeof cred;
    if (getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &cred, &size) != 0)
        return std::nullopt;
    return uint(cred.uid);
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (getpeereid(int(socket.socketDescriptor()), &uid, &gid) != 0)
        return std::nullopt;
    return uint(uid);
#else
    Q_UNUSED(socket);
    return std::nullopt; // a named pipe made with UserAccessOption is this user's already
#endif
}

} // namespace

QString SingleInstance::privacyProblem(const QString& path)
{
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(path).absolutePath();
    struct stat st
    {};
    if (::stat(QFile::encodeName(folder).constData(), &st) != 0)
        return QStringLiteral("%1 does not exist").arg(folder);
    if (st.st_uid != geteuid())
        return QStringLiteral("%1 belongs to another user (uid %2)").arg(folder).arg(uint(st.st_uid));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return QStringLiteral("%1 is open to other users (mode %2)")
            .arg(folder)
            .arg(st.st_mode & 07777, 0, 8);
#else
    Q_UNUSED(path);
#endif
    return {};
}

QString SingleInstance::nameForThisUser(QString* whyNot)
{
    QString name = qEnvironmentVariable("RINGBACK_INSTANCE_NAME");
    if (name.isEmpty()) {
        // The user's name, hashed to stay short and free of odd characters (one pipe namespace on
        // Windows is shared between users). On X11/Wayland the display is part of it too, so
        // separate sessions (a second login, an xvfb-run) each get one.
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            user = qEnvironmentVariable("USERNAME");
        QString session;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        session = qEnvironmentVariable("WAYLAND_DISPLAY") + u'|' + qEnvironmentVariable("DISPLAY");
#endif
        const QByteArray hash =
            QCryptographicHash::hash(
                (user + u'@' + QCoreApplication::applicationName() + u'@' + session).toUtf8(),
                QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        name = QStringLiteral("ringback-") + QString::fromLatin1(hash);
    }
#ifdef Q_OS_UNIX
    // A bare name would make QLocalServer use /tmp, where anyone can bind it first.
    if (!QDir::isAbsolutePath(name)) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (folder.isEmpty()) {
            if (whyNot)
                *whyNot = QStringLiteral("there is no private runtime folder for this user");
            return {};
        }
        name = QDir(folder).filePath(name);
    }
    if (const QString problem = privacyProblem(name); !problem.isEmpty()) {
        if (whyNot)
            *whyNot = problem;
        return {};
    }
#endif
    return name;
}

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_peerUid(peerUidOf)
{}

bool SingleInstance::isThisUser(const QLocalSocket& socket) const
{
#ifdef Q_OS_UNIX
    const std::optional<uint> peer = m_peerUid(socket);
    return peer && *peer == uint(geteuid());
#else
    Q_UNUSED(socket);
    return true; // the pipe was made with UserAccessOption: only this user can open it
#endif
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOverToRunning(Request request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kHandOverTimeoutMs))
        return false; // nobody there, or a socket a crash left behind (the connection is refused)
    if (!isThisUser(socket)) {
        qCWarning(lcUi).noquote() << "the single-instance socket" << m_name
                                  << "is held by another user: not handing over, starting anyway";
        return false;
    }
    // Someone accepted: a Ringback runs. Even if it is too busy to acknowledge in time, starting a
    // second one (and a second worker) would be worse than not raising the window this once.
    socket.write(request == Request::Show ? kShow : kStayHidden);
    socket.waitForBytesWritten(kHandOverTimeoutMs);
    while (!socket.canReadLine() && socket.waitForReadyRead(kHandOverTimeoutMs)) {
    }
    return true;
}

bool SingleInstance::listen()
{
    // Checked before listening: with UserAccessOption, QLocalServer::listen() on Unix replaces an
    // existing socket file, even a live one. A live (if busy) instance keeps its socket; one that
    // accepts nothing is what a crash left behind, and is removed.
    if (const QString problem = privacyProblem(m_name); !problem.isEmpty()) {
        qCWarning(lcUi).noquote() << "not listening for later launches:" << problem;
        return false;
    }
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(kHandOverTimeoutMs)) {
        if (!isThisUser(probe))
            qCWarning(lcUi).noquote() << "the single-instance socket" << m_name
                                      << "is held by another user: this window does without it";
        return false;
    }
    QLocalServer::removeServer(m_name);

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!isThisUser(*socket)) {
            qCWarning(lcUi) << "ignored a connection to the single-instance socket from another user";
            socket->disconnectFromServer();
            continue;
        }
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray request = socket->readLine();
            socket->write(kAcknowledged);
            socket->flush();
            if (request == kShow)
                emit showRequested();
        });
    }
}

} // namespace ringback::app
