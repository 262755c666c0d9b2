#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace ringback::app {

namespace {

constexpr int kHandOverTimeoutMs = 1000;
constexpr char kShow[] = "show\n";
constexpr char kStayHidden[] = "hidden\n";
constexpr char kAcknowledged[] = "ok\n"; // lets the second launch exit as soon as it was heard

} // namespace

QString SingleInstance::nameForThisUser()
{
    const QString override = qEnvironmentVariable("RINGBACK_INSTANCE_NAME");
    if (!override.isEmpty())
        return override;
    // Local socket names share one folder (/tmp) or one pipe namespace between users: the user's
    // name, hashed to stay short and free of odd characters, keeps them apart. On X11/Wayland the
    // display is part of it too, so separate sessions (a second login, an xvfb-run) each get one.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QString session;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    session = qEnvironmentVariable("WAYLAND_DISPLAY") + u'|' + qEnvironmentVariable("DISPLAY");
#endif
    const QByteArray hash = QCryptographicHash::hash(
                                (user + u'@' + QCoreApplication::applicationName() + u'@' + session).toUtf8(),
                                QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStringLiteral("ringback-") + QString::fromLatin1(hash);
}

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOverToRunning(Request request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kHandOverTimeoutMs))
        return false; // nobody there, or a socket a crash left behind (the connection is refused)
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
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(kHandOverTimeoutMs))
        return false;
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
