#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ringback::app {

// One desktop Ringback per user: the first window listens on a local socket (a named pipe on
// Windows); a second launch tells it to come forward and exits, so two workers never poll the
// same account from one desk. Headless runs and one-shot commands do not take part.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Request { Show, StayHidden };

    // The socket's name: one per user (and per RINGBACK_INSTANCE_NAME, which tests set so that
    // parallel runs do not meet each other).
    static QString nameForThisUser();

    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when a running instance accepted the request; this process should then exit. Waits up
    // to a second or two: it runs before the event loop, when this process has nothing else to do.
    bool handOverToRunning(Request request);
    // Listens for later launches. A socket left behind by a crashed instance (nothing accepts
    // connections on it) is replaced. False when another instance holds it or listening failed.
    bool listen();
    QString name() const { return m_name; }

signals:
    // A later launch asked for the window.
    void showRequested();

private:
    void answer();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace ringback::app
