#include "AppSetup.h"

#include "ProviderConnection.h"
#include "automation/AutomationLease.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QSettings>

#include <optional>

namespace ringback::app {

QString accountIdOf(Database& db)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    return Settings(&kv, nullptr).stringValue(SettingKey::ProviderAccountId);
}

SavedProvider savedProviderOf(Database& db)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    const Settings settings(&kv, nullptr);
    return {settings.stringValue(SettingKey::ProviderKind),
            settings.stringValue(SettingKey::ProviderAccountId),
            settings.stringValue(SettingKey::ProviderBaseUrl)};
}

QString regionOf(Database& db)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    return Settings(&kv, nullptr).stringValue(SettingKey::BusinessRegion);
}

Result<AutomationWorker::ProviderFactory, QString> resolveProvider(const CommandLineOptions& options,
                                                                   const SavedProvider& saved)
{
    std::optional<Result<AutomationWorker::ProviderFactory, QString>> result;
    QEventLoop wait;
    ProviderConnection::resolve(options, saved, [&](Result<AutomationWorker::ProviderFactory, QString> r) {
        result = std::move(r);
        wait.quit();
    });
    if (!result)
        wait.exec();
    return std::move(*result);
}

AutomationWorker::Options workerOptions(const DatabaseLocation& location,
                                        AutomationWorker::ProviderFactory factory, const QString& role)
{
    QSettings machine;
    const QString deskName = machine.value(QStringLiteral("desk/name")).toString();
    AutomationWorker::Options o;
    o.location = location;
    o.connectionName = QStringLiteral("worker");
    o.holderId = AutomationLease::holderIdFor(
        QStringLiteral("%1 %2").arg(deskName.isEmpty() ? QHostInfo::localHostName() : deskName, role));
    o.makeProvider = std::move(factory);
    return o;
}

} // namespace ringback::app
