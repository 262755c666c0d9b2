// The envelope of every Twilio list page, as TwilioPager follows it: the records' list and
// next_page_uri, which is resolved against the provider's address. A next page on another scheme,
// host or port is refused (the credentials would go with the request); the account's numbers and
// the account itself, read from the same kind of page, parse or give a reason.

#include "FuzzSupport.h"
#include "providers/twilio/TwilioHttp.h"
#include "providers/twilio/TwilioJson.h"

#include <memory>

using namespace ringback;

namespace {

const QList<std::shared_ptr<TwilioHttp>>& servers()
{
    static const QList<std::shared_ptr<TwilioHttp>> all = [] {
        fuzz::ensureCoreApplication();
        QList<std::shared_ptr<TwilioHttp>> out;
        for (const char* base : {"https://api.twilio.com", "https://example.signalwire.com/api/laml",
                                 "http://127.0.0.1:8080/"}) {
            TwilioOptions options;
            options.baseUrl = QUrl(QString::fromLatin1(base));
            out << std::make_shared<TwilioHttp>(
                TwilioCredentials{QStringLiteral("AC123"), {}, QStringLiteral("x")}, options);
        }
        return out;
    }();
    return all;
}

void checkNextPage(const QString& uri)
{
    for (const auto& http : servers()) {
        const QUrl base = http->options().baseUrl;
        const QUrl next = http->resolve(uri);
        if (next.isEmpty())
            continue;
        FUZZ_CHECK(next.isValid(), uri);
        FUZZ_CHECK(next.scheme() == base.scheme() && next.host() == base.host() && next.port() == base.port(),
                   QStringLiteral("%1 resolved to %2 from %3").arg(uri, next.toString(), base.toString()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const QString& key : {QStringLiteral("calls"), QStringLiteral("messages"),
                               QStringLiteral("incoming_phone_numbers"), QStringLiteral("accounts")}) {
        const auto page = TwilioJson::page(body, key);
        if (!page)
            continue;
        checkNextPage(page->nextPageUri);
        for (const QJsonValue& item : page->items) {
            const QJsonObject json = item.toObject();
            if (const auto number = TwilioJson::number(json))
                FUZZ_CHECK(!number->providerId.isEmpty() && !number->e164.isEmpty(), number->providerId);
            if (const auto account = TwilioJson::account(json))
                FUZZ_CHECK(!account->accountId.isEmpty(), QString());
        }
    }
    // A next_page_uri straight from the input too: most inputs are not JSON.
    checkNextPage(fuzz::text(data, size));
    return 0;
}
