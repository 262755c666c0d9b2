#include "DeskConnection.h"

#include "Database.h"
#include "common/Logging.h"

#include <QAtomicInt>
#include <QThread>

namespace ringback {

namespace {
constexpr int kWatchEveryMs = 250;
constexpr int kPingEveryMs = 1'000;
constexpr int kRetryOpenMs = 5'000;
} // namespace

// Lives on DeskConnection's thread: opens the connection there, runs the jobs in order, and hosts
// the listener for other desks' changes.
class DeskConnectionWorker : public QObject
{
    Q_OBJECT
public:
    DeskConnectionWorker(DatabaseLocation location, QString connectionName)
        : m_location(std::move(location))
        , m_connectionName(std::move(connectionName))
        , m_retryOpen(this) // a child, so it moves to the connection's thread with the worker
    {
        m_retryOpen.setSingleShot(true);
        connect(&m_retryOpen, &QTimer::timeout, this, &DeskConnectionWorker::open);
    }

    void open()
    {
        if (m_db)
            return;
        DatabaseOptions options;
        options.migrate = false; // the UI connection migrated it already
        options.backupBeforeUpgrade = false;
        auto result = Database::open(m_location, m_connectionName, options);
        if (!result) {
            qCWarning(lcStore) << "desk connection: cannot open yet:" << result.error().detail;
            if (!std::exchange(m_openFailed, true))
                emit connectionLost(result.error().message);
            m_retryOpen.start(kRetryOpenMs);
            return;
        }
        m_db = std::move(result).value();
        m_notes = std::make_unique<StoreNotifications>(*m_db);
        if (m_heartbeatMs > 0)
            m_notes->setHeartbeatInterval(m_heartbeatMs);
        connect(m_notes.get(), &StoreNotifications::changed, this, &DeskConnectionWorker::changed);
        connect(m_notes.get(), &StoreNotifications::connectionLost, this,
                &DeskConnectionWorker::connectionLost);
        connect(m_notes.get(), &StoreNotifications::reconnected, this, &DeskConnectionWorker::reconnected);
        emit opened();
        if (std::exchange(m_openFailed, false))
            emit reconnected();
    }

    void run(quint64 id, const std::function<DeskDelivery(Database&)>& job)
    {
        DeskDelivery delivery;
        if (m_db)
            delivery = job(*m_db);
        emit finished(id, delivery);
    }

    void setHeartbeatInterval(int ms)
    {
        m_heartbeatMs = ms;
        if (m_notes)
            m_notes->setHeartbeatInterval(ms);
    }

    // Closes the listener and the connection on this thread, then ends the thread's loop.
    void shutdown()
    {
        m_retryOpen.stop();
        m_notes.reset();
        m_db.reset();
        thread()->quit();
    }

signals:
    void finished(quint64 id, const ringback::DeskDelivery& delivery);
    void changed(ringback::StoreNotifications::Kind kind, qint64 leadId);
    void connectionLost(const QString& sentence);
    void reconnected();
    void opened();

private:
    DatabaseLocation m_location;
    QString m_connectionName;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreNotifications> m_notes;
    QTimer m_retryOpen;
    int m_heartbeatMs = 0;
    bool m_openFailed = false; // said connectionLost; reconnected follows the first open
};

DeskConnection::DeskConnection(const DatabaseLocation& location, QObject* parent)
    : QObject(parent)
    , m_where(location.displayName())
    , m_thread(new QThread)
{
    qRegisterMetaType<DeskDelivery>();
    qRegisterMetaType<StoreNotifications::Kind>();
    static QAtomicInt instances;
    m_worker =
        new DeskConnectionWorker(location, QStringLiteral("desk-io-%1").arg(instances.fetchAndAddRelaxed(1)));
    m_thread->setObjectName(QStringLiteral("ringback-desk-io"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DeskConnectionWorker::finished, this, &DeskConnection::finished);
    connect(m_worker, &DeskConnectionWorker::changed, this, &DeskConnection::changed);
    connect(m_worker, &DeskConnectionWorker::connectionLost, this, &DeskConnection::connectionLost);
    connect(m_worker, &DeskConnectionWorker::reconnected, this, &DeskConnection::reconnected);
    connect(m_worker, &DeskConnectionWorker::opened, this, [this] { m_open = true; });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &DeskConnectionWorker::open, Qt::QueuedConnection);

    m_clock.start();
    m_watch.setInterval(kWatchEveryMs);
    connect(&m_watch, &QTimer::timeout, this, &DeskConnection::watch);
    m_watch.start();
}

DeskConnection::~DeskConnection()
{
    disconnect(m_worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_worker, &DeskConnectionWorker::shutdown, Qt::QueuedConnection);
    if (m_thread->wait(kStopWithinMs)) {
        delete m_thread;
        return;
    }
    // Stuck in a statement on a server that stopped answering: it ends when the server answers or
    // the connection's keepalives give up. Nothing waits for it; the thread deletes itself then.
    qCWarning(lcStore) << "desk connection: left the database thread to finish on its own";
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

void DeskConnection::setHeartbeatInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->setHeartbeatInterval(ms); }, Qt::QueuedConnection);
}

void DeskConnection::submit(Job job)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, m_clock.elapsed());
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, job = std::move(job)] { worker->run(id, job); },
        Qt::QueuedConnection);
}

void DeskConnection::finished(quint64 id, const DeskDelivery& delivery)
{
    m_pending.remove(id);
    if (m_notAnswering &&
        (m_pending.isEmpty() || m_clock.elapsed() - m_pending.first() < m_notAnsweringAfterMs)) {
        m_notAnswering = false;
        qCInfo(lcStore) << "the shared database answers again";
        emit answeringAgain();
    }
    if (delivery.deliver)
        delivery.deliver();
}

void DeskConnection::watch()
{
    const qint64 now = m_clock.elapsed();
    if (m_pending.isEmpty()) {
        // Idle: a ping now and then, so a server that stopped answering is noticed even when
        // nobody types.
        if (now - m_lastPing >= kPingEveryMs) {
            m_lastPing = now;
            write([](Database& db) { return db.exec(QStringLiteral("SELECT 1")).ok(); });
        }
        return;
    }
    if (!m_notAnswering && now - m_pending.first() >= m_notAnsweringAfterMs) {
        m_notAnswering = true;
        qCWarning(lcStore) << "the shared database has not answered for" << (now - m_pending.first()) << "ms";
        emit notAnswering(tr("The shared database %1 is not answering. What you do here is kept and "
                             "saved when it answers again.")
                              .arg(m_where));
    }
}

} // namespace ringback

#include "DeskConnection.moc"
