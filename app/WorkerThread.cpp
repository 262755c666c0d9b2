#include "WorkerThread.h"

#include <QMetaObject>

namespace ringback::app {

WorkerThread::WorkerThread(AutomationWorker::Options options)
    : m_worker(new AutomationWorker(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("ringback-worker"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

void WorkerThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &AutomationWorker::start, Qt::QueuedConnection);
}

WorkerThread::~WorkerThread()
{
    if (m_thread.isRunning()) {
        // Ask the worker to stop on its own thread: it records or aborts the send in flight within
        // AutomationWorker::kStopWithinMs; then end the thread's event loop.
        QObject::connect(m_worker, &AutomationWorker::stopped, &m_thread, &QThread::quit,
                         Qt::DirectConnection);
        QMetaObject::invokeMethod(m_worker, &AutomationWorker::stop, Qt::QueuedConnection);
        if (!m_thread.wait(10'000)) {
            m_thread.quit();
            m_thread.wait();
        }
    } else {
        delete m_worker;
    }
}

} // namespace ringback::app
