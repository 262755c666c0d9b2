#include "FaultInjection.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstdlib>

namespace ringback::fault {

void point([[maybe_unused]] const char* name)
{
#ifdef RINGBACK_FAULT_INJECTION
    static const QByteArray wanted = qgetenv("RINGBACK_FAULT_POINT");
    if (wanted.isEmpty() || wanted != name)
        return;
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
#endif
}

} // namespace ringback::fault
