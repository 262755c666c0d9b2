// Twilio's Calls list page (GET /Calls.json), as TwilioProvider reads it: the page envelope, then
// each record on its own. A record either parses into a Call with its id, or gives a reason.

#include "FuzzSupport.h"
#include "providers/twilio/TwilioJson.h"

using namespace ringback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto page = TwilioJson::page(fuzz::bytes(data, size), QStringLiteral("calls"));
    if (!page) {
        FUZZ_CHECK(!page.error().isEmpty(), QStringLiteral("a rejected page gives a reason"));
        return 0;
    }
    for (const QJsonValue& item : page->items) {
        if (!item.isObject())
            continue;
        const auto call = TwilioJson::call(item.toObject());
        if (!call) {
            FUZZ_CHECK(!call.error().isEmpty(), QStringLiteral("a rejected record gives a reason"));
            continue;
        }
        FUZZ_CHECK(!call->providerCallId.isEmpty(), QStringLiteral("a call without its sid was accepted"));
        for (const QDateTime& moment : {call->startedAt, call->endedAt}) {
            FUZZ_CHECK(moment.isNull() || (moment.isValid() && moment.timeSpec() == Qt::UTC),
                       moment.toString(Qt::ISODate));
        }
    }
    return 0;
}
