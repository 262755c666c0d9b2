#pragma once

#include "Lead.h"

namespace ringback {

// The stores' order of leads in the inbox and on the board: latest activity first (PostgreSQL puts
// a lead without any first, and so does this), then the newest lead. Views that place a re-read
// row themselves use it to put it where the store would.
bool latestActivityFirst(const Lead& a, const Lead& b);

} // namespace ringback
