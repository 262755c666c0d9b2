// An HTTP answer outside 2xx from Twilio (or a proxy in front of it): the error body
// {"code": 21610, "message": "..."}, the status and the Retry-After header become a ProviderError
// with one sentence for the office.
//
// Input: the first two bytes pick the HTTP status (100..599), then "Retry-After value" 0x1F body.

#include "FuzzSupport.h"
#include "providers/twilio/TwilioErrorMapper.h"

using namespace ringback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest = fuzz::bytes(data + 2, size - 2);
    const qsizetype cut = rest.indexOf(fuzz::kFieldSeparator);
    const QByteArray retryAfter = cut < 0 ? QByteArray() : rest.left(cut);
    const QByteArray body = cut < 0 ? rest : rest.mid(cut + 1);

    static const TwilioErrorMapper mapper;
    const ProviderError e = mapper.fromHttpStatus(status, body, retryAfter);
    FUZZ_CHECK(!e.message.isEmpty(), QStringLiteral("status %1 has no sentence").arg(status));
    FUZZ_CHECK(e.httpStatus == status, QString::number(e.httpStatus));
    // Without Twilio's own words, at most the start of the body is kept (600 bytes of it).
    FUZZ_CHECK(e.providerMessage.size() <= qMax<qsizetype>(600, body.size()),
               QString::number(e.providerMessage.size()));
    if (e.retryAfterSeconds)
        FUZZ_CHECK(*e.retryAfterSeconds >= 0, QString::number(*e.retryAfterSeconds));
    FUZZ_CHECK(TwilioErrorMapper::kindName(e.kind) != nullptr, QString());
    return 0;
}
