#include "TwilioOptions.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ringback {

bool TwilioOptions::isSafeBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TwilioOptions::baseUrlProblem(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("ringback::TwilioOptions",
                                           "The provider address \"%1\" is not a web address such as "
                                           "https://api.twilio.com.")
            .arg(url.left(200));
    if (!isSafeBaseUrl(parsed))
        return QCoreApplication::translate("ringback::TwilioOptions",
                                           "The provider address \"%1\" must start with https://, so the "
                                           "Account SID and token are never sent unencrypted (plain http:// "
                                           "is only for this computer: localhost, 127.0.0.1 or ::1).")
            .arg(url.left(200));
    return {};
}

} // namespace ringback
