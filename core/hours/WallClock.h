#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ringback::wallclock {

// A local wall-clock time ("7:00 on 8 March in New York") as an instant, the way Ringback reads
// opening hours and quiet hours across daylight-saving changes (documented and tested):
// - a time that does not exist (spring forward: 2:30 in New York on 8 March 2026) is the first
//   moment after the gap (3:00 EDT): a shop that "opens at 2:30" opens when the clocks say 3:00;
// - a time that happens twice (fall back: 1:30 on 1 November 2026) is its first occurrence (EDT).
// minute is minutes since local midnight, 0..1440 (1440 is the next day's midnight).
QDateTime toUtc(const QDate& date, int minute, const QTimeZone& zone);

// The local date and minute of an instant in a zone.
QDate localDate(const QDateTime& utc, const QTimeZone& zone);
int localMinute(const QDateTime& utc, const QTimeZone& zone);

} // namespace ringback::wallclock
