#include "AppSetup.h"

#include "CommandLineOptions.h"
#include "ProviderConnection.h"
#include "automation/AutomationLease.h"
#include "settings/KeychainCredentialStore.h"
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

QString regionOf(Database& db)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    return Settings(&kv, nullptr).stringValue(SettingKey::BusinessRegion);
}

Result<AutomationWorker::ProviderFactory, QString> resolveProvider(const CommandLineOptions& options,
                                                                   const QString& accountSid)
{
    std::optional<Result<AutomationWorker::ProviderFactory, QString>> result;
    QEventLoop wait;
    ProviderConnection::resolve(options, accountSid,
                                [&](Result<AutomationWorker::ProviderFactory, QString> r) {
                                    result = std::move(r);
                                    wait.quit();
                                });
    if (!result)
        wait.exec();
    return std::move(*result);
}

Result<DatabaseLocation, QString> resolveDatabase(const CommandLineOptions& options)
{
    QString argument = options.databasePath();
    if (argument.isEmpty() && !options.demo()) {
        QSettings machine;
        argument = Settings(nullptr, &machine).stringValue(SettingKey::DatabaseLocation);
    }
    if (argument.isEmpty())
        return DatabaseLocation::sqliteFile(options.resolvedDatabasePath());
    auto parsed = DatabaseLocation::fromArgument(argument);
    if (!parsed || !parsed->isShared())
        return parsed;
    DatabaseLocation location = parsed.value();

    KeychainCredentialStore keychain;
    std::optional<Result<QString, CredentialError>> password;
    QEventLoop wait;
    keychain.read(location.credentialKey(), [&](Result<QString, CredentialError> r) {
        password = std::move(r);
        wait.quit();
    });
    if (!password)
        wait.exec();
    if (password->ok())
        location.password = password->value();
    else if (password->error().kind == CredentialError::Kind::Denied)
        return password->error().message;
    return location;
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
