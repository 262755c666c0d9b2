#include "RecipientLocator.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace ringback {

namespace {

struct Subdivision
{
    const char* region;
    const char* code;
    const char* name; // as libphonenumber's English geocoder writes it
    const char* zone; // the most populous zone when there are several
};

// clang-format off
constexpr Subdivision kSubdivisions[] = {
    {"US", "AL", "Alabama", "America/Chicago"},
    {"US", "AK", "Alaska", "America/Anchorage"},
    {"US", "AZ", "Arizona", "America/Phoenix"},
    {"US", "AR", "Arkansas", "America/Chicago"},
    {"US", "CA", "California", "America/Los_Angeles"},
    {"US", "CO", "Colorado", "America/Denver"},
    {"US", "CT", "Connecticut", "America/New_York"},
    {"US", "DE", "Delaware", "America/New_York"},
    {"US", "DC", "Washington D.C.", "America/New_York"},
    {"US", "DC", "District of Columbia", "America/New_York"},
    {"US", "FL", "Florida", "America/New_York"},          // Panhandle west of the Apalachicola: Central
    {"US", "GA", "Georgia", "America/New_York"},
    {"US", "HI", "Hawaii", "Pacific/Honolulu"},
    {"US", "ID", "Idaho", "America/Boise"},               // the panhandle: Pacific
    {"US", "IL", "Illinois", "America/Chicago"},
    {"US", "IN", "Indiana", "America/Indiana/Indianapolis"}, // NW and SW corners: Central
    {"US", "IA", "Iowa", "America/Chicago"},
    {"US", "KS", "Kansas", "America/Chicago"},            // four western counties: Mountain
    {"US", "KY", "Kentucky", "America/New_York"},         // the western half: Central
    {"US", "LA", "Louisiana", "America/Chicago"},
    {"US", "ME", "Maine", "America/New_York"},
    {"US", "MD", "Maryland", "America/New_York"},
    {"US", "MA", "Massachusetts", "America/New_York"},
    {"US", "MI", "Michigan", "America/Detroit"},          // four UP counties: Central
    {"US", "MN", "Minnesota", "America/Chicago"},
    {"US", "MS", "Mississippi", "America/Chicago"},
    {"US", "MO", "Missouri", "America/Chicago"},
    {"US", "MT", "Montana", "America/Denver"},
    {"US", "NE", "Nebraska", "America/Chicago"},          // the west: Mountain
    {"US", "NV", "Nevada", "America/Los_Angeles"},
    {"US", "NH", "New Hampshire", "America/New_York"},
    {"US", "NJ", "New Jersey", "America/New_York"},
    {"US", "NM", "New Mexico", "America/Denver"},
    {"US", "NY", "New York", "America/New_York"},
    {"US", "NC", "North Carolina", "America/New_York"},
    {"US", "ND", "North Dakota", "America/Chicago"},      // the southwest: Mountain
    {"US", "OH", "Ohio", "America/New_York"},
    {"US", "OK", "Oklahoma", "America/Chicago"},
    {"US", "OR", "Oregon", "America/Los_Angeles"},        // most of Malheur County: Mountain
    {"US", "PA", "Pennsylvania", "America/New_York"},
    {"US", "RI", "Rhode Island", "America/New_York"},
    {"US", "SC", "South Carolina", "America/New_York"},
    {"US", "SD", "South Dakota", "America/Chicago"},      // the west: Mountain
    {"US", "TN", "Tennessee", "America/Chicago"},         // East Tennessee: Eastern
    {"US", "TX", "Texas", "America/Chicago"},             // El Paso and Hudspeth: Mountain
    {"US", "UT", "Utah", "America/Denver"},
    {"US", "VT", "Vermont", "America/New_York"},
    {"US", "VA", "Virginia", "America/New_York"},
    {"US", "WA", "Washington State", "America/Los_Angeles"},
    {"US", "WA", "Washington", "America/Los_Angeles"},
    {"US", "WV", "West Virginia", "America/New_York"},
    {"US", "WI", "Wisconsin", "America/Chicago"},
    {"US", "WY", "Wyoming", "America/Denver"},
    {"CA", "AB", "Alberta", "America/Edmonton"},
    {"CA", "BC", "British Columbia", "America/Vancouver"}, // the northeast: Mountain
    {"CA", "MB", "Manitoba", "America/Winnipeg"},
    {"CA", "NB", "New Brunswick", "America/Moncton"},
    {"CA", "NL", "Newfoundland and Labrador", "America/St_Johns"}, // most of Labrador: Atlantic
    {"CA", "NS", "Nova Scotia", "America/Halifax"},
    {"CA", "PE", "Prince Edward Island", "America/Halifax"},
    {"CA", "ON", "Ontario", "America/Toronto"},           // the northwest: Central
    {"CA", "QC", "Quebec", "America/Toronto"},            // the far east: Atlantic
    {"CA", "SK", "Saskatchewan", "America/Regina"},
    {"CA", "NT", "Northwest Territories", "America/Edmonton"},
    {"CA", "NU", "Nunavut", "America/Iqaluit"},           // spans three zones
    {"CA", "YT", "Yukon", "America/Whitehorse"},
};
// clang-format on

const Subdivision* find(const QString& region, const QString& code)
{
    for (const Subdivision& s : kSubdivisions) {
        if (region == QLatin1String(s.region) && code == QLatin1String(s.code))
            return &s;
    }
    return nullptr;
}

// Two zones keep the same time when their offsets agree in January and July.
bool sameTime(const QTimeZone& a, const QTimeZone& b)
{
    const int year = QDate::currentDate().year();
    for (const int month : {1, 7}) {
        const QDateTime probe(QDate(year, month, 15), QTime(12, 0), Qt::UTC);
        if (a.offsetFromUtc(probe) != b.offsetFromUtc(probe))
            return false;
    }
    return true;
}

} // namespace

RecipientLocator::RecipientLocator(const QTimeZone& businessZone)
    : m_businessZone(businessZone)
{}

QString RecipientLocator::subdivisionFromPlace(const QString& place, const QString& regionCode)
{
    const QString p = place.trimmed();
    static const QRegularExpression cityAndCode(QStringLiteral(",\\s*([A-Z]{2})$"));
    if (const auto m = cityAndCode.match(p); m.hasMatch()) {
        if (find(regionCode, m.captured(1)))
            return m.captured(1);
    }
    // "Nova Scotia/Prince Edward Island", "Northwest Territories/Nunavut/Yukon": the first.
    const QString first = p.section(QLatin1Char('/'), 0, 0).trimmed();
    for (const Subdivision& s : kSubdivisions) {
        if (regionCode == QLatin1String(s.region) &&
            first.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(s.code);
    }
    return QString();
}

QTimeZone RecipientLocator::zoneOfSubdivision(const QString& regionCode, const QString& subdivision)
{
    const Subdivision* s = find(regionCode, subdivision);
    return s ? QTimeZone(QByteArray(s->zone)) : QTimeZone();
}

QTimeZone RecipientLocator::countryZone(const QString& regionCode) const
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    if (territory == QLocale::AnyTerritory)
        return QTimeZone();
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    if (ids.isEmpty())
        return QTimeZone();
    if (ids.contains(m_businessZone.id()))
        return m_businessZone; // a country with several zones, one of them the business's
    const QTimeZone first(ids.first());
    for (const QByteArray& id : ids) {
        if (!sameTime(first, QTimeZone(id)))
            return QTimeZone(); // several zones, and we cannot tell which
    }
    return first;
}

RecipientLocation RecipientLocator::locate(const QString& e164) const
{
    RecipientLocation out;
    out.zone = m_businessZone;
    const PhoneNumberInfo info = m_phone.parse(e164);
    if (!info.isValid())
        return out;
    out.regionCode = info.regionCode;
    out.subdivision = subdivisionFromPlace(info.place, info.regionCode);
    if (!out.subdivision.isEmpty()) {
        out.zone = zoneOfSubdivision(out.regionCode, out.subdivision);
        out.source = RecipientLocation::Source::Subdivision;
        return out;
    }
    if (const QTimeZone zone = countryZone(info.regionCode); zone.isValid()) {
        out.zone = zone;
        out.source = RecipientLocation::Source::Country;
    }
    return out;
}

} // namespace ringback
