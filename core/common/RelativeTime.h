#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace ringback {

// How long ago something happened, the way a phone's message list says it: "now", "2 min",
// "14:02" (earlier today), "Mon" (this week), "12 Mar" (this year), "12/03/2025" (before).
// `now` comes from the caller's Clock so the rule is tested without waiting; days are counted
// in `zone` (the desk's local time).
QString relativeTime(const QDateTime& at, const QDateTime& now, const QLocale& locale = QLocale(),
                     const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace ringback
