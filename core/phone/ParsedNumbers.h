#pragma once

#include "PhoneNumberInfo.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ringback {

class PhoneNumberService;

// Parses caller IDs through a PhoneNumberService and remembers each answer, for one batch of work:
// a catch-up meets the same numbers again and again (a caller who rang five times, the calls back
// to them), and libphonenumber's parse with geocoding costs as much as a decision's SQL. An answer
// is kept under the text as logged and the default region it was read with, since a number written
// without its country code is another number in another country. Made anew for each batch, so a
// region changed in Settings applies from the next one.
class ParsedNumbers
{
public:
    explicit ParsedNumbers(const PhoneNumberService& phone)
        : m_phone(phone)
    {}

    PhoneNumberInfo parse(const QString& input);
    // The E.164 form of a valid number, nothing otherwise.
    std::optional<QString> toE164(const QString& input);

    // How many inputs libphonenumber was asked about (the rest were remembered).
    int parsed() const { return m_parsed; }

private:
    const PhoneNumberService& m_phone;
    QHash<QString, PhoneNumberInfo> m_known;
    int m_parsed = 0;
};

} // namespace ringback
