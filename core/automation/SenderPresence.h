#pragma once

#include "hours/BusinessHours.h"
#include "store/SenderHeartbeatStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

// Who can text missed callers back, as the heartbeats in the store said when this process last
// read them (every cycle of its worker): which process holds the sending role, which others stand
// by, and the business hours. Carried to the UI inside AutomationState, by queued signal.
struct SenderPresence
{
    // "Another sender was seen lately": within this, quitting the last desk is not the last desk.
    static constexpr qint64 kOtherSenderSeenWithinMs = 60'000;

    QString ownHolder;       // this process's holder id (empty: nothing read yet)
    QList<SenderBeat> beats; // the running processes seen lately, the latest first
    QDateTime lastSendingAt; // the last sign of any sender (invalid: never)
    QDateTime readAt;
    std::optional<BusinessHours> hours;

    bool known() const { return !ownHolder.isEmpty(); }
    // The process texting now: a fresh beat that holds the sending role.
    std::optional<SenderBeat> sender(const QDateTime& now) const;
    bool thisProcessSends(const QDateTime& now) const;
    // Another running process (a desk or the always-on worker, sending or standing by) was seen
    // at or after `since`: it would take over if this one stopped.
    bool anotherSeenSince(const QDateTime& since) const;

    // Quitting this desk now would leave nobody to text callers tonight: it is the sender (or
    // nobody is), no other sender was seen in the last minute, and the business is closed or
    // closes within the hour (`hours` unknown: asked, to be safe).
    bool quittingLeavesNobody(const QDateTime& now) const;
};

} // namespace ringback
