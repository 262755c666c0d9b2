#include "TwilioCompliance.h"

#include "TwilioHttp.h"
#include "TwilioJson.h"
#include "TwilioPager.h"
#include "common/CleanText.h"
#include "common/Logging.h"

#include <memory>

namespace ringback {

namespace {

using Fields = TwilioHttp::Fields;

QString text(const QJsonObject& json, const char* key)
{
    return cleanedText(json.value(QLatin1String(key)).toString());
}

QString noSid()
{
    return QStringLiteral("\"sid\" is missing");
}

template <class T>
Result<QList<T>, QString> all(const QJsonArray& items, Result<T, QString> (*map)(const QJsonObject&))
{
    QList<T> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto one = map(items.at(i).toObject());
        if (!one)
            return QStringLiteral("record %1: %2").arg(i).arg(one.error());
        out.append(std::move(one).value());
    }
    return out;
}

// What is being gathered, and who to tell; the first failure answers, the rest are ignored.
struct Gathering
{
    TwilioHttp* http = nullptr;
    TwilioCompliance::Done done;
    TextingCompliance account;
    int waiting = 0;
    bool answered = false;

    void fail(const ProviderError& error)
    {
        if (answered)
            return;
        answered = true;
        done(error);
    }
    void oneDone()
    {
        if (--waiting == 0 && !answered) {
            answered = true;
            done(std::move(account));
        }
    }
};

QUrl listing(const TwilioHttp& http, const QString& path)
{
    return http.apiUrl(path, {{QStringLiteral("PageSize"), QString::number(http.options().pageSize)}});
}

template <class T>
void readList(const std::shared_ptr<Gathering>& g, const QString& path, const char* key,
              Result<T, QString> (*map)(const QJsonObject&), std::function<void(QList<T>)> keep)
{
    ++g->waiting;
    TwilioPager::readAll(*g->http, {listing(*g->http, path)}, QString::fromLatin1(key),
                         [g, map, keep = std::move(keep)](ProviderResult<QJsonArray> items) {
                             if (!items)
                                 return g->fail(items.error());
                             auto values = all<T>(*items, map);
                             if (!values) {
                                 qCWarning(lcProvider).noquote()
                                     << "Unexpected answer from the provider:" << values.error();
                                 return g->fail(g->http->errors().malformed(values.error()));
                             }
                             keep(std::move(values).value());
                             g->oneDone();
                         });
}

} // namespace

Result<BrandRegistration, QString> TwilioCompliance::brand(const QJsonObject& json)
{
    const QString id = text(json, "sid");
    if (id.isEmpty())
        return noSid();
    return BrandRegistration{id, text(json, "status")};
}

Result<MessagingService, QString> TwilioCompliance::service(const QJsonObject& json)
{
    const QString id = text(json, "sid");
    if (id.isEmpty())
        return noSid();
    MessagingService s;
    s.sid = id;
    s.friendlyName = text(json, "friendly_name");
    s.usA2pRegistered = json.value(QLatin1String("us_app_to_person_registered")).toBool();
    return s;
}

Result<A2pCampaign, QString> TwilioCompliance::campaign(const QJsonObject& json)
{
    const QString id = text(json, "sid");
    if (id.isEmpty())
        return noSid();
    return A2pCampaign{id, text(json, "brand_registration_sid"), text(json, "campaign_status")};
}

Result<TollFreeVerification, QString> TwilioCompliance::tollFree(const QJsonObject& json)
{
    const QString id = text(json, "sid");
    if (id.isEmpty())
        return noSid();
    return TollFreeVerification{id, text(json, "tollfree_phone_number_sid"), text(json, "status")};
}

Result<QPair<QString, QString>, QString> TwilioCompliance::serviceNumber(const QJsonObject& json)
{
    const QString id = text(json, "sid");
    if (id.isEmpty())
        return noSid();
    return QPair<QString, QString>(id, text(json, "phone_number"));
}

void TwilioCompliance::read(TwilioHttp& messaging, Done done)
{
    auto g = std::make_shared<Gathering>();
    g->http = &messaging;
    g->done = std::move(done);
    // Held until every listing below has been asked for, so that a quick answer cannot finish early.
    ++g->waiting;
    readList<BrandRegistration>(
        g, QStringLiteral("/v1/a2p/BrandRegistrations"), "data", &brand,
        [g](QList<BrandRegistration> brands) { g->account.brands = std::move(brands); });
    readList<TollFreeVerification>(
        g, QStringLiteral("/v1/Tollfree/Verifications"), "verifications", &tollFree,
        [g](QList<TollFreeVerification> found) { g->account.tollFree = std::move(found); });
    readList<MessagingService>(
        g, QStringLiteral("/v1/Services"), "services", &service, [g](QList<MessagingService> services) {
            g->account.services = std::move(services);
            // Each service's campaign and sender pool, matched back by index.
            for (qsizetype i = 0; i < g->account.services.size(); ++i) {
                const QString base =
                    QStringLiteral("/v1/Services/") + TwilioHttp::pathSegment(g->account.services.at(i).sid);
                readList<A2pCampaign>(g, base + QStringLiteral("/Compliance/Usa2p"), "compliance", &campaign,
                                      [g, i](QList<A2pCampaign> campaigns) {
                                          g->account.services[i].campaigns = std::move(campaigns);
                                      });
                readList<QPair<QString, QString>>(g, base + QStringLiteral("/PhoneNumbers"), "phone_numbers",
                                                  &serviceNumber,
                                                  [g, i](QList<QPair<QString, QString>> pool) {
                                                      for (const auto& [id, e164] : pool) {
                                                          g->account.services[i].numberIds.append(id);
                                                          g->account.services[i].numbers.append(e164);
                                                      }
                                                  });
            }
        });
    // Answers from the event loop like every listing, even if all of them were already answered.
    QMetaObject::invokeMethod(
        &messaging, [g] { g->oneDone(); }, Qt::QueuedConnection);
}

} // namespace ringback
