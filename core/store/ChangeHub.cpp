#include "ChangeHub.h"

#include "Database.h"

namespace ringback {

ChangeHub& ChangeHub::instance()
{
    static ChangeHub* hub = [] {
        qRegisterMetaType<Topic>();
        return new ChangeHub; // lives as long as the process: announced to from any thread
    }();
    return *hub;
}

QString ChangeHub::storeKey(const Database& db)
{
    return db.location().toArgument();
}

std::optional<ChangeHub::Topic> ChangeHub::topicOf(StoreNotifications::Kind kind)
{
    switch (kind) {
    case StoreNotifications::Kind::Setting:
        return Topic::Settings;
    case StoreNotifications::Kind::Hours:
        return Topic::BusinessHours;
    case StoreNotifications::Kind::Template:
        return Topic::Templates;
    default:
        return std::nullopt;
    }
}

void ChangeHub::announce(const Database& db, Topic topic)
{
    announce(storeKey(db), topic);
}

void ChangeHub::announce(const QString& storeKey, Topic topic)
{
    emit changed(storeKey, topic);
}

} // namespace ringback
