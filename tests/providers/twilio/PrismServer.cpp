#include "PrismServer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace ringback::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PrismServer::PrismServer(QString prismBinary, QString specPath)
    : m_binary(std::move(prismBinary))
    , m_spec(std::move(specPath))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group: stop() signals the group, so node children go too.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

PrismServer::~PrismServer()
{
    stop();
}

QString PrismServer::output()
{
    m_output += m_process.readAll();
    return QString::fromLocal8Bit(m_output.right(4000));
}

bool PrismServer::start(int timeoutMs)
{
    if (!QFileInfo::exists(m_binary)) {
        m_error = QStringLiteral("Prism is not installed at %1: the twilio_prism_install test (ctest fixture "
                                 "\"prism\") installs it with npm ci.")
                      .arg(m_binary);
        return false;
    }
    if (!QFileInfo::exists(m_spec)) {
        m_error = QStringLiteral("The Twilio OpenAPI document is missing at %1 (shared/ must sit beside the "
                                 "repository).")
                      .arg(m_spec);
        return false;
    }
    m_port = freePort();
    m_process.start(m_binary, {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("-p"), QString::number(m_port), m_spec});
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("Prism exited before it was ready (%1). Its output:\n%2")
                          .arg(m_process.errorString(), output());
            return false;
        }
        if (acceptsConnections())
            return true;
        // Poll again shortly, unless Prism exits meanwhile.
        if (QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 100))
            continue; // reported at the top of the loop
    }
    m_error = QStringLiteral("Prism did not accept connections on port %1 within %2 ms. Its output:\n%3")
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(output());
    stop();
    return false;
}

bool PrismServer::acceptsConnections()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    const bool settled = QTest::qWaitFor(
        [&socket] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        2000);
    return settled && socket.state() == QAbstractSocket::ConnectedState;
}

void PrismServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const pid_t group = pid_t(m_process.processId());
    ::kill(-group, SIGTERM);
    if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000)) {
        ::kill(-group, SIGKILL);
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000))
            qWarning("Prism (process group %d) did not stop even after SIGKILL", int(group));
    }
}

} // namespace ringback::test
