#include "TimeZoneCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

namespace ringback {

namespace {

// The hand-written names below are marked with QT_TRANSLATE_NOOP in this context.
QString translated(const char* text)
{
    return QCoreApplication::translate("ringback::TimeZoneCatalog", text);
}

// The everyday names of North America's zones (US and Canada), by standard offset; a zone keeps the
// name of its clock, so El Paso is "Mountain" and Indiana's Knox "Central".
struct NorthAmericanZone
{
    int standardOffsetSecs;
    std::optional<bool> daylightSaving; // empty: either
    const char* name;
};
constexpr std::array kNorthAmerica{
    NorthAmericanZone{-12600, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Newfoundland")},
    NorthAmericanZone{-14400, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Atlantic")},
    NorthAmericanZone{-18000, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Eastern")},
    NorthAmericanZone{-21600, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Central")},
    NorthAmericanZone{-25200, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Mountain")},
    NorthAmericanZone{-28800, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Pacific")},
    NorthAmericanZone{-32400, std::nullopt, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Alaska")},
    NorthAmericanZone{-36000, true, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Aleutian")},
    NorthAmericanZone{-36000, false, QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Hawaii")},
};
// Mountain time without daylight saving: Arizona in the US, parts of British Columbia and Yukon.
const char* const kArizona = QT_TRANSLATE_NOOP("ringback::TimeZoneCatalog", "Arizona");

// The zone most people of the country mean, listed first, east to west.
const QHash<QString, QList<QByteArray>>& mainZones()
{
    static const QHash<QString, QList<QByteArray>> zones{
        {QStringLiteral("US"),
         {"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
          "America/Anchorage", "Pacific/Honolulu"}},
        {QStringLiteral("CA"),
         {"America/St_Johns", "America/Halifax", "America/Toronto", "America/Winnipeg", "America/Regina",
          "America/Edmonton", "America/Vancouver"}},
    };
    return zones;
}

struct ZoneClock
{
    int standardOffset = 0;
    bool daylightSaving = false;
};

ZoneClock clockOf(const QTimeZone& zone, int year)
{
    const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    return {zone.standardTimeOffset(winter), zone.offsetFromUtc(winter) != zone.offsetFromUtc(summer)};
}

const char* northAmericanName(const ZoneClock& clock, bool unitedStates)
{
    if (unitedStates && clock.standardOffset == -25200 && !clock.daylightSaving)
        return kArizona;
    for (const NorthAmericanZone& zone : kNorthAmerica) {
        if (zone.standardOffsetSecs == clock.standardOffset &&
            (!zone.daylightSaving || *zone.daylightSaving == clock.daylightSaving))
            return zone.name;
    }
    return nullptr;
}

// "Chicago", "New Salem (North Dakota)", "Port-au-Prince".
QString cityOf(const QByteArray& id)
{
    QStringList parts = QString::fromLatin1(id).split(QLatin1Char('/'));
    for (QString& part : parts)
        part.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (parts.size() < 2)
        return {};
    if (parts.size() == 2)
        return parts.last();
    //: A city and the state or country its time-zone id names: "New Salem (North Dakota)".
    return QCoreApplication::translate("ringback::TimeZoneCatalog", "%1 (%2)")
        .arg(parts.last(), parts.at(parts.size() - 2));
}

QString lastPart(const QByteArray& id)
{
    const int slash = id.lastIndexOf('/');
    return QString::fromLatin1(slash < 0 ? id : id.mid(slash + 1));
}

using Offsets = QList<QPair<qint64, int>>;

// What a zone's clock did from 1970 on: its offset then, and each change.
Offsets offsetsOf(const QTimeZone& zone)
{
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2038, 1, 1), QTime(0, 0), Qt::UTC);
    Offsets out{{from.toMSecsSinceEpoch(), zone.offsetFromUtc(from)}};
    for (const QTimeZone::OffsetData& t : zone.transitions(from, to))
        out.append({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
    return out;
}

} // namespace

TimeZoneCatalog::TimeZoneCatalog(const QString& regionCode, const QLocale& locale)
    : m_region(regionCode.trimmed().toUpper())
{
    // Building asks Qt for some 400 zones and their names (about a tenth of a second): done once
    // per country and language, then shared (a picker rebuilds on each change of country).
    struct Built
    {
        QList<TimeZoneEntry> entries;
        QHash<QByteArray, int> index;
        int regionCount;
    };
    static QMutex mutex;
    static QHash<QString, Built> cache;
    // The names depend on the language loaded too (the hand-written ones go through tr).
    const QString key = m_region + QLatin1Char('|') + locale.name() + QLatin1Char('|') +
                        QString::number(QDate::currentDate().year()) + QLatin1Char('|') +
                        translated("%1 - %2") + translated("Central");
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        m_entries = it->entries;
        m_index = it->index;
        m_regionCount = it->regionCount;
        return;
    }
    build(locale);
    cache.insert(key, Built{m_entries, m_index, m_regionCount});
}

QString TimeZoneCatalog::folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('_'))
            c = QLatin1Char(' ');
        else if (c == QChar(0x2212)) // the minus sign some locales write offsets with
            c = QLatin1Char('-');
        else if (c == QChar(0x2019))
            c = QLatin1Char('\'');
        out.append(c);
    }
    return out.toCaseFolded().simplified();
}

void TimeZoneCatalog::build(const QLocale& locale)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const int year = QDate::currentDate().year();
    const QLocale::Territory territory =
        m_region.isEmpty() ? QLocale::AnyTerritory : QLocale::codeToTerritory(m_region);
    QList<QByteArray> regionIds;
    if (territory != QLocale::AnyTerritory)
        regionIds = QTimeZone::availableTimeZoneIds(territory);
    const QList<QByteArray> main = mainZones().value(m_region);

    struct Sortable
    {
        TimeZoneEntry entry;
        int mainRank;
        int standardOffset;
        QString key;
    };
    QList<Sortable> all;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        // Qt also lists fixed offsets ("UTC-05:00"): no place keeps one (no daylight saving), so an
        // office never means one; UTC itself stays.
        if (id.startsWith("UTC") && id != "UTC")
            continue;
        const QTimeZone zone(id);
        if (!zone.isValid())
            continue;
        const ZoneClock clock = clockOf(zone, year);
        TimeZoneEntry e;
        e.id = id;
        e.inRegion = regionIds.contains(id);
        e.city = cityOf(id);
        const QLocale::Territory where = zone.territory();
        QString englishName;
        if (where == QLocale::UnitedStates || where == QLocale::Canada) {
            if (const char* name = northAmericanName(clock, where == QLocale::UnitedStates)) {
                e.zoneName = translated(name);
                englishName = QString::fromLatin1(name);
            }
        }
        const QString qtName = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, locale);
        if (e.zoneName.isEmpty())
            e.zoneName = qtName;
        if (id == "UTC") {
            // Qt names it "UTC" in every language: the long name, hand-written.
            e.city.clear();
            e.zoneName =
                QCoreApplication::translate("ringback::TimeZoneCatalog", "Coordinated Universal Time");
            e.name =
                QCoreApplication::translate("ringback::TimeZoneCatalog", "Coordinated Universal Time (UTC)");
        } else if (e.zoneName.isEmpty()) {
            e.name = e.city;
        } else {
            //: A time zone in the list: its everyday name, then its city ("Central - Chicago").
            e.name =
                QCoreApplication::translate("ringback::TimeZoneCatalog", "%1 - %2").arg(e.zoneName, e.city);
        }
        const QStringList keys{e.name,
                               e.city,
                               QString::fromLatin1(id),
                               e.zoneName,
                               qtName,
                               englishName,
                               locale.language() == QLocale::English
                                   ? QString()
                                   : zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, english),
                               id == "UTC" ? QStringLiteral("GMT Coordinated Universal Time") : QString()};
        QStringList foldedKeys;
        for (const QString& k : keys) {
            if (!k.isEmpty())
                foldedKeys << folded(k);
        }
        foldedKeys.removeDuplicates();
        e.searchText = foldedKeys.join(QLatin1Char('\n'));
        const int rank = main.indexOf(id);
        all.append({e, rank < 0 ? int(main.size()) : rank, clock.standardOffset, folded(e.name)});
    }
    // The country's zones first (its main ones, then east to west); then the world, west to east.
    std::stable_sort(all.begin(), all.end(), [](const Sortable& a, const Sortable& b) {
        if (a.entry.inRegion != b.entry.inRegion)
            return a.entry.inRegion;
        if (a.entry.inRegion) {
            if (a.mainRank != b.mainRank)
                return a.mainRank < b.mainRank;
            if (a.standardOffset != b.standardOffset)
                return a.standardOffset > b.standardOffset;
        } else if (a.standardOffset != b.standardOffset) {
            return a.standardOffset < b.standardOffset;
        }
        return a.key < b.key;
    });
    m_entries.clear();
    m_index.clear();
    m_regionCount = 0;
    for (const Sortable& s : std::as_const(all)) {
        m_index.insert(s.entry.id, int(m_entries.size()));
        m_entries.append(s.entry);
        if (s.entry.inRegion)
            ++m_regionCount;
    }
}

const TimeZoneEntry* TimeZoneCatalog::entry(const QByteArray& id) const
{
    const QByteArray canonical = canonicalId(id);
    return canonical.isEmpty() ? nullptr : &m_entries.at(m_index.value(canonical));
}

QByteArray TimeZoneCatalog::canonicalId(const QByteArray& id) const
{
    if (id.isEmpty())
        return {};
    if (m_index.contains(id))
        return id;
    // Only Area/Location ids ("US/Central", "Etc/UTC"): QTimeZone also reads any other word as a
    // POSIX rule ("chicago" would be a zone at UTC+0).
    static const QRegularExpression areaLocation(QStringLiteral("^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$"));
    if (!areaLocation.match(QString::fromLatin1(id)).hasMatch())
        return {};
    return sameClockAs(id);
}

// An id QTimeZone reads but does not list (an alias such as "US/Central" or "Etc/UTC"): the listed
// zone whose clock did exactly the same since 1970. Ties: the one named like it (Etc/UTC: UTC),
// UTC for any other zone that never moved from it, one in the business's country, the first.
QByteArray TimeZoneCatalog::sameClockAs(const QByteArray& alias) const
{
    const QTimeZone zone(alias);
    if (!zone.isValid())
        return {};
    const Offsets wanted = offsetsOf(zone);
    const bool isUtc = wanted.size() == 1 && wanted.first().second == 0;
    const QString name = lastPart(alias);
    const QList<QDateTime> probes{QDateTime(QDate(1971, 1, 15), QTime(12, 0), Qt::UTC),
                                  QDateTime(QDate(1999, 7, 15), QTime(12, 0), Qt::UTC),
                                  QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC),
                                  QDateTime(QDate(2024, 7, 15), QTime(12, 0), Qt::UTC)};
    QByteArray best;
    int bestRank = 4;
    for (const TimeZoneEntry& e : m_entries) {
        const QTimeZone candidate(e.id);
        const bool sameNow = std::all_of(probes.begin(), probes.end(), [&](const QDateTime& at) {
            return candidate.offsetFromUtc(at) == zone.offsetFromUtc(at);
        });
        if (!sameNow || offsetsOf(candidate) != wanted)
            continue;
        int rank = 3;
        if (lastPart(e.id) == name)
            rank = 0;
        else if (isUtc && e.id == "UTC")
            rank = 1;
        else if (e.inRegion)
            rank = 2;
        if (rank < bestRank) {
            best = e.id;
            bestRank = rank;
        }
    }
    return best;
}

QList<const TimeZoneEntry*> TimeZoneCatalog::search(const QString& text) const
{
    const QString wanted = folded(text);
    QList<const TimeZoneEntry*> out;
    for (const TimeZoneEntry& e : m_entries) {
        if (wanted.isEmpty() || e.searchText.contains(wanted))
            out << &e;
    }
    return out;
}

QByteArray TimeZoneCatalog::zoneFor(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString wanted = folded(trimmed);
    for (const TimeZoneEntry& e : m_entries) {
        if (folded(e.name) == wanted || folded(QString::fromLatin1(e.id)) == wanted)
            return e.id;
    }
    {
        if (const QByteArray id = canonicalId(trimmed.toUtf8()); !id.isEmpty())
            return id;
    }
    const QList<const TimeZoneEntry*> found = search(trimmed);
    return found.size() == 1 ? found.first()->id : QByteArray();
}

QByteArray TimeZoneCatalog::systemZoneId() const
{
    if (const QByteArray id = canonicalId(QTimeZone::systemTimeZoneId()); !id.isEmpty())
        return id;
    return m_index.contains("UTC") || m_entries.isEmpty() ? QByteArray("UTC") : m_entries.first().id;
}

} // namespace ringback
