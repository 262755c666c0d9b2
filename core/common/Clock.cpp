#include "Clock.h"

namespace ringback {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ringback
