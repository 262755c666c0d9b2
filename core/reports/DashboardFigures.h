#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ringback {

// One line of a breakdown: "Not texted: the caller opted out of texts" x 3, or "booked" x 12.
struct LabelledCount
{
    QString label; // in this desk's language
    qint64 count = 0;
    // What is counted, as stored ("cannot_receive_sms", "outbox:held"): the same on every desk.
    QString code = {};
    bool operator==(const LabelledCount&) const = default;
};

// How fast the office answers a customer: from their text (the first since our last answer) to
// the first answer a person sent, nearest-rank percentiles over the answers sent in the period.
struct ResponseTimes
{
    qint64 answers = 0;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p90Ms;
    qint64 within5Minutes = 0;
    std::optional<double> shareWithin5Minutes() const
    {
        return answers == 0 ? std::nullopt : std::optional<double>(double(within5Minutes) / double(answers));
    }
    bool operator==(const ResponseTimes&) const = default;
};

// The same for one person at the desk ("Maria"); empty person: texts sent outside Ringback.
struct PersonResponseTimes
{
    QString person;
    ResponseTimes times;
    bool operator==(const PersonResponseTimes&) const = default;
};

// What the office's average job is worth, and where that figure comes from.
enum class JobValueSource { WonJobs, Owner };

// What the owner's dashboard shows for one period. Every number comes from an SQL aggregate.
struct DashboardFigures
{
    // Missed calls: the business's inbound calls the automation judged missed, by when they ended.
    qint64 missedCalls = 0;
    // Of those, the ones whose text-back went out (outbox state "sent").
    qint64 texted = 0;
    // Why the rest were not texted, most frequent first: the policy's reason from the call's
    // verdict, or what became of a text that was queued but not sent (held, failed, waiting...).
    QList<LabelledCount> notTexted;
    // Texted calls whose caller wrote back after the text-back.
    qint64 replied = 0;
    // Time from the call's end to the text-back's sending, over the texted calls; none without data.
    std::optional<qint64> medianTimeToTextMs;
    std::optional<qint64> p95TimeToTextMs;
    // Leads that had a missed call in the period, by their status now (stored names: "new", ...).
    QList<LabelledCount> leadsByStatus;
    qint64 booked = 0;
    qint64 won = 0;
    // Sum of the estimated values of those leads that are booked or won, in cents.
    qint64 bookedWonValueCents = 0;
    // When the missed calls happened, in the business's local time: [0] is 0:00-0:59 and
    // Monday is [0] of missedByWeekday.
    std::array<qint64, 24> missedByHour{};
    std::array<qint64, 7> missedByWeekday{};
    // Missed calls that ended while nobody was texting (a gap between sender heartbeats,
    // sender_gaps): what an always-on worker would have texted. Of those, the ones that got no
    // text-back at all (left by the stale rule, or not reached since).
    qint64 missedWhileNobodyTexting = 0;
    qint64 missedWhileNobodyTextingNotTexted = 0;

    // Rates count only calls that ended after automation was switched on (the setting
    // AutomationEnabledSince; invalid: no switch-on recorded, every call counts). The rest are
    // "before Ringback".
    QDateTime automationSince;
    qint64 missedBeforeAutomation = 0;
    qint64 missedSinceAutomation = 0;
    // Leads with a missed call since the switch-on in the period, and of those booked or won now.
    qint64 leadsSinceAutomation = 0;
    qint64 bookedSinceAutomation = 0;

    // Money, in cents of the business's currency. The average job: the mean value of won jobs,
    // else the owner's own figure (setting AverageJobValueCents) while none is won.
    qint64 averageJobValueCents = 0;
    JobValueSource averageJobValueSource = JobValueSource::Owner;
    qint64 wonJobsValued = 0; // won jobs with a value behind the average
    // Recovered: jobs booked or won from leads whose missed call in the period Ringback texted;
    // a job with no value of its own counts at the average (recoveredEstimated of them).
    qint64 recoveredJobs = 0;
    qint64 recoveredEstimated = 0;
    qint64 recoveredCents = 0;
    // At risk: missed calls nobody texted, answered or called back, x the average job.
    qint64 atRiskCalls = 0;
    qint64 atRiskCents = 0;
    // What silence costs a year: missed calls a week x the share of callers that book x the
    // average job x 50 weeks. Weeks are local days / 7 (a DST week is still one week). None
    // before any call since the switch-on (no share that books yet).
    double missedPerWeek = 0;
    std::optional<double> bookedShare;
    std::optional<qint64> silenceCostPerYearCents;

    // Staff response time (DESIGN §10), for everyone and per person, most answers first.
    ResponseTimes staffResponse;
    QList<PersonResponseTimes> staffResponseByPerson;

    bool operator==(const DashboardFigures&) const = default;

    // Texted / missed since the switch-on, 0..1; none without such calls.
    std::optional<double> textedRate() const
    {
        if (missedSinceAutomation == 0)
            return std::nullopt;
        return double(texted) / double(missedSinceAutomation);
    }
    // Replied / texted, 0..1; none when nothing was texted.
    std::optional<double> replyRate() const
    {
        if (texted == 0)
            return std::nullopt;
        return double(replied) / double(texted);
    }
};

} // namespace ringback
