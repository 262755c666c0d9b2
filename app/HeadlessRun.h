#pragma once

#include "automation/AutomationWorker.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace ringback::app {

// `ringback --headless`: only the worker, on the main thread, for an always-on machine or a
// script. Prints one line per decision; stops cleanly (outbox consistent) on SIGINT/SIGTERM or
// after `runSeconds` when that is positive.
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    HeadlessRun(AutomationWorker::Options options, int runSeconds, QObject* parent = nullptr);
    ~HeadlessRun() override;

    // Starts the worker and returns; `finished` gets the exit code once the worker has stopped
    // (2 at once when it cannot start). Runs in the caller's event loop.
    void start(std::function<void(int exitCode)> finished);

private:
    AutomationWorker m_worker;
    int m_runSeconds = 0;
    AutomationState::Mode m_lastMode = AutomationState::Mode::Stopped;
    QTimer m_stopWatch;
};

} // namespace ringback::app
