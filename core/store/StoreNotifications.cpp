#include "StoreNotifications.h"

#include "Database.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QSqlError>

namespace ringback {

namespace {
constexpr int kMaxReconnectDelayMs = 30'000;
}

StoreNotifications::StoreNotifications(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<Kind>();
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &StoreNotifications::flush);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &StoreNotifications::tryReconnect);
    m_heartbeat.setInterval(5'000);
    connect(&m_heartbeat, &QTimer::timeout, this, &StoreNotifications::checkConnection);
    if (!m_db.dialect().hasAdvisoryLocks()) // SQLite: one desk, nothing to listen to
        return;
    subscribe();
    m_heartbeat.start();
}

StoreNotifications::~StoreNotifications()
{
    if (m_listening) {
        if (QSqlDriver* driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    }
}

void StoreNotifications::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

StoreNotifications::Kind StoreNotifications::kindOfTable(const QString& table)
{
    if (table == QLatin1String("messages"))
        return Kind::Message;
    if (table == QLatin1String("leads"))
        return Kind::Lead;
    if (table == QLatin1String("opt_outs") || table == QLatin1String("opt_out_intents"))
        return Kind::OptOut;
    if (table == QLatin1String("calls"))
        return Kind::Call;
    if (table == QLatin1String("typing"))
        return Kind::Typing;
    if (table == QLatin1String("settings"))
        return Kind::Setting;
    if (table == QLatin1String("business_hours") || table == QLatin1String("closures"))
        return Kind::Hours;
    if (table == QLatin1String("templates"))
        return Kind::Template;
    return Kind::Other;
}

void StoreNotifications::subscribe()
{
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver)
        return;
    // A reconnect gives a new driver connection: subscribe afresh, connect the signal once.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                onNotification(name, payload);
            });
    m_listening = driver->subscribeToNotification(QString::fromLatin1(kChannel));
    if (!m_listening)
        qCWarning(lcStore) << "cannot listen for other desks' changes" << driver->lastError().text();
}

void StoreNotifications::onNotification(const QString& name, const QVariant& payload)
{
    if (name != QLatin1String(kChannel))
        return;
    const QString text = payload.toString();
    const int colon = text.indexOf(QLatin1Char(':'));
    const Kind kind = kindOfTable(text.left(colon));
    const qint64 leadId = colon < 0 ? 0 : text.mid(colon + 1).toLongLong();
    m_pending.insert({int(kind), leadId});
    if (!m_flush.isActive())
        m_flush.start();
}

void StoreNotifications::flush()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto& [kind, leadId] : pending)
        emit changed(Kind(kind), leadId);
}

void StoreNotifications::checkConnection()
{
    if (m_lost)
        return;
    auto alive = m_db.exec(QStringLiteral("SELECT 1"));
    if (alive)
        return;
    m_lost = true;
    m_listening = false;
    m_heartbeat.stop();
    qCWarning(lcStore) << "lost the shared database:" << alive.error().detail;
    emit connectionLost(alive.error().message);
    m_reconnectDelayMs = 1000;
    m_reconnect.start(m_reconnectDelayMs);
}

void StoreNotifications::tryReconnect()
{
    if (auto r = m_db.reconnect(); !r) {
        m_reconnectDelayMs = qMin(m_reconnectDelayMs * 2, kMaxReconnectDelayMs);
        m_reconnect.start(m_reconnectDelayMs);
        return;
    }
    m_lost = false;
    subscribe();
    m_heartbeat.start();
    qCInfo(lcStore) << "reconnected to the shared database";
    emit reconnected();
}

} // namespace ringback
