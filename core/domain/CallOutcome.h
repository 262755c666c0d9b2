#pragma once

#include "Call.h"

namespace ringback {

// What a call in the log asks of the office, from the automation's codes: the Calls page colours
// by it, so a missed call that was texted back no longer looks like one nobody handled.
enum class CallOutcomeKind {
    InProgress,      // still ringing or talking
    Undecided,       // ended, the automation has not decided yet
    Answered,        // someone picked up
    TextedBack,      // missed, and the text-back went out
    HeldForApproval, // missed, its text-back waits for a person (over the hourly limit)
    NeedsCallBack,   // missed, and nobody reached them: no text could or did go out
    NotTexted,       // missed, not texted for a reason that needs nobody (opted out, texted recently...)
    NotForBusiness,  // a call the business did not receive (outbound legs, other numbers)
};

CallOutcomeKind callOutcomeKind(const Call& call);

} // namespace ringback
