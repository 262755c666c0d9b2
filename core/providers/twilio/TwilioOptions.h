#pragma once

#include <QString>
#include <QUrl>

namespace ringback {

// How TwilioProvider talks to its server. The defaults suit api.twilio.com; a Twilio-compatible
// service (SignalWire: https://<space>.signalwire.com/api/laml) works by changing baseUrl.
struct TwilioOptions
{
    QUrl baseUrl = defaultBaseUrl();
    // Twilio's other APIs live on their own hosts: Messaging v1 (texting registration) and
    // Lookup v2 (line type), Content v1 (approved WhatsApp templates). A test serves each on its
    // own port.
    QUrl messagingBaseUrl = defaultMessagingBaseUrl();
    QUrl lookupsBaseUrl = defaultLookupsBaseUrl();
    QUrl contentBaseUrl = defaultContentBaseUrl();
    // Nothing received for this long -> ProviderError::Kind::Timeout.
    int transferTimeoutMs = 30'000;
    // A request not answered in full within this time, however busy the line, is aborted ->
    // ProviderError::Kind::Timeout: a server trickling a byte now and then holds no send and no
    // poll. Shorter for a send (one small answer, and the queue waits behind it) than for a read
    // (a page of 1000 calls is 2-3 MB).
    int sendDeadlineMs = 10'000;
    int readDeadlineMs = 20'000;
    // A page of 1000 calls is about 2-3 MB; anything past this is not an answer we want to hold.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    // Twilio's maximum page size.
    int pageSize = 1000;
    // A listing stops after this many pages (200 x 1000 records is far more than an office's month).
    int maxPages = 200;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.twilio.com")); }
    static QUrl defaultMessagingBaseUrl() { return QUrl(QStringLiteral("https://messaging.twilio.com")); }
    static QUrl defaultLookupsBaseUrl() { return QUrl(QStringLiteral("https://lookups.twilio.com")); }
    static QUrl defaultContentBaseUrl() { return QUrl(QStringLiteral("https://content.twilio.com")); }

    // Every request carries the Account SID and token, so the address must be https; plain http
    // only to this computer (localhost, 127.0.0.0/8, ::1: a local test server or a tunnel's end).
    static bool isSafeBaseUrl(const QUrl& url);
    // Empty when `url` is usable as the base URL; else one sentence saying what is wrong.
    static QString baseUrlProblem(const QString& url);
};

} // namespace ringback
