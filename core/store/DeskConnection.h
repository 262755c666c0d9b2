#pragma once

#include "DatabaseLocation.h"
#include "StoreNotifications.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

namespace ringback {

class Database;
class DeskConnectionWorker;

// What a finished job hands back to the UI thread (run there, never on the connection's thread).
struct DeskDelivery
{
    std::function<void()> deliver;
};

// The desk's reads and writes on a shared database, off the UI thread: a connection of its own on
// a thread of its own (qBittorrent's DBResumeDataStorage does the same), so a server or network
// that stops answering never freezes the window. Jobs run in the order given; a read's result comes
// back to the UI thread by a queued signal and reaches its receiver only while that still exists.
// The listener for other desks' changes (StoreNotifications: LISTEN, heartbeat, reconnect) lives on
// the same thread and connection. It also watches itself: a job left unanswered for
// notAnsweringAfter() (a ping goes out every second while idle) makes it say the database is not
// answering, and the first answer after that says it is back.
class DeskConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kNotAnsweringAfterMs = 2'000;
    // At most this long, destruction waits for the thread to close its connection; a thread stuck
    // on a server that stopped answering is left to finish on its own (it holds nothing of ours).
    static constexpr int kStopWithinMs = 1'000;

    explicit DeskConnection(const DatabaseLocation& location, QObject* parent = nullptr);
    ~DeskConnection() override;

    // Runs `work(Database&)` on the connection's thread; then `done(result)` on this object's thread
    // if `receiver` still exists. Never blocks. While the connection cannot be opened, work is
    // skipped (and done not called).
    template <typename Work, typename Done>
    void read(QObject* receiver, Work work, Done done)
    {
        using T = std::invoke_result_t<Work, Database&>;
        submit([work = std::move(work), done = std::move(done),
                guard = QPointer<QObject>(receiver)](Database& db) mutable -> DeskDelivery {
            auto value = std::make_shared<T>(work(db));
            return {[done = std::move(done), guard, value]() mutable {
                if (guard)
                    done(std::move(*value));
            }};
        });
    }
    // Runs `work(Database&)` on the connection's thread; nothing comes back (best-effort writes
    // such as typing presence).
    template <typename Work>
    void write(Work work)
    {
        submit([work = std::move(work)](Database& db) mutable -> DeskDelivery {
            (void)work(db);
            return {};
        });
    }

    // Both shortened by tests.
    void setHeartbeatInterval(int ms);
    void setNotAnsweringAfter(int ms) { m_notAnsweringAfterMs = ms; }
    bool answering() const { return !m_notAnswering; }
    // The connection has been opened (on its thread) at least once.
    bool isOpen() const { return m_open; }
    // Jobs sent and not answered yet (pings included).
    int pendingJobs() const { return int(m_pending.size()); }

signals:
    // From StoreNotifications, on this object's thread.
    void changed(ringback::StoreNotifications::Kind kind, qint64 leadId);
    void connectionLost(const QString& sentence);
    void reconnected();
    // A job has waited notAnsweringAfter() for the server: a sentence for the status bar.
    void notAnswering(const QString& sentence);
    // The first answer after notAnswering(): what was waiting has run, re-read what is shown.
    void answeringAgain();

private:
    using Job = std::function<DeskDelivery(Database&)>;
    void submit(Job job);
    void finished(quint64 id, const DeskDelivery& delivery);
    void watch();

    QString m_where;
    QThread* m_thread;
    DeskConnectionWorker* m_worker;
    quint64 m_nextId = 1;
    QMap<quint64, qint64> m_pending; // job id -> sent at (m_clock ms)
    QElapsedTimer m_clock;
    qint64 m_lastPing = 0;
    QTimer m_watch;
    int m_notAnsweringAfterMs = kNotAnsweringAfterMs;
    bool m_notAnswering = false;
    bool m_open = false;
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::DeskDelivery)
