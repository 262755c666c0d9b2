#include "AppSetup.h"

#include "CommandLineOptions.h"
#include "ProviderConnection.h"
#include "automation/AutomationLease.h"
#include "common/CleanText.h"
#include "settings/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/StoreMigrator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>

#include <cstdio>
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
    if (const QString refused = readDatabasePassword(location); !refused.isEmpty())
        return refused;
    return location;
}

QString readDatabasePassword(DatabaseLocation& location)
{
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
    return {};
}

int moveToShared(const CommandLineOptions& options)
{
    const auto fail = [](const QString& sentence) {
        std::fputs(qPrintable(printableText(sentence) + QLatin1Char('\n')), stderr);
        return 2;
    };
    auto target = DatabaseLocation::fromUrl(options.moveToUrl());
    if (!target)
        return fail(target.error());
    DatabaseLocation shared = target.value();
    if (const QString refused = readDatabasePassword(shared); !refused.isEmpty())
        return fail(refused);
    const QString file = options.resolvedDatabasePath();
    if (DatabaseLocation::isUrl(file) || !QFileInfo::exists(file))
        return fail(QCoreApplication::translate("ringback::app",
                                                "There is no database file at %1 to move. Give "
                                                "the desk's file with --db.")
                        .arg(file));
    auto from = Database::open(DatabaseLocation::sqliteFile(file), QStringLiteral("move-from"));
    if (!from)
        return fail(from.error().message);
    auto to = Database::open(shared, QStringLiteral("move-to"));
    if (!to)
        return fail(to.error().message);
    auto moved = StoreMigrator::copy(*from.value(), *to.value());
    if (!moved)
        return fail(moved.error().message);
    QSettings machine;
    Settings(nullptr, &machine).setValue(SettingKey::DatabaseLocation, shared.toArgument());
    std::fputs(
        qPrintable(QCoreApplication::translate("ringback::app",
                                               "Moved %n record(s) to %1. This desk now uses the shared "
                                               "database; %2 stays as a backup.\n",
                                               nullptr, int(moved->totalRows()))
                       .arg(shared.displayName(), file)),
        stdout);
    return 0;
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
