#pragma once

#include "RecipientLocator.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace ringback {

// Local wall-clock minutes when texts may go on one day: [fromMinute, toMinute).
struct DayWindow
{
    int fromMinute = 0;
    int toMinute = 0;
    bool operator==(const DayWindow&) const = default;
};

// Monday..Sunday; nothing on a day when no text may go (Sunday in Alabama).
using WeekWindows = std::array<std::optional<DayWindow>, 7>;

// An allowed stretch as instants: [start, end).
struct AllowedWindow
{
    QDateTime start;
    QDateTime end;
    bool contains(const QDateTime& t) const { return start <= t && t < end; }
};

// When a follow-up may go (DESIGN §3): 8:00-21:00 in the RECIPIENT's local time, narrowed where
// the recipient's state or province is stricter (table and sources in QuietHours.cpp). The first
// text-back to someone who has just called is not subject to this; the worker decides that.
class QuietHours
{
public:
    explicit QuietHours(const QTimeZone& businessZone);

    RecipientLocation locate(const QString& e164) const { return m_locator.locate(e164); }

    // The window of the recipient's local day that contains `at` (whether or not `at` is inside
    // it); nothing when that day allows no texts.
    std::optional<AllowedWindow> allowedWindow(const QString& e164, const QDateTime& at) const;
    bool isAllowed(const QString& e164, const QDateTime& at) const;
    // `at` when allowed now; else the start of the next allowed window.
    QDateTime nextAllowed(const QString& e164, const QDateTime& at) const;

    // The windows for a place: the default narrowed by the place's rule, if it has one.
    static WeekWindows weekFor(const QString& regionCode, const QString& subdivision);
    static DayWindow defaultWindow() { return {8 * 60, 21 * 60}; }

private:
    std::optional<AllowedWindow> windowOn(const QDate& localDate, const RecipientLocation& where) const;

    RecipientLocator m_locator;
};

} // namespace ringback
