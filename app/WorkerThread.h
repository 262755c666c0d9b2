#pragma once

#include "automation/AutomationWorker.h"

#include <QObject>

#include <functional>

class QThread;

namespace ringback::app {

// Owns the automation worker and the thread it lives on. Stopping asks the worker to stop on its
// thread (so the send in flight is recorded or left `uncertain` for a look-up, within
// AutomationWorker::kStopWithinMs) and never makes the window wait: stop() returns at once and
// says when the thread has ended; destruction waits at most kJoinWithinMs, after which a thread
// stuck on a database that stopped answering is left to end on its own (a text it was sending is
// reconciled before any resend, DESIGN §5).
class WorkerThread
{
public:
    static constexpr int kJoinWithinMs = AutomationWorker::kStopWithinMs + 1'000;

    explicit WorkerThread(AutomationWorker::Options options);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The worker lives on the other thread: connect to its signals (queued), never call it directly.
    AutomationWorker* worker() const { return m_worker; }
    void start();
    bool isRunning() const;
    // Asks the worker to stop and returns; `whenStopped` runs on the caller's thread once the
    // worker's thread has ended (not at all if this object is destroyed first).
    void stop(std::function<void()> whenStopped = {});

private:
    void requestStop();

    QThread* m_thread;
    AutomationWorker* m_worker;
    QObject m_context; // on the owner's thread: where whenStopped runs
    bool m_stopRequested = false;
};

} // namespace ringback::app
