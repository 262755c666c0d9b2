#include "ParsedNumbers.h"

#include "PhoneNumberService.h"

namespace ringback {

PhoneNumberInfo ParsedNumbers::parse(const QString& input)
{
    // Region codes are letters only, so the separator cannot be part of one.
    const QString key = m_phone.defaultRegion() + QLatin1Char('\n') + input;
    const auto known = m_known.constFind(key);
    if (known != m_known.constEnd())
        return known.value();
    ++m_parsed;
    return m_known.insert(key, m_phone.parse(input)).value();
}

std::optional<QString> ParsedNumbers::toE164(const QString& input)
{
    const PhoneNumberInfo info = parse(input);
    if (!info.isValid())
        return std::nullopt;
    return info.e164;
}

} // namespace ringback
