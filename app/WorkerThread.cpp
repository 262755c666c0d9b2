#include "WorkerThread.h"

#include "common/Logging.h"

#include <QMetaObject>
#include <QThread>

namespace ringback::app {

WorkerThread::WorkerThread(AutomationWorker::Options options)
    : m_thread(new QThread)
    , m_worker(new AutomationWorker(std::move(options)))
{
    m_thread->setObjectName(QStringLiteral("ringback-worker"));
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

void WorkerThread::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &AutomationWorker::start, Qt::QueuedConnection);
}

bool WorkerThread::isRunning() const
{
    return m_thread->isRunning();
}

void WorkerThread::requestStop()
{
    if (std::exchange(m_stopRequested, true))
        return;
    // The worker records or aborts the send in flight, then its thread's event loop ends.
    QObject::connect(m_worker, &AutomationWorker::stopped, m_thread, &QThread::quit, Qt::DirectConnection);
    QMetaObject::invokeMethod(m_worker, &AutomationWorker::stop, Qt::QueuedConnection);
}

void WorkerThread::stop(std::function<void()> whenStopped)
{
    if (whenStopped) {
        if (m_thread->isRunning()) // finished() comes from the ending thread: queued to m_context
            QObject::connect(m_thread, &QThread::finished, &m_context, std::move(whenStopped));
        else
            QMetaObject::invokeMethod(&m_context, std::move(whenStopped), Qt::QueuedConnection);
    }
    if (m_thread->isRunning())
        requestStop();
}

WorkerThread::~WorkerThread()
{
    if (!m_thread->isRunning() && !m_thread->isFinished()) { // never started
        delete m_worker;
        delete m_thread;
        return;
    }
    requestStop();
    if (m_thread->wait(kJoinWithinMs)) {
        delete m_thread; // the worker went with the thread's end (deleteLater)
        return;
    }
    // Stuck in a statement on a database that stopped answering (stop() cannot run until it
    // returns): nothing here waits for it. Its loop ends after that statement; the thread and the
    // worker delete themselves then.
    qCWarning(lcWorker) << "the automation did not stop within" << kJoinWithinMs
                        << "ms; leaving its thread to end on its own";
    QThread* thread = m_thread;
    thread->quit();
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

} // namespace ringback::app
