#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace ringback::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString routeKey(const QByteArray& method, const QString& path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

QByteArray head(const FakeResponse& r, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto& [name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    return out;
}

} // namespace

QUrlQuery FakeRequest::form() const
{
    // Form encoding writes spaces as '+'; QUrlQuery would keep them as '+'.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(text));
}

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return r;
}

FakeResponse FakeResponse::html(int status, const QByteArray& body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8")));
    return r;
}

FakeResponse FakeResponse::neverFinishes()
{
    FakeResponse r = json(200, "{\"calls\": [");
    r.ending = Ending::NeverFinish;
    return r;
}

FakeResponse FakeResponse::closesConnection()
{
    FakeResponse r;
    r.ending = Ending::CloseConnection;
    return r;
}

FakeResponse FakeResponse::trickles(int intervalMs)
{
    FakeResponse r = json(200, "{\"calls\": [");
    r.ending = Ending::Trickle;
    r.trickleMs = intervalMs;
    return r;
}

FakeResponse FakeResponse::paddedJson(const QByteArray& json, qint64 bytes)
{
    const qsizetype close = json.lastIndexOf('}');
    Q_ASSERT(close >= 0 && bytes >= json.size());
    return FakeResponse::json(200, json.left(close) + QByteArray(bytes - json.size(), ' ') + json.mid(close));
}

FakeResponse& FakeResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeResponse& FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    m_server.close();
    // Before the members go: a socket closing now must not reach the handlers below.
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHttpServer::enqueue(const QByteArray& method, const QString& path, const FakeResponse& response)
{
    m_routes[routeKey(method, path)].enqueue(response);
}

int FakeHttpServer::unusedResponses() const
{
    int n = 0;
    for (const auto& queue : m_routes)
        n += int(queue.size());
    return n;
}

QList<FakeRequest> FakeHttpServer::requestsTo(const QByteArray& method, const QString& path) const
{
    QList<FakeRequest> out;
    for (const FakeRequest& r : m_requests) {
        if (r.method == method.toUpper() && r.path == path)
            out.append(r);
    }
    return out;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive back to back on one connection.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const QUrl url = QUrl::fromEncoded(request.target);
        request.path = url.path();
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        handle(socket, request);
    }
}

void FakeHttpServer::handle(QTcpSocket* socket, const FakeRequest& request)
{
    if (m_recordRequests)
        m_requests.append(request);
    emit requestReceived(request);

    QQueue<FakeResponse>& queue = m_routes[routeKey(request.method, request.path)];
    FakeResponse response;
    std::optional<FakeResponse> computed = m_handler ? m_handler(request) : std::nullopt;
    if (computed) {
        response = *computed;
    } else if (!queue.isEmpty()) {
        response = queue.dequeue();
    } else if (m_customFallback) {
        response = m_fallback;
    } else {
        response = FakeResponse::json(
            404, "{\"code\": 20404, \"message\": \"FakeHttpServer has no scripted response for " +
                     routeKey(request.method, request.path).toUtf8() + "\", \"status\": 404}");
    }
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { respond(socket, response); });
    else
        respond(socket, response);
}

void FakeHttpServer::respond(QTcpSocket* socket, const FakeResponse& response)
{
    switch (response.ending) {
    case FakeResponse::Ending::Complete:
        socket->write(head(response, response.body.size()) + response.body);
        break;
    case FakeResponse::Ending::NeverFinish:
        socket->write(head(response, response.body.size() + 1000) + response.body);
        break;
    case FakeResponse::Ending::CloseConnection:
        socket->disconnectFromHost();
        break;
    case FakeResponse::Ending::Trickle: {
        socket->write(head(response, response.body.size() + 1'000'000) + response.body);
        // A space at a time, for as long as the client listens (the timer goes with the socket).
        auto* drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(qMax(1, response.trickleMs));
        break;
    }
    }
}

} // namespace ringback::test
