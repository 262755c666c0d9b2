#pragma once

#include "automation/AutomationWorker.h"

namespace ringback::app {

// `ringback --headless`: only the worker, on the main thread, for an always-on machine or a
// script. Prints one line per decision; stops cleanly (outbox consistent) on SIGINT/SIGTERM or
// after `runSeconds` when that is positive.
int runHeadless(AutomationWorker::Options options, int runSeconds);

} // namespace ringback::app
