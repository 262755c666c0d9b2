#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpSocket;

namespace ringback::test {

// One HTTP request as the fake server received it.
struct FakeRequest
{
    QByteArray method;                     // "GET"
    QByteArray target;                     // "/path?query" exactly as sent (still percent-encoded)
    QString path;                          // decoded path
    QUrlQuery query;                       // query of the target
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // A query value, fully decoded ("%2B1512..." -> "+1512...").
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    // The form fields of an application/x-www-form-urlencoded body, fully decoded.
    QUrlQuery form() const;
};

// What the fake server does with one request.
struct FakeResponse
{
    enum class Ending {
        Complete,        // the whole answer, then the connection stays open (keep-alive)
        NeverFinish,     // status, headers and half the body, then silence
        CloseConnection, // close the connection without a word
        Trickle          // status, headers and the body, then one more byte every trickleMs, never done
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Ending ending = Ending::Complete;
    int delayMs = 0; // wait this long before answering
    int trickleMs = 0;

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse html(int status, const QByteArray& body);
    static FakeResponse neverFinishes();
    static FakeResponse closesConnection();
    // A 200 whose body never ends, although a byte arrives every `intervalMs` (no inactivity
    // timeout ever fires).
    static FakeResponse trickles(int intervalMs);
    // A JSON body padded with spaces to exactly `bytes` bytes (for size limits): {"pad": [...]}.
    static FakeResponse paddedJson(const QByteArray& json, qint64 bytes);

    FakeResponse& withHeader(const QByteArray& name, const QByteArray& value);
    FakeResponse& withDelay(int ms);
};

// A scripted HTTP/1.1 server on 127.0.0.1 for scenario tests of network clients. Responses are
// queued per route (method + path, query ignored) and used in order; a route whose queue is empty
// answers `fallback` (by default 404 with a JSON note naming the route). Every request is recorded.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1, on a free port unless one is given.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // "http://127.0.0.1:<port>"
    QUrl baseUrl() const;

    void enqueue(const QByteArray& method, const QString& path, const FakeResponse& response);
    void setFallback(const FakeResponse& response)
    {
        m_fallback = response;
        m_customFallback = true;
    }
    // Answers computed from the request (e.g. a message log that grows with each send); consulted
    // before the queues. Return nothing to fall through to them.
    void setHandler(std::function<std::optional<FakeResponse>(const FakeRequest&)> handler)
    {
        m_handler = std::move(handler);
    }
    // Scripted responses not used yet, over all routes.
    int unusedResponses() const;

    // Off: requests() stays empty (a server that runs for hours keeps no copy of each request).
    void setRecordRequests(bool record) { m_recordRequests = record; }
    const QList<FakeRequest>& requests() const { return m_requests; }
    QList<FakeRequest> requestsTo(const QByteArray& method, const QString& path) const;
    int openConnections() const { return int(m_buffers.size()); }

signals:
    void requestReceived(const ringback::test::FakeRequest& request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const FakeRequest& request);
    void respond(QTcpSocket* socket, const FakeResponse& response);

    QTcpServer m_server;
    QHash<QString, QQueue<FakeResponse>> m_routes;
    FakeResponse m_fallback;
    bool m_customFallback = false;
    QList<FakeRequest> m_requests;
    bool m_recordRequests = true;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::function<std::optional<FakeResponse>(const FakeRequest&)> m_handler;
};

} // namespace ringback::test
