#pragma once

#include <QString>

namespace ringback::process {

QString hostName();
qint64 currentPid();
// Whether a process with this id runs on this machine (a crashed holder of a lease does not).
bool isAlive(qint64 pid);
// "<label> (pid 1234 on office-pc)": who holds a lease or a claim, such that another process on
// the same machine can tell when that holder has died.
QString holderId(const QString& label);
// The holder named by holderId() ran on this machine and its process is gone (crashed, killed).
// False when it runs elsewhere, says nothing usable, or is still alive.
bool holderDiedHere(const QString& holderId);

} // namespace ringback::process
