#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace ringback::test {

// Prism serving an OpenAPI document on a free port of 127.0.0.1, started directly (not through npx)
// in its own process group so that stopping it also stops anything it spawned.
class PrismServer
{
public:
    PrismServer(QString prismBinary, QString specPath);
    ~PrismServer();
    PrismServer(const PrismServer&) = delete;
    PrismServer& operator=(const PrismServer&) = delete;

    // Starts Prism and waits (event loop, with a deadline) until it accepts connections.
    // On failure, errorText() says why, with Prism's own output.
    bool start(int timeoutMs);
    void stop();

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString errorText() const { return m_error; }

private:
    bool acceptsConnections();
    QString output();

    QString m_binary;
    QString m_spec;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};

} // namespace ringback::test
