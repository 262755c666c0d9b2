// Twilio's Messages list page (GET /Messages.json) and the answer to a send (POST /Messages.json,
// one message resource), as TwilioProvider reads them.

#include "FuzzSupport.h"
#include "providers/twilio/TwilioJson.h"

using namespace ringback;

namespace {

void checkMessage(const QJsonObject& json)
{
    const auto message = TwilioJson::message(json);
    const auto sent = TwilioJson::sentMessage(json);
    FUZZ_CHECK(message.ok() == sent.ok(), QStringLiteral("a send answer is read like a message"));
    if (!message) {
        FUZZ_CHECK(!message.error().isEmpty(), QStringLiteral("a rejected record gives a reason"));
        return;
    }
    FUZZ_CHECK(!message->providerMessageId.isEmpty(),
               QStringLiteral("a message without its sid was accepted"));
    FUZZ_CHECK(sent->providerMessageId == message->providerMessageId, message->providerMessageId);
    for (const QDateTime& moment : {message->createdAt, message->sentAt}) {
        FUZZ_CHECK(moment.isNull() || (moment.isValid() && moment.timeSpec() == Qt::UTC),
                   moment.toString(Qt::ISODate));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    if (const auto single = TwilioJson::object(body))
        checkMessage(*single);
    const auto page = TwilioJson::page(body, QStringLiteral("messages"));
    if (!page)
        return 0;
    for (const QJsonValue& item : page->items) {
        if (item.isObject())
            checkMessage(item.toObject());
    }
    return 0;
}
