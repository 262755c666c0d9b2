#include "TwilioPager.h"

#include "TwilioHttp.h"
#include "TwilioJson.h"
#include "common/Logging.h"

#include <QSet>

#include <memory>

namespace ringback {

namespace {

struct Reading
{
    TwilioHttp* http = nullptr; // outlives every callback: it drops them when destroyed
    QList<QUrl> listings;
    QString itemsKey;
    TwilioPager::Done done;
    QJsonArray items;
    QSet<QUrl> seenInListing;
    int pagesOfListing = 0;
};

void fetch(const std::shared_ptr<Reading>& r, const QUrl& url);

void nextListing(const std::shared_ptr<Reading>& r)
{
    if (r->listings.isEmpty())
        return r->done(std::move(r->items));
    r->pagesOfListing = 0;
    r->seenInListing.clear();
    fetch(r, r->listings.takeFirst());
}

void fetch(const std::shared_ptr<Reading>& r, const QUrl& url)
{
    r->seenInListing.insert(url);
    ++r->pagesOfListing;
    r->http->get(url, [r](ProviderResult<QByteArray> body) {
        if (!body)
            return r->done(body.error());
        auto page = TwilioJson::page(*body, r->itemsKey);
        if (!page) {
            qCWarning(lcProvider).noquote() << "Unexpected page from the provider:" << page.error();
            return r->done(r->http->errors().malformed(page.error()));
        }
        for (const QJsonValue& item : std::as_const(page->items))
            r->items.append(item);

        if (page->nextPageUri.isEmpty())
            return nextListing(r);
        const QUrl next = r->http->resolve(page->nextPageUri);
        if (next.isEmpty()) {
            qCWarning(lcProvider) << "Refused a next page on another server.";
            return r->done(r->http->errors().malformed(
                QStringLiteral("next_page_uri points away from the provider address")));
        }
        if (r->seenInListing.contains(next)) {
            qCWarning(lcProvider) << "The server sent a page URI twice; stopping that listing there.";
            return nextListing(r);
        }
        if (r->pagesOfListing >= r->http->options().maxPages) {
            qCWarning(lcProvider) << "Stopped a listing after" << r->pagesOfListing << "pages.";
            return nextListing(r);
        }
        fetch(r, next);
    });
}

} // namespace

void TwilioPager::readAll(TwilioHttp& http, const QList<QUrl>& firstPages, const QString& itemsKey, Done done)
{
    auto r = std::make_shared<Reading>();
    r->http = &http;
    r->listings = firstPages;
    r->itemsKey = itemsKey;
    r->done = std::move(done);
    if (r->listings.isEmpty()) // nothing to read; still answer from the event loop, as always
        return QMetaObject::invokeMethod(
                   &http, [r] { nextListing(r); }, Qt::QueuedConnection),
               void();
    nextListing(r);
}

} // namespace ringback
