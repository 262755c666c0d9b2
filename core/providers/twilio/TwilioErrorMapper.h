#pragma once

#include "providers/ProviderError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace ringback {

// Turns what went wrong talking to Twilio into a typed ProviderError with one sentence the office
// can act on. Twilio's own code and text (from its error body {"code":..., "message":...}) are
// kept in providerCode/providerMessage. No message ever contains a credential: none is passed in.
class TwilioErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(TwilioErrorMapper)

public:
    // serviceHost names the server in messages ("api.twilio.com").
    explicit TwilioErrorMapper(QString serviceHost = QStringLiteral("api.twilio.com"));

    // An HTTP answer outside 2xx. retryAfter is the raw Retry-After header (seconds or an HTTP date), if any.
    ProviderError fromHttpStatus(int httpStatus, const QByteArray& body,
                                 const QByteArray& retryAfter = {}) const;
    // No HTTP answer: connection refused, DNS, TLS, reset...
    ProviderError fromNetworkError(QNetworkReply::NetworkError error, const QString& detail) const;
    ProviderError timeout(int timeoutMs) const;
    // Ringback itself ended the request (shutting down) before the answer came.
    ProviderError cancelled() const;
    // A 2xx answer that is not what the API documents (not JSON, HTML, fields missing).
    ProviderError malformed(const QString& detail, int httpStatus = 200) const;
    ProviderError tooLarge(qint64 limitBytes, int httpStatus) const;

    // A Retry-After header's wait in whole seconds: delay-seconds, or an HTTP date (the time left
    // until it, rounded up; 0 when past). Nothing when absent or unreadable.
    static std::optional<int> retryAfterSeconds(const QByteArray& header, const QDateTime& now);

    // "BadCredentials", ... for log lines.
    static const char* kindName(ProviderError::Kind kind);

private:
    QString m_host;
};

} // namespace ringback
