#include "BusinessHoursText.h"

#include "WallClock.h"

#include <QCoreApplication>

namespace ringback {

namespace {

// Contexts are written out in each translate() call: lupdate reads only literals.

QString clock24(const QTime& t)
{
    return QStringLiteral("%1:%2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

// "7:00 AM" in English; the locale's short time elsewhere, with its special spaces made plain.
QString clockForCustomer(const QTime& t, const QLocale& locale)
{
    QString s = locale.language() == QLocale::English ? locale.toString(t, QStringLiteral("h:mm AP"))
                                                      : locale.toString(t, QLocale::ShortFormat);
    s.replace(QChar(0x202F), QLatin1Char(' '));
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    return s;
}

} // namespace

QString BusinessHoursText::status(const BusinessHours& hours, const QDateTime& at, const QLocale& locale)
{
    const QTimeZone zone = hours.timeZone();
    const QDate today = wallclock::localDate(at, zone);

    if (hours.isOpen(at)) {
        const std::optional<QDateTime> closes = hours.nextClosing(at);
        if (!closes)
            return QCoreApplication::translate("ringback::BusinessHoursText", "Open now");
        const QDateTime local = closes->toTimeZone(zone);
        if (local.date() == today || (local.date() == today.addDays(1) && local.time() == QTime(0, 0)))
            return QCoreApplication::translate("ringback::BusinessHoursText", "Open now, closes at %1")
                .arg(clock24(local.time()));
        return QCoreApplication::translate("ringback::BusinessHoursText", "Open now, closes %1 %2")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), clock24(local.time()));
    }

    const std::optional<Closure> closure = hours.closureOn(today);
    const QString label = closure ? closure->label.trimmed() : QString();
    const std::optional<QDateTime> opens = hours.nextOpening(at);
    if (!opens) {
        return label.isEmpty()
                   ? QCoreApplication::translate("ringback::BusinessHoursText", "Closed")
                   : QCoreApplication::translate("ringback::BusinessHoursText", "Closed for %1").arg(label);
    }
    const QDateTime local = opens->toTimeZone(zone);
    const QString time = clock24(local.time());
    if (local.date() == today) {
        return label.isEmpty()
                   ? QCoreApplication::translate("ringback::BusinessHoursText", "Closed, opens at %1")
                         .arg(time)
                   : QCoreApplication::translate("ringback::BusinessHoursText", "Closed for %1, opens at %2")
                         .arg(label, time);
    }
    const qint64 days = today.daysTo(local.date());
    const QString day = days <= 6 ? locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat)
                                  : locale.toString(local.date(), QStringLiteral("ddd d MMM"));
    return label.isEmpty()
               ? QCoreApplication::translate("ringback::BusinessHoursText", "Closed, opens %1 %2")
                     .arg(day, time)
               : QCoreApplication::translate("ringback::BusinessHoursText", "Closed for %1, opens %2 %3")
                     .arg(label, day, time);
}

QString BusinessHoursText::nextOpen(const BusinessHours& hours, const QDateTime& at, const QLocale& locale)
{
    const std::optional<QDateTime> opens = hours.nextOpening(at);
    if (!opens)
        return QString();
    const QTimeZone zone = hours.timeZone();
    const QDate today = wallclock::localDate(at, zone);
    const QDateTime local = opens->toTimeZone(zone);
    const QString time = clockForCustomer(local.time(), locale);
    const qint64 days = today.daysTo(local.date());
    if (days == 0)
        return QCoreApplication::translate("ringback::BusinessHoursText", "%1 today",
                                           "next opening later today")
            .arg(time);
    if (days == 1)
        return QCoreApplication::translate("ringback::BusinessHoursText", "tomorrow at %1", "next opening")
            .arg(time);
    if (days <= 6) {
        return QCoreApplication::translate("ringback::BusinessHoursText", "%1 at %2",
                                           "next opening: weekday, time")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::LongFormat), time);
    }
    const QString format = QCoreApplication::translate("ringback::BusinessHoursText", "dddd, MMMM d",
                                                       "date format of a next opening more than a week away");
    return QCoreApplication::translate("ringback::BusinessHoursText", "%1 at %2", "next opening: date, time")
        .arg(locale.toString(local.date(), format), time);
}

} // namespace ringback
