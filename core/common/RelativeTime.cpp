#include "RelativeTime.h"

#include <QCoreApplication>

namespace ringback {

QString relativeTime(const QDateTime& at, const QDateTime& now, const QLocale& locale, const QTimeZone& zone)
{
    if (!at.isValid())
        return {};
    const qint64 secs = at.secsTo(now);
    // A clock a little ahead on another desk can put a text seconds in the future: that is "now".
    if (secs < 60)
        return QCoreApplication::translate("ringback::RelativeTime", "now");
    if (secs < 3600) {
        // A named count, not an expression: lupdate's parser loops forever on "int(secs / 60)" as the
        // numerus argument, which hangs the ringback_lupdate target.
        const int minutes = int(secs / 60);
        return QCoreApplication::translate("ringback::RelativeTime", "%n min", "minutes ago", minutes);
    }
    const QDateTime local = at.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    if (local.date() == today) {
        // Some locales' short format has seconds (C: "14:02:07"); a list needs minutes.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
        return locale.toString(local.time(), format);
    }
    if (local.date().daysTo(today) < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        // Translators: a date in this year, day and short month name ("12 Mar"; "Mar 12" in the US).
        return locale.toString(local.date(), QCoreApplication::translate("ringback::RelativeTime", "d MMM",
                                                                         "date in this year"));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace ringback
