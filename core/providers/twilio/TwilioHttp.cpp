#include "TwilioHttp.h"

#include "common/Logging.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstring>
#include <memory>

namespace ringback {

namespace {

// QNetworkReply's codes below 200 are transport trouble (connection, DNS, TLS, timeout, proxy);
// the others restate an HTTP status, which the status itself describes better.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

// A request body that can be read only once. Qt 6.4 sends a request again on a fresh connection
// when the server closes the first one before answering (later versions spare POSTs). For a send
// that is the worst case: the provider may have taken the text already. Qt resends only bodies it
// can rewind, so a POST's body is given this way: Qt then reports the drop (ContentReSendError)
// and the outbox looks the text up before any second send.
class ReadOnceBody : public QIODevice
{
public:
    ReadOnceBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }
    // Back to the start only while nothing has been read: a first send may ask, a resend may not.
    bool reset() override { return m_read == 0 && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

TwilioHttp::TwilioHttp(TwilioCredentials credentials, TwilioOptions options, QObject* parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
    , m_errors(m_options.baseUrl.host())
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TwilioHttp::~TwilioHttp()
{
    // Abort without telling anyone: the owner is going away and asked for nothing more.
    const QSet<QNetworkReply*> pending = std::exchange(m_pending, {});
    for (QNetworkReply* reply : pending) {
        reply->disconnect(this);
        reply->abort();
    }
}

void TwilioHttp::abortAll()
{
    // Each abort finishes its reply at once, which takes it out of m_pending and queues its callback.
    m_cancelling = true;
    ++m_aborts;
    const QSet<QNetworkReply*> pending = m_pending;
    for (QNetworkReply* reply : pending)
        reply->abort();
    m_cancelling = false;
    // Reads waiting for another try end now, cancelled like the rest.
    const QHash<QTimer*, Done> waiting = std::exchange(m_retries, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
        QMetaObject::invokeMethod(
            this, [done = it.value(), cancelled = m_errors.cancelled()] { done(cancelled); },
            Qt::QueuedConnection);
    }
}

QUrl TwilioHttp::accountUrl(const QString& rest, const Fields& query) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/2010-04-01/Accounts/") + pathSegment(m_credentials.accountSid) + rest,
                QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    return url;
}

QUrl TwilioHttp::serverUrl(const QString& path, const Fields& query) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    return url;
}

QUrl TwilioHttp::resolve(const QString& uri) const
{
    const QUrl url = m_options.baseUrl.resolved(QUrl(uri, QUrl::StrictMode));
    const QUrl& base = m_options.baseUrl;
    if (!url.isValid() || url.scheme() != base.scheme() || url.host() != base.host() ||
        url.port() != base.port())
        return {};
    return url;
}

void TwilioHttp::get(const QUrl& url, Done done)
{
    getAttempt(url, 1, std::move(done));
}

void TwilioHttp::getAttempt(const QUrl& url, int attempt, Done done)
{
    const int aborts = m_aborts;
    send(QNetworkRequest(url), "GET", {},
         [this, url, attempt, aborts, done = std::move(done)](ProviderResult<QByteArray> result) mutable {
             const std::optional<int> wait =
                 result.ok() || aborts != m_aborts ? std::nullopt : retryDelayMs(result.error(), attempt);
             if (!wait)
                 return done(std::move(result));
             qCInfo(lcProvider).noquote() << "GET" << url.path() << "tried again in" << *wait << "ms";
             auto* timer = new QTimer(this);
             timer->setSingleShot(true);
             m_retries.insert(timer, std::move(done));
             connect(timer, &QTimer::timeout, this, [this, timer, url, attempt] {
                 Done next = m_retries.take(timer);
                 timer->deleteLater();
                 getAttempt(url, attempt + 1, std::move(next));
             });
             timer->start(*wait);
         });
}

std::optional<int> TwilioHttp::retryDelayMs(const ProviderError& error, int attempt) const
{
    if (attempt >= kReadAttempts || !error.isRetryable())
        return std::nullopt;
    if (error.retryAfterSeconds) {
        // A longer pause belongs to the worker's back-off, where the status bar says so.
        if (*error.retryAfterSeconds > 2)
            return std::nullopt;
        return *error.retryAfterSeconds * 1000;
    }
    return 250 * attempt;
}

void TwilioHttp::postForm(const QUrl& url, const Fields& fields, Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    send(request, "POST", formEncode(fields), std::move(done));
}

QString TwilioHttp::pathSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray TwilioHttp::formEncode(const Fields& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void TwilioHttp::send(QNetworkRequest request, const QByteArray& verb, const QByteArray& body, Done done)
{
    if (!TwilioOptions::isSafeBaseUrl(request.url())) {
        // The Account SID and token never travel unencrypted to another computer, whatever the
        // settings say: refused before anything is sent.
        ProviderError refused;
        refused.kind = ProviderError::Kind::Rejected;
        refused.fate = ProviderError::Fate::NotAccepted; // nothing left
        refused.message = TwilioOptions::baseUrlProblem(
            request.url().toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
        qCWarning(lcProvider).noquote()
            << "refused to send credentials to" << request.url().host() << "without https";
        QMetaObject::invokeMethod(
            this, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    // A send has one small answer and the queue waits behind it; a read may be a page of megabytes.
    const int deadlineMs = verb == "POST" ? m_options.sendDeadlineMs : m_options.readDeadlineMs;
    request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Ringback/" RINGBACK_VERSION " (Qt " QT_VERSION_STR ")"));
    request.setTransferTimeout(qMin(m_options.transferTimeoutMs, deadlineMs));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply* reply = nullptr;
    if (verb == "POST") {
        // Streamed, not buffered by Qt (which could then rewind it): see ReadOnceBody.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* once = new ReadOnceBody(body, this);
        reply = m_nam->post(request, once);
        once->setParent(reply);
    } else {
        reply = m_nam->get(request);
    }
    m_pending.insert(reply);
    ++m_requests;
    auto aborted = std::make_shared<Abort>(Abort::None);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();

    // The transfer timeout only notices silence: a server that trickles a byte now and then would
    // hold the request for ever. This one counts from the start, whatever arrives.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, aborted] {
        if (*aborted == Abort::None) {
            *aborted = Abort::Deadline;
            reply->abort();
        }
    });
    deadline->start(deadlineMs);

    // Refuse an answer past the limit as soon as it says or shows it is that big.
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, limit, aborted](qint64 got, qint64 total) {
        if (*aborted == Abort::None && (got > limit || total > limit)) {
            *aborted = Abort::TooLarge;
            reply->abort();
        }
    });
#if QT_CONFIG(ssl)
    // Never ignored: the request fails with SslHandshakeFailedError and that is reported.
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            qCWarning(lcProvider) << "TLS error:" << e.errorString();
    });
#endif
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, aborted, deadline, deadlineMs, clock, verb, done = std::move(done)] {
                deadline->stop();
                if (*aborted == Abort::None && m_cancelling)
                    *aborted = Abort::Cancelled;
                m_pending.remove(reply);
                reply->deleteLater();
                ProviderResult<QByteArray> result = outcome(reply, *aborted, deadlineMs);
                // The path names the account and record, never a secret; the query (phone numbers) is left
                // out.
                const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + reply->url().path();
                if (result.ok()) {
                    qCDebug(lcProvider).noquote()
                        << what << "->" << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                        << result->size() << "bytes in" << clock->elapsed() << "ms";
                } else {
                    qCWarning(lcProvider).noquote()
                        << what << "failed: kind" << TwilioErrorMapper::kindName(result.error().kind)
                        << "HTTP" << result.error().httpStatus << "code" << result.error().providerCode
                        << (result.error().mayHaveBeenAccepted() ? "(may have been accepted)" : "") << "after"
                        << clock->elapsed() << "ms";
                }
                // From the event loop, so that the callback may destroy us; dropped if we are destroyed
                // first.
                QMetaObject::invokeMethod(
                    this, [done, result = std::move(result)]() mutable { done(std::move(result)); },
                    Qt::QueuedConnection);
            });
}

ProviderResult<QByteArray> TwilioHttp::outcome(QNetworkReply* reply, Abort abort, int deadlineMs) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (abort) {
    case Abort::TooLarge:
        return m_errors.tooLarge(m_options.maxResponseBytes, status);
    case Abort::Deadline:
        return m_errors.timeout(deadlineMs);
    case Abort::Cancelled:
        return m_errors.cancelled();
    case Abort::None:
        break;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return m_errors.timeout(qMin(m_options.transferTimeoutMs, deadlineMs)); // Qt's transfer timeout
    if (isTransportError(error) || status == 0)
        return m_errors.fromNetworkError(error, reply->errorString());
    QByteArray body = reply->readAll();
    if (status >= 200 && status < 300)
        return body;
    return m_errors.fromHttpStatus(status, body, reply->rawHeader("Retry-After"));
}

} // namespace ringback
