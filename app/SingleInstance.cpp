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
constexpr char kAcknowledged[] = "ok\n";

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
        return false;
    socket.write(request == Request::Show ? kShow : kStayHidden);
    if (!socket.waitForBytesWritten(kHandOverTimeoutMs))
        return false;
    // The acknowledgement proves a live Ringback read it, not a half-dead one.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kHandOverTimeoutMs))
            return false;
    }
    return socket.readLine() == kAcknowledged;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nothing answered handOverToRunning(), so the socket is what a crash left behind.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
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
