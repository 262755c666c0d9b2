#include "HeadlessRun.h"

#include "common/CleanText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace ringback::app {

namespace {

std::atomic<bool> g_stopRequested{false};

extern "C" void requestStop(int)
{
    g_stopRequested.store(true);
}

void printLine(const QString& text)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // Decisions and states carry outside text (provider errors, names): printed as text only.
    std::fprintf(stdout, "%s %s\n", qPrintable(stamp), qPrintable(printableText(text)));
    std::fflush(stdout);
}

} // namespace

HeadlessRun::HeadlessRun(AutomationWorker::Options options, int runSeconds, ProviderResolver resolver,
                         QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_runSeconds(runSeconds)
    , m_resolver(std::move(resolver))
{}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::start(std::function<void(int)> finished)
{
    m_finished = std::move(finished);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    // A signal handler may only set a flag; the event loop looks at it.
    connect(&m_stopWatch, &QTimer::timeout, this, [this] {
        if (g_stopRequested.load()) {
            m_stopWatch.stop();
            m_stopping = true;
            printLine(
                QCoreApplication::translate("ringback::app", "Stopping: finishing the text in flight."));
            if (m_worker)
                m_worker->stop();
            else if (!m_stoppingWorker)
                m_finished(0); // between two workers (the provider was being found again)
        }
    });
    m_stopWatch.start(200);
    if (m_runSeconds > 0)
        QTimer::singleShot(m_runSeconds * 1000, this, [] { g_stopRequested.store(true); });

    m_worker = std::make_unique<AutomationWorker>(m_options);
    startWorker();
    if (m_worker->state().mode == AutomationState::Mode::Degraded) {
        std::fprintf(stderr, "%s\n", qPrintable(printableText(m_worker->state().detail)));
        m_stopWatch.stop();
        m_finished(2);
    }
}

void HeadlessRun::startWorker()
{
    AutomationWorker* worker = m_worker.get();
    connect(worker, &AutomationWorker::decided, this, [](const QString& line) { printLine(line); });
    connect(worker, &AutomationWorker::stateChanged, this, [this](const AutomationState& s) {
        // Print changes of mode, not every poll.
        if (s.mode != m_lastMode ||
            (s.mode != AutomationState::Mode::Live && s.mode != AutomationState::Mode::Paused))
            printLine(s.describe());
        m_lastMode = s.mode;
    });
    connect(
        worker, &AutomationWorker::stopped, this,
        [this, worker] {
            if (m_stoppingWorker.get() == worker)
                return; // replaced: the next one is on its way
            m_finished(0);
        },
        Qt::QueuedConnection);
    if (m_resolver)
        connect(worker, &AutomationWorker::providerSettingsChanged, this, &HeadlessRun::replaceWorker,
                Qt::QueuedConnection);
    worker->start();
}

void HeadlessRun::replaceWorker()
{
    if (m_stopping || !m_worker)
        return;
    printLine(QCoreApplication::translate("ringback::app",
                                          "The provider changed in Settings: finishing the text in flight, "
                                          "then carrying on with the new one."));
    m_stoppingWorker = std::move(m_worker);
    AutomationWorker* old = m_stoppingWorker.get();
    connect(
        old, &AutomationWorker::stopped, this,
        [this] {
            // Deleted from the event loop, not inside its own signal.
            QTimer::singleShot(0, this, [this] {
                m_stoppingWorker.reset();
                if (m_stopping)
                    return m_finished(0);
                m_resolver([this](Result<AutomationWorker::ProviderFactory, QString> factory) {
                    if (m_stopping)
                        return; // the stop watch finished the run while the provider was found
                    if (!factory) {
                        // Not a reason to stop an always-on worker for good: the service
                        // manager restarts it, and the office can fix Settings meanwhile.
                        std::fprintf(stderr, "%s\n", qPrintable(printableText(factory.error())));
                        return m_finished(2);
                    }
                    AutomationWorker::Options next = m_options;
                    next.makeProvider = factory.value();
                    m_worker = std::make_unique<AutomationWorker>(next);
                    startWorker();
                    emit workerReplaced();
                });
            });
        },
        Qt::QueuedConnection);
    old->stop();
}

} // namespace ringback::app
