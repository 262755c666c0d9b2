#pragma once

#include "StoreError.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace ringback {

class Database;

// The listening side of live updates between desks: subscribes the desk's UI connection to
// PostgreSQL's ringback_changes channel (migration 4's triggers notify it after every write that
// matters) and says what changed. Bursts (the worker recording 200 texts) are folded into one
// signal per (kind, lead) per turn of the event loop.
// It also watches the connection: when the server goes away it says so once, reconnects with a
// growing pause (1 s, 2 s, 4 s... up to 30 s), and after reconnecting asks for a full re-read,
// since notifications sent meanwhile are lost. On SQLite (one desk) it does nothing.
class StoreNotifications : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Message, Lead, OptOut, Call, Typing, Setting, Hours, Template, Other };
    Q_ENUM(Kind)

    static constexpr const char* kChannel = "ringback_changes";

    // Lives on the thread that owns the connection (a QSqlDatabase is bound to its thread).
    explicit StoreNotifications(Database& db, QObject* parent = nullptr);
    ~StoreNotifications() override;

    bool listening() const { return m_listening; }
    // How often the connection is checked while no notification arrives (tests shorten it).
    void setHeartbeatInterval(int ms);

    static Kind kindOfTable(const QString& table);

signals:
    void changed(ringback::StoreNotifications::Kind kind, qint64 leadId);
    // The shared database cannot be reached: a sentence for the status bar.
    void connectionLost(const QString& sentence);
    // Back after connectionLost: everything may have changed meanwhile, re-read it all.
    void reconnected();

private:
    void subscribe();
    void onNotification(const QString& name, const QVariant& payload);
    void flush();
    void checkConnection();
    void tryReconnect();

    Database& m_db;
    bool m_listening = false;
    bool m_lost = false;
    int m_reconnectDelayMs = 1000;
    QSet<QPair<int, qint64>> m_pending;
    QTimer m_flush;
    QTimer m_heartbeat;
    QTimer m_reconnect;
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::StoreNotifications::Kind)
