#pragma once

#include "BusinessHours.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ringback {

// Business hours in words: the status line for the office, and {next_open} for the customer.
// Times are the business's local time.
class BusinessHoursText
{
public:
    // For the status bar: "Open now, closes at 17:30", "Closed, opens at 13:00" (later today),
    // "Closed, opens Mon 7:00", "Closed for Christmas, opens Fri 7:00". 24-hour clock; day names
    // from `locale`.
    static QString status(const BusinessHours& hours, const QDateTime& at, const QLocale& locale = QLocale());

    // For {next_open} in the after-hours text, short and human, 12-hour clock in English:
    // "1:00 PM today", "tomorrow at 7:00 AM", "Monday at 7:00 AM" (within the coming week),
    // "Monday, January 12 at 7:00 AM" (further). Only GSM-7 characters (no narrow no-break space
    // from the locale), so it never turns a text into UCS-2. Empty when the business never opens.
    static QString nextOpen(const BusinessHours& hours, const QDateTime& at,
                            const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedStates));
};

} // namespace ringback
