#pragma once

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

    // Replied / texted, 0..1; none when nothing was texted.
    std::optional<double> replyRate() const
    {
        if (texted == 0)
            return std::nullopt;
        return double(replied) / double(texted);
    }
};

} // namespace ringback
