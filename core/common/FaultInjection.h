#pragma once

namespace ringback::fault {

// Crash points for the exactly-once tests: when the environment variable RINGBACK_FAULT_POINT
// names this point, the process kills itself (SIGKILL: no clean-up, like a power cut) on
// reaching it. Compiled to nothing unless the build defines RINGBACK_FAULT_INJECTION, which the
// release preset does not.
void point(const char* name);

} // namespace ringback::fault
