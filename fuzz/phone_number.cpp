// Phone-number input: caller IDs from the provider, numbers typed into Settings, the wizard and the
// block list. Input: one byte picks the business's region, the rest is the text.
//
// Invariants: a valid number has an E.164 form that parses again to itself (in any region), and its
// international form parses back to the same number; toE164() agrees with parse(); a withheld
// caller ID is never a number.

#include "FuzzSupport.h"
#include "phone/PhoneNumberService.h"

#include <iterator>
#include <memory>

using namespace ringback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const char* const regions[] = {"US", "GB", "CA", "AU", "DE", "FR", "IN", "BR", "MX", "ZZ"};
    static std::unique_ptr<PhoneNumberService> services[std::size(regions)];
    if (!services[0]) {
        for (size_t i = 0; i < std::size(regions); ++i)
            services[i] = std::make_unique<PhoneNumberService>(QString::fromLatin1(regions[i]));
    }
    const PhoneNumberService& phone = *services[data[0] % std::size(regions)];
    const PhoneNumberService& elsewhere = *services[0];

    const QString input = fuzz::text(data + 1, size - 1);
    const PhoneNumberInfo info = phone.parse(input);
    const auto e164 = phone.toE164(input);
    FUZZ_CHECK(info.isValid() == e164.has_value(), input);
    if (PhoneNumberService::isWithheldCallerId(input))
        FUZZ_CHECK(info.kind == CallerIdKind::Withheld, input);
    if (!info.isValid())
        return 0;

    FUZZ_CHECK(*e164 == info.e164, input);
    // libphonenumber's bounds, not the ITU's 15 digits: it takes some German numbers of 16 and 17
    // digits as valid (Twilio then refuses the send as an invalid number, which is handled).
    FUZZ_CHECK(info.e164.startsWith(QLatin1Char('+')) && info.e164.size() >= 3 && info.e164.size() <= 21,
               info.e164);
    for (qsizetype i = 1; i < info.e164.size(); ++i)
        FUZZ_CHECK(info.e164.at(i).isDigit() && info.e164.at(i).unicode() < 128, info.e164);
    FUZZ_CHECK(info.countryCode > 0 &&
                   info.e164.startsWith(QLatin1Char('+') + QString::number(info.countryCode)),
               info.e164);
    FUZZ_CHECK(phone.toE164(info.e164) == e164, QStringLiteral("%1 -> %2").arg(input, info.e164));
    FUZZ_CHECK(elsewhere.toE164(info.e164) == e164, QStringLiteral("%1 -> %2").arg(input, info.e164));
    FUZZ_CHECK(phone.toE164(info.international) == e164,
               QStringLiteral("%1 -> %2 -> %3").arg(input, info.international, info.e164));
    return 0;
}
