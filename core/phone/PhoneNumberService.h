#pragma once

#include "PhoneNumberInfo.h"

#include <QString>

#include <memory>
#include <optional>

namespace i18n::phonenumbers {
class PhoneNumberOfflineGeocoder;
}

namespace ringback {

// Parsing, formatting, typing and geocoding phone numbers, all done by libphonenumber; this class
// only adapts it to Qt types and adds the caller-ID conventions providers use for withheld numbers.
// One instance per thread (the geocoder keeps a cache).
class PhoneNumberService
{
public:
    // defaultRegion: ISO 3166 code used for numbers written without a country code ("US").
    // displayLanguage: language of geocoded place names ("en").
    explicit PhoneNumberService(const QString& defaultRegion = QStringLiteral("US"),
                                const QString& displayLanguage = QStringLiteral("en"));
    ~PhoneNumberService();
    PhoneNumberService(const PhoneNumberService&) = delete;
    PhoneNumberService& operator=(const PhoneNumberService&) = delete;

    QString defaultRegion() const { return m_defaultRegion; }
    // The office moved country in Settings: numbers written without a country code follow it.
    void setDefaultRegion(const QString& region) { m_defaultRegion = region.toUpper(); }

    PhoneNumberInfo parse(const QString& input) const;
    // The E.164 form of a valid number, nothing otherwise.
    std::optional<QString> toE164(const QString& input) const;

    // Caller IDs that stand for "no number": empty, "anonymous", "restricted", "private", and the
    // numbers Twilio substitutes for them (+266696687 spells ANONYMOUS on a keypad, and so on).
    static bool isWithheldCallerId(const QString& input);

    // "mobile", "landline", ... for the lead card (translated).
    static QString typeName(NumberType type);

private:
    QString m_defaultRegion;
    QString m_language;
    std::unique_ptr<i18n::phonenumbers::PhoneNumberOfflineGeocoder> m_geocoder;
};

} // namespace ringback
