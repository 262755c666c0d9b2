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

HeadlessRun::HeadlessRun(AutomationWorker::Options options, int runSeconds, QObject* parent)
    : QObject(parent)
    , m_worker(std::move(options))
    , m_runSeconds(runSeconds)
{}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::start(std::function<void(int)> finished)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    connect(&m_worker, &AutomationWorker::decided, this, [](const QString& line) { printLine(line); });
    connect(&m_worker, &AutomationWorker::stateChanged, this, [this](const AutomationState& s) {
        // Print changes of mode, not every poll.
        if (s.mode != m_lastMode ||
            (s.mode != AutomationState::Mode::Live && s.mode != AutomationState::Mode::Paused))
            printLine(s.describe());
        m_lastMode = s.mode;
    });
    connect(
        &m_worker, &AutomationWorker::stopped, this, [finished] { finished(0); }, Qt::QueuedConnection);

    // A signal handler may only set a flag; the event loop looks at it.
    connect(&m_stopWatch, &QTimer::timeout, this, [this] {
        if (g_stopRequested.load()) {
            m_stopWatch.stop();
            printLine(
                QCoreApplication::translate("ringback::app", "Stopping: finishing the text in flight."));
            m_worker.stop();
        }
    });
    m_stopWatch.start(200);
    if (m_runSeconds > 0)
        QTimer::singleShot(m_runSeconds * 1000, this, [] { g_stopRequested.store(true); });

    m_worker.start();
    if (m_worker.state().mode == AutomationState::Mode::Degraded) {
        std::fprintf(stderr, "%s\n", qPrintable(printableText(m_worker.state().detail)));
        m_stopWatch.stop();
        finished(2);
    }
}

} // namespace ringback::app
