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

int runHeadless(AutomationWorker::Options options, int runSeconds)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    AutomationWorker worker(std::move(options));
    AutomationState::Mode lastMode = AutomationState::Mode::Stopped;
    QObject::connect(&worker, &AutomationWorker::decided, &worker,
                     [](const QString& line) { printLine(line); });
    QObject::connect(
        &worker, &AutomationWorker::stateChanged, &worker, [&lastMode](const AutomationState& s) {
            // Print changes of mode, not every poll.
            if (s.mode != lastMode ||
                (s.mode != AutomationState::Mode::Live && s.mode != AutomationState::Mode::Paused))
                printLine(s.describe());
            lastMode = s.mode;
        });
    QObject::connect(&worker, &AutomationWorker::stopped, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    // A signal handler may only set a flag; the event loop looks at it.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &worker, [&worker, &stopWatch] {
        if (g_stopRequested.load()) {
            stopWatch.stop();
            printLine(
                QCoreApplication::translate("ringback::app", "Stopping: finishing the text in flight."));
            worker.stop();
        }
    });
    stopWatch.start(200);
    if (runSeconds > 0)
        QTimer::singleShot(runSeconds * 1000, &worker, [] { g_stopRequested.store(true); });

    worker.start();
    if (worker.state().mode == AutomationState::Mode::Degraded) {
        std::fprintf(stderr, "%s\n", qPrintable(printableText(worker.state().detail)));
        return 2;
    }
    const int code = QCoreApplication::exec();
    return code;
}

} // namespace ringback::app
