#pragma once

#include "common/Result.h"
#include "providers/ProviderError.h"
#include "providers/TextingReadiness.h"

#include <QJsonObject>

#include <functional>

namespace ringback {

class TwilioHttp;

// Reads an account's registration for texting US numbers from Twilio's Messaging API v1
// (messaging.twilio.com): brand registrations (GET /v1/a2p/BrandRegistrations), messaging services
// (GET /v1/Services) with, for each, its US A2P campaign (GET /v1/Services/{sid}/Compliance/Usa2p,
// list key "compliance") and its sender pool (GET /v1/Services/{sid}/PhoneNumbers), and the toll-free
// verifications (GET /v1/Tollfree/Verifications). Every listing is read to its end; any failure fails
// the whole read (a partial picture would say "not registered" wrongly).
class TwilioCompliance
{
public:
    using Done = std::function<void(ProviderResult<TextingCompliance>)>;

    // `messaging` talks to the Messaging API's host (TwilioOptions::messagingBaseUrl).
    static void read(TwilioHttp& messaging, Done done);

    // One record of each listing; a record without its sid is refused (the text says why).
    static Result<BrandRegistration, QString> brand(const QJsonObject& json);
    static Result<MessagingService, QString> service(const QJsonObject& json);
    static Result<A2pCampaign, QString> campaign(const QJsonObject& json);
    static Result<TollFreeVerification, QString> tollFree(const QJsonObject& json);
    // A number of a service's sender pool: its id (PN...) and its E.164 form.
    static Result<QPair<QString, QString>, QString> serviceNumber(const QJsonObject& json);
};

} // namespace ringback
