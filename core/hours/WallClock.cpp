#include "WallClock.h"

#include <algorithm>

namespace ringback::wallclock {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;

int offsetSecs(const QTimeZone& zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

} // namespace

QDateTime toUtc(const QDate& date, int minute, const QTimeZone& zone)
{
    // The wall time as if it were UTC, then corrected by the zone's offset. Around a transition
    // there are two candidate offsets (before and after); a candidate is right when the zone
    // really has that offset at the instant it gives.
    const qint64 wallMs = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + minute * kMsPerMinute;
    const int before = offsetSecs(zone, wallMs - kMsPerDay);
    const int after = offsetSecs(zone, wallMs + kMsPerDay);
    const qint64 early = wallMs - qint64(before) * 1000;
    const qint64 late = wallMs - qint64(after) * 1000;
    const bool earlyFits = offsetSecs(zone, early) == before;
    const bool lateFits = offsetSecs(zone, late) == after;
    if (earlyFits && lateFits)
        return QDateTime::fromMSecsSinceEpoch(std::min(early, late), Qt::UTC); // repeated: first
    if (earlyFits)
        return QDateTime::fromMSecsSinceEpoch(early, Qt::UTC);
    if (lateFits)
        return QDateTime::fromMSecsSinceEpoch(late, Qt::UTC);
    // In a gap: the transition itself, the first instant after the missing wall times.
    const QTimeZone::OffsetData t =
        zone.nextTransition(QDateTime::fromMSecsSinceEpoch(std::min(early, late) - 1, Qt::UTC));
    if (t.atUtc.isValid())
        return t.atUtc;
    return QDateTime::fromMSecsSinceEpoch(std::max(early, late), Qt::UTC);
}

QDate localDate(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date();
}

int localMinute(const QDateTime& utc, const QTimeZone& zone)
{
    const QTime t = utc.toTimeZone(zone).time();
    return t.hour() * 60 + t.minute();
}

} // namespace ringback::wallclock
