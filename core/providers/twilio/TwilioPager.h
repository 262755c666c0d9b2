#pragma once

#include "providers/ProviderError.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace ringback {

class TwilioHttp;

// Reads Twilio list resources to the end. Each listing starts at its first-page URL and follows
// next_page_uri (relative to the server); the records under itemsKey of every page of every
// listing come back in one array, in order. A listing stops early, with what it has, when one of
// its page URIs repeats (a server that loops) or after options().maxPages pages; both are logged. A failed
// page fails the whole read.
class TwilioPager
{
public:
    using Done = std::function<void(ProviderResult<QJsonArray>)>;

    static void readAll(TwilioHttp& http, const QList<QUrl>& firstPages, const QString& itemsKey, Done done);
};

} // namespace ringback
