#pragma once

#include "automation/AutomationWorker.h"
#include "common/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ringback::app {

// `ringback --headless`: only the worker, on the main thread, for an always-on machine or a
// script. Prints one line per decision; stops cleanly (outbox consistent) on SIGINT/SIGTERM or
// after `runSeconds` when that is positive. When the office chooses another provider in Settings
// (at any desk), it finishes the text in flight and carries on with the new one, as a desk does.
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    using FactoryReady = std::function<void(Result<AutomationWorker::ProviderFactory, QString>)>;
    // Finds the provider the shared settings name now (ProviderConnection::resolve).
    using ProviderResolver = std::function<void(FactoryReady)>;

    HeadlessRun(AutomationWorker::Options options, int runSeconds, ProviderResolver resolver = {},
                QObject* parent = nullptr);
    ~HeadlessRun() override;

    // Starts the worker and returns; `finished` gets the exit code once the worker has stopped
    // (2 at once when it cannot start). Runs in the caller's event loop.
    void start(std::function<void(int exitCode)> finished);

    AutomationWorker* worker() const { return m_worker.get(); }

signals:
    // A new worker took over after the provider changed (tests wait for it).
    void workerReplaced();

private:
    void startWorker();
    void replaceWorker();

    AutomationWorker::Options m_options;
    std::unique_ptr<AutomationWorker> m_worker;
    std::unique_ptr<AutomationWorker> m_stoppingWorker;
    int m_runSeconds = 0;
    ProviderResolver m_resolver;
    std::function<void(int)> m_finished;
    bool m_stopping = false;
    AutomationState::Mode m_lastMode = AutomationState::Mode::Stopped;
    QTimer m_stopWatch;
};

} // namespace ringback::app
