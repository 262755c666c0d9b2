#pragma once

#include <QString>

namespace ringback::process {

QString hostName();
qint64 currentPid();
// Whether a process with this id runs on this machine (a crashed holder of a lease does not).
bool isAlive(qint64 pid);

} // namespace ringback::process
