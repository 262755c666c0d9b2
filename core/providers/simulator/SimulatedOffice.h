#pragma once

#include "SimulatedCallers.h"
#include "SimulatorSettings.h"
#include "domain/Call.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace ringback::sim {

// One leg as it will be logged once final, and when it was answered (null: never), which decides
// whether a poll during the call sees it "ringing" or "in-progress".
struct SimulatedLeg
{
    Call final;
    QDateTime answeredAt;
};

struct SimulatedCall
{
    SimulatedOutcome outcome = SimulatedOutcome::Answered;
    QList<SimulatedLeg> legs; // the parent first, then its child legs
    bool callerIsWithheld = false;

    const Call& parent() const { return legs.first().final; }
};

// The office's phone log as a pure function of the settings: time is cut into slots of one
// simulated minute, and whether calls start in a slot, and everything about them, is drawn from
// generators seeded with (seed, slot index[, call index]). No state, so however often and in
// whichever chunks the log is read, the same settings give the same calls.
class SimulatedOffice
{
public:
    static constexpr int kSlotSeconds = 60;
    // No call lasts longer; a reader looking for calls that ended after T starts at T minus this.
    static constexpr int kMaxCallSeconds = 1800;

    explicit SimulatedOffice(const SimulatorSettings& settings);

    const SimulatorSettings& settings() const { return m_settings; }
    const SimulatedCallers& callers() const { return m_callers; }

    // Slot 0 starts at settings().start; history slots are negative.
    qint64 slotAt(const QDateTime& simulatedTime) const;
    QDateTime slotStart(qint64 slot) const;
    // The mean number of calls starting in a slot: the live rate from slot 0, the history rate
    // (weighted by business hours and weekday) before, nothing before the history window.
    double expectedCalls(qint64 slot) const;

    QList<SimulatedCall> callsInSlot(qint64 slot) const;
    // Calls that started in [from, to), oldest first.
    QList<SimulatedCall> callsStartedBetween(const QDateTime& from, const QDateTime& to) const;

    // The leg as a poll at `now` sees it: nothing before it started, "ringing"/"in-progress" with
    // no end and no duration while it lasts, the final record from its end on.
    static std::optional<Call> legAt(const SimulatedLeg& leg, const QDateTime& now);

private:
    SimulatedCall makeCall(qint64 slot, int index, const QDateTime& start) const;
    double historyRate(const QDateTime& slotStartUtc) const;

    SimulatorSettings m_settings;
    SimulatedCallers m_callers;
    QTimeZone m_zone;
};

} // namespace ringback::sim
