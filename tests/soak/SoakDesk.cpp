#include "SoakDesk.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace ringback::soak {

SoakDesk::SoakDesk(QString name, QString program, QStringList arguments, QProcessEnvironment environment,
                   QString logFile, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_environment(std::move(environment))
    , m_logFile(std::move(logFile))
{}

void SoakDesk::start()
{
    if (m_process) { // may be emitting finished() right now: delete it later
        m_process->disconnect(this);
        m_process.release()->deleteLater();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
    connect(m_process.get(), &QProcess::finished, this, &SoakDesk::onFinished);
    {
        QFile log(m_logFile);
        if (log.open(QIODevice::Append))
            log.write(QStringLiteral("=== soak: %1 starts %2 (start %3)\n")
                          .arg(m_name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                          .arg(m_starts + 1)
                          .toUtf8());
    }
    m_process->start(m_program, m_arguments);
    ++m_starts;
}

qint64 SoakDesk::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void SoakDesk::kill()
{
    if (!running() || m_stopping)
        return;
    m_killing = true;
    ++m_kills;
    m_process->kill();
}

void SoakDesk::killForGood()
{
    m_stopping = true;
    if (!running())
        return;
    m_process->kill();
    m_process->waitForFinished(5'000);
}

void SoakDesk::stop(int graceMs, std::function<void(bool)> done)
{
    m_stopping = true;
    m_stopped = std::move(done);
    if (!running()) {
        auto stopped = std::move(m_stopped);
        return stopped(true);
    }
    m_process->terminate();
    QTimer::singleShot(graceMs, this, [this] {
        if (!running())
            return;
        std::fprintf(stdout, "soak: %s did not stop within the grace period after SIGTERM; SIGKILL\n",
                     qPrintable(m_name));
        m_stopTimedOut = true;
        m_process->kill();
    });
}

void SoakDesk::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping) {
        if (m_stopped) {
            auto stopped = std::move(m_stopped);
            stopped(!m_stopTimedOut && status == QProcess::NormalExit && exitCode == 0);
        }
        return;
    }
    if (m_killing) {
        m_killing = false;
        return start();
    }
    ++m_unexpectedExits;
    std::fprintf(stdout, "soak: %s exited by itself (code %d, %s); starting it again in 1 s\n",
                 qPrintable(m_name), exitCode, status == QProcess::CrashExit ? "crashed" : "normal exit");
    QTimer::singleShot(1'000, this, [this] {
        if (!m_stopping)
            start();
    });
}

} // namespace ringback::soak
