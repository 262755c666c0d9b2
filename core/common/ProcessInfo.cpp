#include "ProcessInfo.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace ringback::process {

QString hostName()
{
    return QSysInfo::machineHostName();
}

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    // Signal 0 checks existence and permission without sending anything.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

QString holderId(const QString& label)
{
    return QStringLiteral("%1 (pid %2 on %3)").arg(label).arg(currentPid()).arg(hostName());
}

bool holderDiedHere(const QString& holder)
{
    const QString marker = QStringLiteral(" on %1)").arg(hostName());
    const int at = holder.lastIndexOf(QLatin1String("(pid "));
    if (at < 0 || !holder.endsWith(marker))
        return false;
    bool ok = false;
    const qint64 pid = holder.mid(at + 5, holder.size() - marker.size() - at - 5).toLongLong(&ok);
    return ok && pid > 0 && !isAlive(pid);
}

} // namespace ringback::process
