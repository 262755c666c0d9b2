#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>

namespace ringback::soak {

// One headless Ringback of the soak: started again at once after each SIGKILL (and a second later
// after any exit nobody asked for), its output appended to one log file across restarts.
class SoakDesk : public QObject
{
    Q_OBJECT
public:
    SoakDesk(QString name, QString program, QStringList arguments, QProcessEnvironment environment,
             QString logFile, QObject* parent = nullptr);

    QString name() const { return m_name; }
    void start();
    qint64 pid() const;
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // SIGKILL, then start again.
    void kill();
    // SIGTERM; SIGKILL after `graceMs`. `done(true)` when it exited by itself within that time.
    void stop(int graceMs, std::function<void(bool clean)> done);

    // SIGKILL and wait, with no restart (the soak is being torn down).
    void killForGood();

    int starts() const { return m_starts; }
    int kills() const { return m_kills; }
    int unexpectedExits() const { return m_unexpectedExits; }

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_name;
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_logFile;
    std::unique_ptr<QProcess> m_process;
    bool m_killing = false;
    bool m_stopping = false;
    bool m_stopTimedOut = false;
    std::function<void(bool)> m_stopped;
    int m_starts = 0;
    int m_kills = 0;
    int m_unexpectedExits = 0;
};

} // namespace ringback::soak
