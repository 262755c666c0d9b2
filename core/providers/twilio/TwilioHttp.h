#pragma once

#include "TwilioCredentials.h"
#include "TwilioErrorMapper.h"
#include "TwilioOptions.h"
#include "domain/MessageMedia.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

class QTimer;

namespace ringback {

// One HTTPS request at a time to Twilio's REST API, done right: basic auth sent up front (never in
// the URL), a transfer (inactivity) timeout and a total deadline on every request (shorter for a
// POST), no redirects followed (the Authorization header
// would travel with them), TLS errors never ignored, answers larger than the limit refused, and
// every failure mapped to a ProviderError. Owns its QNetworkAccessManager, so it works on the
// thread it lives on.
// Callbacks run from the event loop, never from inside the call that started the request, so a
// callback may destroy the provider. Destroying this object aborts what is in flight and calls
// none of those callbacks.
class TwilioHttp : public QObject
{
    Q_OBJECT
public:
    using Fields = QList<QPair<QString, QString>>;
    using Done = std::function<void(ProviderResult<QByteArray>)>; // the body of a 2xx answer

    TwilioHttp(TwilioCredentials credentials, TwilioOptions options, QObject* parent = nullptr);
    ~TwilioHttp() override;

    const TwilioOptions& options() const { return m_options; }
    const TwilioErrorMapper& errors() const { return m_errors; }

    // baseUrl + /2010-04-01/Accounts/{AccountSid} + rest, e.g. rest = "/Calls.json" or ".json"
    // (rest is taken as already percent-encoded: build ids into it with pathSegment()). Query
    // values are percent-encoded ('+' as %2B, which Twilio would otherwise read as a space).
    QUrl accountUrl(const QString& rest, const Fields& query = {}) const;
    // baseUrl + path (e.g. "/v1/Services", already percent-encoded) + the query: Twilio's newer
    // APIs (Messaging v1, Lookup v2, Content v1), whose paths do not name the account.
    QUrl apiUrl(const QString& path, const Fields& query = {}) const;
    // A next_page_uri (relative to the server) made absolute; empty when it points to another
    // server, where the credentials must not go.
    QUrl resolve(const QString& uri) const;

    // A read that fails in a way worth trying again (5xx, a dropped connection, a timeout, a 429
    // asking for at most a couple of seconds) is tried again here, up to kReadAttempts in all:
    // one bad page must not cost the whole listing (a poll of thousands of records is many pages).
    // Sends are never repeated here (see OutboxSender).
    void get(const QUrl& url, Done done);
    static constexpr int kReadAttempts = 3;
    void postForm(const QUrl& url, const Fields& fields, Done done);

    // A file the API serves (a photo sent with a text): asked for with the credentials, then
    // followed through at most kMaxFileRedirects redirects. Twilio hands files out from a storage
    // service on another host: the credentials never go there (nor anywhere but the API's own
    // host). Answers past maxBytes are refused. Not tried again here: whoever fetches it does.
    using FileDone = std::function<void(ProviderResult<MediaContent>)>;
    void getFile(const QUrl& url, qint64 maxBytes, FileDone done);
    static constexpr int kMaxFileRedirects = 3;

    int pendingRequests() const { return int(m_pending.size() + m_retries.size()); }
    // Requests put on the wire so far (every page and every retry).
    quint64 requestCount() const { return m_requests; }
    // Aborts every request in flight; each callback gets TwilioErrorMapper::cancelled().
    void abortAll();

    // An id made safe to put between slashes of a path.
    static QString pathSegment(const QString& id);
    // application/x-www-form-urlencoded, every reserved character percent-encoded.
    static QByteArray formEncode(const Fields& fields);

private:
    // Why we aborted a reply ourselves, if we did.
    enum class Abort { None, TooLarge, Deadline, Cancelled };

    // What an exchange asks for beyond an API call's defaults.
    struct Shape
    {
        bool credentials = true; // the Authorization header goes with it
        bool file = false;       // any content type; a redirect is handed back, not an error
        qint64 maxBytes = 0;     // 0: TwilioOptions::maxResponseBytes
    };
    struct Answer
    {
        QByteArray body;
        QString contentType;
        QUrl redirectTo; // set when the answer was a redirect (Shape::file only)
    };
    using AnswerDone = std::function<void(ProviderResult<Answer>)>;

    void send(QNetworkRequest request, const QByteArray& verb, const QByteArray& body, Done done);
    void exchange(QNetworkRequest request, const QByteArray& verb, const QByteArray& body, Shape shape,
                  AnswerDone done);
    void fileAttempt(const QUrl& url, bool credentials, int redirects, qint64 maxBytes, FileDone done);
    void getAttempt(const QUrl& url, int attempt, Done done);
    // How long to wait before attempt + 1 of a read that failed so; nothing: report it now.
    std::optional<int> retryDelayMs(const ProviderError& error, int attempt) const;
    ProviderResult<Answer> outcome(QNetworkReply* reply, Abort abort, int deadlineMs,
                                   const Shape& shape) const;

    TwilioCredentials m_credentials;
    TwilioOptions m_options;
    TwilioErrorMapper m_errors;
    QNetworkAccessManager* m_nam; // child
    QSet<QNetworkReply*> m_pending;
    // Set while abortAll() runs: the replies it aborts report cancelled(), not a timeout.
    bool m_cancelling = false;
    // Reads waiting to be tried again, and who to tell; abortAll() cancels them too.
    QHash<QTimer*, Done> m_retries;
    quint64 m_requests = 0;
    int m_aborts = 0; // abortAll() calls so far: a read cut short by one is not tried again
};

} // namespace ringback
