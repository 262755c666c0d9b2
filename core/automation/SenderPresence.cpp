#include "SenderPresence.h"

namespace ringback {

std::optional<SenderBeat> SenderPresence::sender(const QDateTime& now) const
{
    std::optional<SenderBeat> found;
    for (const SenderBeat& b : beats) {
        if (b.sending && b.isFreshAt(now) && (!found || b.lastSeenAt > found->lastSeenAt))
            found = b;
    }
    return found;
}

bool SenderPresence::thisProcessSends(const QDateTime& now) const
{
    const std::optional<SenderBeat> s = sender(now);
    return s && s->holder == ownHolder;
}

bool SenderPresence::anotherSeenSince(const QDateTime& since) const
{
    for (const SenderBeat& b : beats) {
        if (b.holder != ownHolder && b.running && b.lastSeenAt >= since)
            return true;
    }
    return false;
}

bool SenderPresence::quittingLeavesNobody(const QDateTime& now) const
{
    if (!known())
        return false; // this desk runs no automation: quitting it changes nothing
    const std::optional<SenderBeat> s = sender(now);
    if (s && s->holder != ownHolder)
        return false; // someone else is texting
    if (anotherSeenSince(now.addMSecs(-kOtherSenderSeenWithinMs)))
        return false; // a worker or another desk is there to take over
    if (hours && hours->isOpen(now) && hours->isOpen(now.addSecs(3600)))
        return false; // open, and for more than an hour yet: people are at the office
    return true;
}

} // namespace ringback
