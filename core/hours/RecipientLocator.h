#pragma once

#include "phone/PhoneNumberService.h"

#include <QString>
#include <QTimeZone>

namespace ringback {

// Where a text's recipient probably is, guessed from their number.
struct RecipientLocation
{
    enum class Source {
        Subdivision, // a US state or Canadian province, from the geocoded place
        Country,     // the number's country, which has one time zone
        BusinessZone // nothing better known: the business's own zone
    };
    QString regionCode;  // "US", "CA", "FR"; empty for a number that is not valid
    QString subdivision; // "TX", "ON"; empty when unknown
    QTimeZone zone;
    Source source = Source::BusinessZone;
};

// libphonenumber's C++ build has no time-zone mapper, so: the geocoder's description of a +1
// number ("Texas", "San Antonio, TX", "Washington State", "Washington D.C.", "Ontario",
// "Nova Scotia/Prince Edward Island") gives the state or province, and a table gives its zone.
// States and provinces with more than one zone get the zone where most of their people live
// (Texas: Chicago, not El Paso's Denver; Florida: New York, not the Panhandle's Chicago; Indiana,
// Kentucky, Tennessee, Michigan, Kansas, Nebraska, the Dakotas, Idaho, Oregon, Ontario, British
// Columbia, Nunavut...): a guess that can be an hour off for a minority of numbers, and mobile
// numbers move with their owners anyway.
// Other countries: the country's zone when it has one (or when all its zones keep the same time,
// e.g. Germany's Berlin and Busingen); else the business's zone.
class RecipientLocator
{
public:
    explicit RecipientLocator(const QTimeZone& businessZone);

    RecipientLocation locate(const QString& e164) const;

    // "Texas" -> "TX", "San Francisco, CA" -> "CA", "Ontario" -> "ON" (regionCode "US" or "CA").
    static QString subdivisionFromPlace(const QString& place, const QString& regionCode);
    // The IANA zone chosen for a state or province; invalid when unknown.
    static QTimeZone zoneOfSubdivision(const QString& regionCode, const QString& subdivision);

private:
    QTimeZone countryZone(const QString& regionCode) const;

    QTimeZone m_businessZone;
    // Region "US" so that every +1 number is geocoded to its state or province, whatever the
    // business's own country (the place of a number from "another" country is only its name).
    PhoneNumberService m_phone{QStringLiteral("US"), QStringLiteral("en")};
};

} // namespace ringback
