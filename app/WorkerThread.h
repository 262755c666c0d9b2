#pragma once

#include "automation/AutomationWorker.h"

#include <QThread>

namespace ringback::app {

// Owns the automation worker and the thread it lives on. Destroying it asks the worker to stop
// (so the send in flight is recorded), then quits and joins the thread: no dangling worker, no
// half-written outbox row.
class WorkerThread
{
public:
    explicit WorkerThread(AutomationWorker::Options options);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The worker lives on the other thread: connect to its signals (queued), never call it directly.
    AutomationWorker* worker() const { return m_worker; }
    void start();

private:
    QThread m_thread;
    AutomationWorker* m_worker;
};

} // namespace ringback::app
