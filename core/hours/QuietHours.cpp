#include "QuietHours.h"

#include "WallClock.h"

#include <algorithm>

namespace ringback {

namespace {

constexpr int h(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

constexpr std::optional<DayWindow> w(int from, int to)
{
    return DayWindow{from, to};
}

constexpr WeekWindows everyDay(int from, int to)
{
    return {w(from, to), w(from, to), w(from, to), w(from, to), w(from, to), w(from, to), w(from, to)};
}

constexpr WeekWindows monSatNoSunday(int from, int to)
{
    return {w(from, to), w(from, to), w(from, to), w(from, to), w(from, to), w(from, to), std::nullopt};
}

struct Rule
{
    const char* region;
    const char* subdivision; // nullptr: the whole country
    WeekWindows week;
};

// Stricter-than-default calling hours, in the recipient's local time. These laws regulate
// telephone solicitations (most name text messages explicitly); a follow-up to someone who called
// the business is arguably not one, but DESIGN §3 chooses to respect them anyway. Where sources
// disagree we take the stricter window. NOT legal advice; re-check before relying on a row.
// State holidays on which some states forbid calls (AL, LA, MS, RI, UT, PA) are not modelled.
//
// Sources (researched Nov 2025):
// [Fed] 47 CFR 64.1200(c)(1): no telephone solicitation before 8 am or after 9 pm at the called
//       party's location. This is the default for every place.
// [FL]  Fla. Stat. 501.616(6)(a) as amended by SB 1120 (2021): 8 am-8 pm.
//       https://www.nolo.com/legal-encyclopedia/florida-restrictions-telemarketers.html ;
//       https://flsenate.gov/Session/Bill/2021/1120/BillText/er/HTML
// [OK]  15 O.S. 775C.4, Telephone Solicitation Act of 2022 (HB 3168, eff. 1 Nov 2022): 8 am-8 pm.
//       https://dnc.dreamhosters.com/?p=1309
// [WA]  RCW 19.158.040(2): not before 8:00 a.m. or after 8:00 p.m. at the recipient's local time.
//       https://app.leg.wa.gov/RCW/default.aspx?cite=19.158.040
// [MD]  Md. Code, Com. Law 14-45, Stop the Spam Calls Act of 2023 (SB 90, eff. 1 Jan 2024): 8 am-8 pm
//       in the called party's time zone. https://www.wmar2news.com/local/law-to-prevent-spam-calls-
//       takes-effect-first-of-the-year ; https://www.dnc.com/index.php/news/maryland-governor-signs-
//       stop-spam-calls-act-2023-law
// [TX]  Tex. Bus. & Com. Code 301.051 (formerly 37.02, "permissible hours"): 9 am-9 pm Monday to
//       Saturday, noon-9 pm Sunday. UNCERTAIN: we could not read the statute's text itself here;
//       secondary summaries (legalclarity.org) say only "9:00 a.m. to 9:00 p.m."; the Sunday noon
//       start is kept because it is the stricter reading.
// [MS]  Miss. Code 77-3-723(1) ("No telephone solicitations may be made on a Sunday") and
//       77-3-603(a) (8 am-9 pm Mon-Sat), quoted at https://www.dnc.com/blog/no-more-holidays-
//       mississippi-marketers-magnolia-state-lifts-prohibition-telemarketing-legal ; the Drop
//       Cowboy table (below) says 8 am-8 pm, so we use 8-8.
// [Tbl] Secondary only, the Drop Cowboy state table (updated 1 Nov 2025),
//       https://www.dropcowboy.com/state-compliance , cross-checked with ClickPoint's
//       (https://blog.clickpointsoftware.com/telemarketing-calling-hours-by-state, July 2025):
//       AL 8-8 no Sunday; LA 8-8 no Sunday; CT 9-8 (ClickPoint: 9-9); KY 10-9; MA 8-8; MI 9-9;
//       MN 9-9; NV 9-8; NM 9-9.
// [RI]  UNCERTAIN: the table's row is cut off after "9am - 6pm" (weekdays); Saturday 10 am-5 pm
//       and no Sunday are from R.I. Gen. Laws 5-61-3.5 as we remember it, not verified here.
// [PA]  UNCERTAIN: the table's row is garbled; Sunday from 1:30 pm is from 73 P.S. 2245.2 as we
//       remember it, not verified here.
// [CA]  Canada, CRTC Unsolicited Telecommunications Rules, Part III: 9:00 am-9:30 pm weekdays,
//       10:00 am-6:00 pm weekends. https://www.crtc.gc.ca/eng/trules-reglest.htm ; summary at
//       https://www.northerntel.ca/eng/inside_ntl/donotcalllist/donotcalllist.htm
// clang-format off
const Rule kRules[] = {
    {"US", "FL", everyDay(h(8), h(20))},
    {"US", "OK", everyDay(h(8), h(20))},
    {"US", "WA", everyDay(h(8), h(20))},
    {"US", "MD", everyDay(h(8), h(20))},
    {"US", "TX", {w(h(9), h(21)), w(h(9), h(21)), w(h(9), h(21)), w(h(9), h(21)), w(h(9), h(21)),
                  w(h(9), h(21)), w(h(12), h(21))}},
    {"US", "MS", monSatNoSunday(h(8), h(20))},
    {"US", "AL", monSatNoSunday(h(8), h(20))},
    {"US", "LA", monSatNoSunday(h(8), h(20))},
    {"US", "CT", everyDay(h(9), h(20))},
    {"US", "KY", everyDay(h(10), h(21))},
    {"US", "MA", everyDay(h(8), h(20))},
    {"US", "MI", everyDay(h(9), h(21))},
    {"US", "MN", everyDay(h(9), h(21))},
    {"US", "NV", everyDay(h(9), h(20))},
    {"US", "NM", everyDay(h(9), h(21))},
    {"US", "RI", {w(h(9), h(18)), w(h(9), h(18)), w(h(9), h(18)), w(h(9), h(18)), w(h(9), h(18)),
                  w(h(10), h(17)), std::nullopt}},
    {"US", "PA", {w(h(8), h(21)), w(h(8), h(21)), w(h(8), h(21)), w(h(8), h(21)), w(h(8), h(21)),
                  w(h(8), h(21)), w(h(13, 30), h(21))}},
    {"CA", nullptr, {w(h(9), h(21, 30)), w(h(9), h(21, 30)), w(h(9), h(21, 30)), w(h(9), h(21, 30)),
                     w(h(9), h(21, 30)), w(h(10), h(18)), w(h(10), h(18))}},
};
// clang-format on

const Rule* ruleFor(const QString& region, const QString& subdivision)
{
    for (const Rule& r : kRules) {
        if (region != QLatin1String(r.region))
            continue;
        if (!r.subdivision || subdivision == QLatin1String(r.subdivision))
            return &r;
    }
    return nullptr;
}

} // namespace

QuietHours::QuietHours(const QTimeZone& businessZone)
    : m_locator(businessZone)
{}

WeekWindows QuietHours::weekFor(const QString& regionCode, const QString& subdivision)
{
    const DayWindow base = defaultWindow();
    WeekWindows week;
    week.fill(base);
    const Rule* rule = ruleFor(regionCode, subdivision);
    if (!rule)
        return week;
    for (int i = 0; i < 7; ++i) {
        const std::optional<DayWindow>& strict = rule->week.at(i);
        if (!strict) {
            week[i] = std::nullopt;
            continue;
        }
        const DayWindow narrowed{std::max(base.fromMinute, strict->fromMinute),
                                 std::min(base.toMinute, strict->toMinute)};
        week[i] = narrowed.fromMinute < narrowed.toMinute ? std::optional<DayWindow>(narrowed) : std::nullopt;
    }
    return week;
}

std::optional<AllowedWindow> QuietHours::windowOn(const QDate& localDate,
                                                  const RecipientLocation& where) const
{
    const std::optional<DayWindow> day =
        weekFor(where.regionCode, where.subdivision).at(localDate.dayOfWeek() - 1);
    if (!day)
        return std::nullopt;
    return AllowedWindow{wallclock::toUtc(localDate, day->fromMinute, where.zone),
                         wallclock::toUtc(localDate, day->toMinute, where.zone)};
}

std::optional<AllowedWindow> QuietHours::allowedWindow(const QString& e164, const QDateTime& at) const
{
    const RecipientLocation where = m_locator.locate(e164);
    return windowOn(wallclock::localDate(at, where.zone), where);
}

bool QuietHours::isAllowed(const QString& e164, const QDateTime& at) const
{
    const std::optional<AllowedWindow> window = allowedWindow(e164, at);
    return window && window->contains(at);
}

QDateTime QuietHours::nextAllowed(const QString& e164, const QDateTime& at) const
{
    const RecipientLocation where = m_locator.locate(e164);
    const QDate today = wallclock::localDate(at, where.zone);
    for (int i = 0; i <= 7; ++i) {
        const std::optional<AllowedWindow> window = windowOn(today.addDays(i), where);
        if (window && at < window->end)
            return std::max(at, window->start);
    }
    return QDateTime(); // unreachable with the table above: every place allows some day
}

} // namespace ringback
