#include "TwilioErrorMapper.h"

#include "Rfc2822.h"
#include "TwilioErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ringback {

namespace {

using Kind = ProviderError::Kind;

// Twilio's error codes that mean something specific to the office, whatever the HTTP status.
std::optional<Kind> kindOfCode(int code)
{
    switch (code) {
    case 21610: // attempt to send to an unsubscribed recipient
        return Kind::OptedOut;
    case 21211: // invalid 'To' phone number
    case 21614: // 'To' number is not a valid mobile number
        return Kind::InvalidNumber;
    case 21408: // permission to send an SMS has not been enabled for the region
        return Kind::RegionNotPermitted;
    default:
        return std::nullopt;
    }
}

Kind kindOfStatus(int status)
{
    if (status == 401)
        return Kind::BadCredentials;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::ServerError;
    if (status >= 400)
        return Kind::Rejected;
    // 1xx/3xx: Twilio's API neither redirects nor answers like that; we do not follow redirects
    // because the credentials would travel with them.
    return Kind::MalformedResponse;
}

} // namespace

std::optional<int> TwilioErrorMapper::retryAfterSeconds(const QByteArray& header, const QDateTime& now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    // RFC 9110 also allows an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"): the wait until then,
    // rounded up to a whole second (a date already past: try now).
    const std::optional<QDateTime> at = Rfc2822::parse(QString::fromLatin1(text));
    if (!at)
        return std::nullopt;
    const qint64 ms = now.toUTC().msecsTo(*at);
    return ms <= 0 ? 0 : int(qMin<qint64>((ms + 999) / 1000, 24 * 3600));
}

TwilioErrorMapper::TwilioErrorMapper(QString serviceHost)
    : m_host(std::move(serviceHost))
{}

ProviderError TwilioErrorMapper::fromHttpStatus(int httpStatus, const QByteArray& body,
                                                const QByteArray& retryAfter) const
{
    ProviderError e;
    e.httpStatus = httpStatus;
    const QJsonObject twilio = QJsonDocument::fromJson(body).object();
    e.providerCode = twilio.value(QLatin1String("code")).toInt();
    const QString twilioMessage = twilio.value(QLatin1String("message")).toString();
    // Without Twilio's own words, keep the start of what came back (a proxy's page, a validator's
    // report) for the log and the lead card; the office sentence below does not use it.
    e.providerMessage =
        !twilioMessage.isEmpty() ? twilioMessage : QString::fromUtf8(body.left(600)).simplified();
    e.kind = kindOfCode(e.providerCode).value_or(kindOfStatus(httpStatus));
    // A 4xx (429 too) is the provider saying no. A 5xx may come from a front that lost the answer
    // of a request the provider did act on, and a redirect or other odd status to a POST leaves
    // the request's fate unknown (Twilio's API sends neither; a proxy in between may).
    e.fate = httpStatus >= 400 && httpStatus < 500 ? ProviderError::Fate::NotAccepted
                                                   : ProviderError::Fate::MayHaveBeenAccepted;

    switch (e.kind) {
    case Kind::BadCredentials:
        e.message = tr("Twilio refused the Account SID or Auth Token. Check them in Settings.");
        break;
    case Kind::Forbidden:
        e.message = tr("Twilio does not allow this account to do that. Check the account's permissions "
                       "in the Twilio Console.");
        break;
    case Kind::NotFound:
        e.message = tr("Twilio does not know that account or record. Check the Account SID and the "
                       "provider address in Settings.");
        break;
    case Kind::OptedOut:
    case Kind::InvalidNumber:
    case Kind::RegionNotPermitted:
        // These kinds come only from a code, whose sentence the code table holds.
        e.message = TwilioErrorCodes::describe(e.providerCode);
        break;
    case Kind::RateLimited:
        e.retryAfterSeconds = retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
        e.message = e.retryAfterSeconds
                        ? tr("Twilio asked Ringback to slow down, so it will try again in %n second(s).",
                             nullptr, *e.retryAfterSeconds)
                        : tr("Twilio asked Ringback to slow down, so it will try again shortly.");
        break;
    case Kind::ServerError:
        e.message =
            tr("Twilio is having trouble right now (HTTP %1), so Ringback will try again.").arg(httpStatus);
        break;
    case Kind::Rejected:
        if (e.providerCode == 63016) {
            // Free text outside WhatsApp's 24-hour window: the composer's own sentence (WhatsAppWindow).
            e.message = TwilioErrorCodes::describe(e.providerCode);
        } else if (twilioMessage.isEmpty()) {
            e.message = tr("Twilio refused the request (HTTP %1).").arg(httpStatus);
        } else {
            QString reason = twilioMessage.trimmed();
            if (!reason.endsWith(QLatin1Char('.')))
                reason += QLatin1Char('.');
            e.message = tr("Twilio refused the request (error %1): %2").arg(e.providerCode).arg(reason);
        }
        break;
    default:
        e.message = tr("The answer from %1 was not what the Twilio API sends. Check the provider address "
                       "in Settings.")
                        .arg(m_host);
        break;
    }
    return e;
}

ProviderError TwilioErrorMapper::fromNetworkError(QNetworkReply::NetworkError error,
                                                  const QString& detail) const
{
    ProviderError e;
    e.providerMessage = detail;
    // Only these say for sure that nothing reached the server; a connection reset or closed may
    // come after the request was written.
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.fate = ProviderError::Fate::NotAccepted;
        break;
    default:
        e.fate = ProviderError::Fate::MayHaveBeenAccepted;
        break;
    }
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout aborts with
        e.kind = Kind::Timeout;
        e.message = tr("%1 did not answer in time, so Ringback will try again.").arg(m_host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Network;
        e.message = tr("The secure connection to %1 could not be trusted, so Ringback sent nothing. "
                       "Check the computer's date and the provider address.")
                        .arg(m_host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::Network;
        e.message = tr("Ringback cannot find %1. Check the internet connection and the provider address.")
                        .arg(m_host);
        break;
    default:
        e.kind = Kind::Network;
        e.message = tr("Ringback cannot reach %1. Check the internet connection.").arg(m_host);
        break;
    }
    return e;
}

ProviderError TwilioErrorMapper::timeout(int timeoutMs) const
{
    ProviderError e;
    e.kind = Kind::Timeout;
    e.fate = ProviderError::Fate::MayHaveBeenAccepted;
    e.message = tr("%1 did not answer within %n second(s), so Ringback will try again.", nullptr,
                   (timeoutMs + 999) / 1000)
                    .arg(m_host);
    return e;
}

ProviderError TwilioErrorMapper::cancelled() const
{
    ProviderError e;
    e.kind = Kind::Timeout;
    e.fate = ProviderError::Fate::MayHaveBeenAccepted;
    e.providerMessage = QStringLiteral("aborted by Ringback");
    e.message = tr("Ringback stopped before %1 answered; a text that may have gone out is checked "
                   "before it is sent again.")
                    .arg(m_host);
    return e;
}

ProviderError TwilioErrorMapper::malformed(const QString& detail, int httpStatus) const
{
    ProviderError e;
    e.kind = Kind::MalformedResponse;
    // An unreadable 2xx to a send: it was most likely taken.
    e.fate = ProviderError::Fate::MayHaveBeenAccepted;
    e.httpStatus = httpStatus;
    e.providerMessage = detail;
    e.message =
        tr("The answer from %1 was not what the Twilio API sends. Check the provider address in Settings.")
            .arg(m_host);
    return e;
}

ProviderError TwilioErrorMapper::tooLarge(qint64 limitBytes, int httpStatus) const
{
    ProviderError e;
    e.kind = Kind::MalformedResponse;
    e.fate = ProviderError::Fate::MayHaveBeenAccepted;
    e.httpStatus = httpStatus;
    e.providerMessage = QStringLiteral("response larger than %1 bytes").arg(limitBytes);
    e.message = tr("The answer from %1 was larger than %2 MB, so Ringback stopped reading it.")
                    .arg(m_host)
                    .arg(limitBytes / (1024 * 1024));
    return e;
}

const char* TwilioErrorMapper::kindName(ProviderError::Kind kind)
{
    switch (kind) {
    case Kind::BadCredentials:
        return "BadCredentials";
    case Kind::Forbidden:
        return "Forbidden";
    case Kind::NotFound:
        return "NotFound";
    case Kind::OptedOut:
        return "OptedOut";
    case Kind::InvalidNumber:
        return "InvalidNumber";
    case Kind::RegionNotPermitted:
        return "RegionNotPermitted";
    case Kind::Rejected:
        return "Rejected";
    case Kind::RateLimited:
        return "RateLimited";
    case Kind::ServerError:
        return "ServerError";
    case Kind::Network:
        return "Network";
    case Kind::Timeout:
        return "Timeout";
    case Kind::MalformedResponse:
        return "MalformedResponse";
    }
    return "Unknown";
}

} // namespace ringback
