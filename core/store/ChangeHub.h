#pragma once

#include "StoreNotifications.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// What a view of the business's configuration must follow at once: a setting, the business hours
// or a template changed in a store. Writers announce here (Settings, BusinessHoursStore,
// TemplateStore), so no write path of this process can forget, whatever connection or thread it
// used; the desk forwards what other desks changed (StoreNotifications, through NOTIFY) here too.
// Views listen for their own store only (storeKey): two desks in one test process on different
// stores do not hear each other. Announcing is thread-safe; a listener on another thread gets the
// signal queued.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    enum class Topic { Settings, BusinessHours, Templates };
    Q_ENUM(Topic)

    static ChangeHub& instance();
    // The same for every connection to one store (its file, or its server and database).
    static QString storeKey(const Database& db);
    // The topic a table's change notification is about, if it is one of these.
    static std::optional<Topic> topicOf(StoreNotifications::Kind kind);

    void announce(const Database& db, Topic topic);
    void announce(const QString& storeKey, Topic topic);

signals:
    void changed(const QString& storeKey, ringback::ChangeHub::Topic topic);

private:
    ChangeHub() = default;
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::ChangeHub::Topic)
