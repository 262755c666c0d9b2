#pragma once

#include "TwilioCredentials.h"
#include "TwilioErrorMapper.h"
#include "TwilioOptions.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

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
    // A next_page_uri (relative to the server) made absolute; empty when it points to another
    // server, where the credentials must not go.
    QUrl resolve(const QString& uri) const;

    void get(const QUrl& url, Done done);
    void postForm(const QUrl& url, const Fields& fields, Done done);

    int pendingRequests() const { return int(m_pending.size()); }
    // Aborts every request in flight; each callback gets TwilioErrorMapper::cancelled().
    void abortAll();

    // An id made safe to put between slashes of a path.
    static QString pathSegment(const QString& id);
    // application/x-www-form-urlencoded, every reserved character percent-encoded.
    static QByteArray formEncode(const Fields& fields);

private:
    // Why we aborted a reply ourselves, if we did.
    enum class Abort { None, TooLarge, Deadline, Cancelled };

    void send(QNetworkRequest request, const QByteArray& verb, const QByteArray& body, Done done);
    ProviderResult<QByteArray> outcome(QNetworkReply* reply, Abort abort, int deadlineMs) const;

    TwilioCredentials m_credentials;
    TwilioOptions m_options;
    TwilioErrorMapper m_errors;
    QNetworkAccessManager* m_nam; // child
    QSet<QNetworkReply*> m_pending;
    // Set while abortAll() runs: the replies it aborts report cancelled(), not a timeout.
    bool m_cancelling = false;
};

} // namespace ringback
