#include "AppSetup.h"

#include "CommandLineOptions.h"
#include "ProviderConnection.h"
#include "automation/AutomationLease.h"
#include "common/CleanText.h"
#include "settings/CredentialChooser.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/StoreMigrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
            settings.stringValue(SettingKey::ProviderBaseUrl),
            settings.stringValue(SettingKey::ProviderContentBaseUrl)};
}

QString regionOf(Database& db)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    return Settings(&kv, nullptr).stringValue(SettingKey::BusinessRegion);
}

std::unique_ptr<CredentialStore> credentialsForThisComputer()
{
    QSettings machine;
    return CredentialChooser::forThisComputer(Settings(nullptr, &machine));
}

int runCommand(const std::function<void(Finish finish)>& steps)
{
    int exitCode = 0;
    bool finished = false;
    QTimer::singleShot(0, qApp, [&] {
        steps([&](int code) {
            if (std::exchange(finished, true))
                return;
            exitCode = code;
            QCoreApplication::exit(code);
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

void resolveDatabase(const CommandLineOptions& options, CredentialStore& credentials, LocationReady ready)
{
    QString argument = options.databasePath();
    if (argument.isEmpty() && !options.demo()) {
        QSettings machine;
        argument = Settings(nullptr, &machine).stringValue(SettingKey::DatabaseLocation);
    }
    if (argument.isEmpty())
        return ready(DatabaseLocation::sqliteFile(options.resolvedDatabasePath()));
    auto parsed = DatabaseLocation::fromArgument(argument);
    if (!parsed || !parsed->isShared())
        return ready(std::move(parsed));
    readDatabasePassword(parsed.value(), credentials, std::move(ready));
}

void readDatabasePassword(DatabaseLocation location, CredentialStore& credentials, LocationReady ready)
{
    const QString key = location.credentialKey();
    credentials.read(key, [location = std::move(location),
                           ready = std::move(ready)](Result<QString, CredentialError> password) mutable {
        if (password)
            location.password = password.value();
        else if (password.error().kind == CredentialError::Kind::Denied)
            return ready(password.error().message);
        // Nothing saved, or no keychain: libpq's own ways (PGPASSWORD, ~/.pgpass) still apply.
        ready(std::move(location));
    });
}

namespace {

// --move-to, once the shared database's password is known.
int moveTo(const CommandLineOptions& options, const DatabaseLocation& shared)
{
    const auto fail = [](const QString& sentence) {
        std::fputs(qPrintable(printableText(sentence) + QLatin1Char('\n')), stderr);
        return 2;
    };
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

} // namespace

int moveToShared(const CommandLineOptions& options)
{
    auto target = DatabaseLocation::fromUrl(options.moveToUrl());
    if (!target) {
        std::fputs(qPrintable(printableText(target.error()) + QLatin1Char('\n')), stderr);
        return 2;
    }
    const std::unique_ptr<CredentialStore> credentials = credentialsForThisComputer();
    return runCommand([&](Finish finish) {
        readDatabasePassword(
            target.value(), *credentials, [&options, finish](Result<DatabaseLocation, QString> shared) {
                if (!shared) {
                    std::fputs(qPrintable(printableText(shared.error()) + QLatin1Char('\n')), stderr);
                    return finish(2);
                }
                finish(moveTo(options, shared.value()));
            });
    });
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
    o.senderLabel = deskName.isEmpty() ? QHostInfo::localHostName() : deskName;
    o.senderKind = role == QLatin1String("headless") ? SenderBeat::Kind::Worker : SenderBeat::Kind::Desk;
    o.makeProvider = std::move(factory);
    return o;
}

} // namespace ringback::app
