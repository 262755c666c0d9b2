#include "SimulatedOffice.h"

#include "SeededRandom.h"

#include <algorithm>
#include <array>

namespace ringback::sim {

namespace {

// Relative call volume per local hour on a weekday: a trades office's phone is busiest first
// thing in the morning and early afternoon, and burst pipes do not wait for the morning.
constexpr std::array<double, 24> kHourWeights{0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.3, 1.0,
                                              1.6,  1.6,  1.4,  1.2,  0.9,  1.2,  1.3, 1.2,
                                              1.1,  0.8,  0.5,  0.3,  0.2,  0.15, 0.1, 0.07};
constexpr double kSaturdayFactor = 0.35;
constexpr double kSundayFactor = 0.15;

double hourWeightSum()
{
    double sum = 0;
    for (const double w : kHourWeights)
        sum += w;
    return sum;
}

constexpr std::array kOutcomes{
    SimulatedOutcome::Answered,          SimulatedOutcome::NoAnswer,        SimulatedOutcome::Busy,
    SimulatedOutcome::Canceled,          SimulatedOutcome::Failed,          SimulatedOutcome::ForwardedMissed,
    SimulatedOutcome::ForwardedAnswered, SimulatedOutcome::CarrierVoicemail};

struct LegTimes
{
    QDateTime start;
    QDateTime answered; // null: never answered
    QDateTime end;
};

SimulatedLeg makeLeg(const QString& sidText, const QString& parentSid, CallDirection direction,
                     const QString& from, const QString& to, CallStatus status, const LegTimes& t)
{
    SimulatedLeg leg;
    Call& c = leg.final;
    c.providerCallId = sidText;
    c.parentProviderCallId = parentSid;
    c.direction = direction;
    c.fromNumber = from;
    c.toNumber = to;
    c.status = status;
    c.startedAt = t.start;
    c.endedAt = t.end;
    // Twilio's duration is the time the leg was connected; empty when it never was.
    if (status == CallStatus::Completed && t.answered.isValid())
        c.durationSeconds = int(t.answered.secsTo(t.end));
    leg.answeredAt = t.answered;
    return leg;
}

// A talk that reached a person: mostly a few minutes, sometimes a long quote conversation.
int talkSeconds(QRandomGenerator& rng)
{
    return chance(rng, 65) ? uniform(rng, 45, 240) : uniform(rng, 240, 900);
}

} // namespace

SimulatedOffice::SimulatedOffice(const SimulatorSettings& settings)
    : m_settings(settings)
    , m_callers(settings)
    , m_zone(settings.timeZoneId)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(-6 * 3600); // Central Standard Time
}

qint64 SimulatedOffice::slotAt(const QDateTime& simulatedTime) const
{
    const qint64 ms = m_settings.start.msecsTo(simulatedTime);
    const qint64 slotMs = qint64(kSlotSeconds) * 1000;
    return ms >= 0 ? ms / slotMs : -((-ms + slotMs - 1) / slotMs);
}

QDateTime SimulatedOffice::slotStart(qint64 slot) const
{
    return m_settings.start.addSecs(slot * kSlotSeconds);
}

double SimulatedOffice::expectedCalls(qint64 slot) const
{
    if (slot >= 0) {
        const int mean = qMax(1, m_settings.liveMeanSecondsBetweenCalls);
        return double(kSlotSeconds) / mean;
    }
    const qint64 historySlots = qint64(m_settings.historyDays) * 86400 / kSlotSeconds;
    if (slot < -historySlots)
        return 0;
    return historyRate(slotStart(slot));
}

double SimulatedOffice::historyRate(const QDateTime& slotStartUtc) const
{
    static const double weightSum = hourWeightSum();
    const QDateTime local = slotStartUtc.toTimeZone(m_zone);
    double perDay = m_settings.historyCallsPerBusinessDay;
    if (local.date().dayOfWeek() == Qt::Saturday)
        perDay *= kSaturdayFactor;
    else if (local.date().dayOfWeek() == Qt::Sunday)
        perDay *= kSundayFactor;
    const double perHour = perDay * kHourWeights.at(std::size_t(local.time().hour())) / weightSum;
    return perHour * kSlotSeconds / 3600.0;
}

QList<SimulatedCall> SimulatedOffice::callsInSlot(qint64 slot) const
{
    const double expected = expectedCalls(slot);
    if (expected <= 0)
        return {};
    QRandomGenerator rng = seeded(m_settings.seed, Stream::Slot, {slot});
    const int count = poisson(rng, expected);
    QList<SimulatedCall> calls;
    calls.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime start = slotStart(slot).addSecs(rng.bounded(kSlotSeconds));
        calls << makeCall(slot, i, start);
    }
    std::stable_sort(calls.begin(), calls.end(), [](const SimulatedCall& a, const SimulatedCall& b) {
        return a.parent().startedAt < b.parent().startedAt;
    });
    return calls;
}

QList<SimulatedCall> SimulatedOffice::callsStartedBetween(const QDateTime& from, const QDateTime& to) const
{
    QList<SimulatedCall> out;
    if (!from.isValid() || !to.isValid() || from >= to)
        return out;
    for (qint64 slot = slotAt(from), last = slotAt(to); slot <= last; ++slot) {
        for (SimulatedCall& call : callsInSlot(slot)) {
            const QDateTime& s = call.parent().startedAt;
            if (s >= from && s < to)
                out << std::move(call);
        }
    }
    return out;
}

SimulatedCall SimulatedOffice::makeCall(qint64 slot, int index, const QDateTime& start) const
{
    QRandomGenerator rng = seeded(m_settings.seed, Stream::Call, {slot, index});
    QList<int> weights;
    for (const SimulatedOutcome o : kOutcomes)
        weights << m_settings.outcomes.weight(o);
    const int drawn = weightedIndex(rng, weights);

    SimulatedCall call;
    call.outcome = kOutcomes.at(std::size_t(qMax(0, drawn)));
    const SimulatedCaller caller = m_callers.draw(rng);
    call.callerIsWithheld = caller.withheld;
    const QStringList& business = m_settings.businessNumbers;
    // Most calls reach the main line; the second number (if any) takes the rest.
    const QString to = business.size() > 1 && chance(rng, 15) ? business.at(1) : business.value(0);
    // Ids come from a generator of their own that also has the slot's moment: a demo restarted on
    // the same database counts its slots from 0 again, and must not hand out the call ids an
    // earlier run used (the store would take them for those old calls). The call itself stays what
    // the slot always gives (the first minutes as lively as ever); the same start, the same ids.
    QRandomGenerator ids =
        seeded(m_settings.seed, Stream::CallId, {slot, index, slotStart(slot).toMSecsSinceEpoch()});
    rng.discard(8); // the ids' draws before they had their own generator: the rest stays the same
    const QString parentSid = sid(ids, "CA");
    const QString childSid = sid(ids, "CA");
    const QString cell =
        m_settings.staffCells.isEmpty() ? m_settings.frontDeskPhone : pick(rng, m_settings.staffCells);

    const auto parent = [&](CallStatus status, const LegTimes& t) {
        call.legs << makeLeg(parentSid, {}, CallDirection::Inbound, caller.callerId, to, status, t);
    };
    const auto child = [&](const QString& phone, CallStatus status, const LegTimes& t) {
        call.legs << makeLeg(childSid, parentSid, CallDirection::OutboundDial, caller.callerId, phone, status,
                             t);
    };
    // Calls with a <Dial> are answered by Twilio at once (in-progress) while the child leg rings.
    const QDateTime dialAt = start.addSecs(1);

    switch (call.outcome) {
    case SimulatedOutcome::Answered:
    case SimulatedOutcome::ForwardedAnswered: {
        const QDateTime pickedUp = dialAt.addSecs(uniform(rng, 4, 20));
        const QDateTime end = pickedUp.addSecs(talkSeconds(rng));
        parent(CallStatus::Completed, {start, start, end});
        const QString& phone = call.outcome == SimulatedOutcome::Answered ? m_settings.frontDeskPhone : cell;
        child(phone, CallStatus::Completed, {dialAt, pickedUp, end});
        break;
    }
    case SimulatedOutcome::NoAnswer:
        // Rings 6-20 s, then the caller gives up (or the carrier ends it): what the live watch sees.
        parent(CallStatus::NoAnswer, {start, {}, start.addSecs(uniform(rng, 6, 20))});
        break;
    case SimulatedOutcome::Busy:
        parent(CallStatus::Busy, {start, {}, start.addSecs(uniform(rng, 1, 3))});
        break;
    case SimulatedOutcome::Canceled:
        parent(CallStatus::Canceled, {start, {}, start.addSecs(uniform(rng, 3, 18))});
        break;
    case SimulatedOutcome::Failed:
        parent(CallStatus::Failed, {start, {}, start.addSecs(uniform(rng, 0, 2))});
        break;
    case SimulatedOutcome::ForwardedMissed: {
        const bool busy = chance(rng, 30);
        const QDateTime childEnd = dialAt.addSecs(busy ? uniform(rng, 1, 3) : uniform(rng, 18, 30));
        // After the dial fails the caller hears the greeting and hangs up.
        const QDateTime end = childEnd.addSecs(uniform(rng, 4, 40));
        parent(CallStatus::Completed, {start, start, end});
        child(cell, busy ? CallStatus::Busy : CallStatus::NoAnswer, {dialAt, {}, childEnd});
        break;
    }
    case SimulatedOutcome::CarrierVoicemail: {
        // The cell is off: its carrier's voicemail answers at once and the caller hangs up on it.
        const QDateTime end = dialAt.addSecs(uniform(rng, 3, 7));
        parent(CallStatus::Completed, {start, start, end});
        child(cell, CallStatus::Completed, {dialAt, dialAt, end});
        break;
    }
    }
    return call;
}

std::optional<Call> SimulatedOffice::legAt(const SimulatedLeg& leg, const QDateTime& now)
{
    const Call& f = leg.final;
    if (now < f.startedAt)
        return std::nullopt;
    if (now >= f.endedAt)
        return f;
    Call c = f;
    c.status =
        leg.answeredAt.isValid() && now >= leg.answeredAt ? CallStatus::InProgress : CallStatus::Ringing;
    c.endedAt = {};
    c.durationSeconds.reset();
    return c;
}

} // namespace ringback::sim
