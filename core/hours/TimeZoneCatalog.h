#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace ringback {

// One time zone as an owner picks it: "Central - Chicago" rather than "America/Chicago".
struct TimeZoneEntry
{
    QByteArray id;         // IANA id this computer knows (QTimeZone::isTimeZoneIdAvailable)
    QString zoneName;      // "Central" (hand-written for North America), else Qt's localized name
    QString city;          // "Chicago", "New Salem (North Dakota)"; empty for UTC
    QString name;          // what the list shows: "Central - Chicago"
    bool inRegion = false; // in the business's country
    QString searchText;    // every way to find it (name, city, id, English names), folded for search
};

// The time zones an owner can choose from, for one business country and one display language.
// QTimeZone is the only source (its ids, territories, offsets and localized names); nothing here is
// a time-zone database of its own. The country's zones come first (for the US and Canada the
// everyday names "Eastern", "Central", "Mountain", "Pacific"...; elsewhere Qt's localized names),
// then every other zone from west to east. Search matches the name, the city or the id, ignoring
// case and accents. Only ids QTimeZone lists come out of it: an alias ("US/Central", "Etc/UTC") is
// mapped to the listed zone that keeps the same clock.
class TimeZoneCatalog
{
public:
    explicit TimeZoneCatalog(const QString& regionCode = QString(), const QLocale& locale = QLocale());

    const QString& regionCode() const { return m_region; }
    const QList<TimeZoneEntry>& entries() const { return m_entries; }
    int regionZoneCount() const { return m_regionCount; }

    // The listed zone an id stands for: itself, or the zone an alias names; nullptr when none.
    const TimeZoneEntry* entry(const QByteArray& id) const;
    // The listed id an id or alias stands for; empty when it is not a zone.
    QByteArray canonicalId(const QByteArray& id) const;
    // Entries matching typed text (in list order): case- and accent-insensitive, any part of the
    // name, the city or the id.
    QList<const TimeZoneEntry*> search(const QString& text) const;
    // The zone typed text names: a name or id from the list, an alias, or text that matches exactly
    // one zone ("chicago"); empty when it names none or several ("Central").
    QByteArray zoneFor(const QString& text) const;
    // This computer's zone as listed (its alias mapped); "UTC" when it has none we know.
    QByteArray systemZoneId() const;

    // Lower case, without accents or extra spaces: how search compares text.
    static QString folded(const QString& text);

private:
    void build(const QLocale& locale);
    QByteArray sameClockAs(const QByteArray& alias) const;

    QString m_region;
    QList<TimeZoneEntry> m_entries;
    QHash<QByteArray, int> m_index;
    int m_regionCount = 0;
};

} // namespace ringback
