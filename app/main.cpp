#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "DesktopSession.h"
#include "DesktopStart.h"
#include "HeadlessRun.h"
#include "HeldTextsCommand.h"
#include "MainWindow.h"
#include "ProviderCheckCommand.h"
#include "ProviderConnection.h"
#include "SettingsFileCommand.h"
#include "SingleInstance.h"
#include "common/CleanText.h"
#include "common/LanguageLoader.h"
#include "common/Logging.h"
#include "common/ReadablePalette.h"
#include "settings/CredentialStore.h"
#include "settings/Settings.h"
#include "startup/AutostartRegistration.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace ringback;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ringback"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ringback.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Ringback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RINGBACK_VERSION));
    // Wayland compositors match the window to the menu entry (its name and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.ringback.Ringback"));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int printAndExit(const QString& text, int code)
{
    std::fputs(qPrintable(printableText(text)), code == 0 ? stdout : stderr);
    std::fputs("\n", code == 0 ? stdout : stderr);
    return code;
}

// The reason can quote a database server or a path: shown as plain text. Ringback ends (exit code
// 2) when the box is closed.
void cannotStart(const QString& sentence)
{
    auto* box =
        new QMessageBox(QMessageBox::Critical, QObject::tr("Ringback cannot start"), printableText(sentence));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(2); });
    box->open();
}

// The desktop app until it quits. `restart`: the user chose to start again now (a shared database
// was set up in Settings); main does it once everything here is closed, the single-instance socket
// included, so the new process does not hand over to this one.
int runDesktop(const app::CommandLineOptions& options, QCoreApplication& app, bool& restart)
{
    // One desktop window per user: a second launch brings the first forward and stops here, before
    // it opens the database or starts a worker.
    QString noInstanceSocket;
    app::SingleInstance instance(app::SingleInstance::nameForThisUser(&noInstanceSocket));
    if (instance.name().isEmpty()) {
        // Without a folder of this user's own, any local user could answer "show" and stop this
        // start: do without the single-instance socket rather than trust one.
        qCWarning(lcUi).noquote() << "starting without the single-instance socket:" << noInstanceSocket;
    } else {
        if (instance.handOverToRunning(options.minimized() ? app::SingleInstance::Request::StayHidden
                                                           : app::SingleInstance::Request::Show))
            return 0;
        instance.listen(); // without it a later launch opens a second window: no reason not to start
    }

    // Keep "start at sign-in" pointing at this program: an update or a moved app changes its path.
    // Best effort: a refusal shows on the Settings page, where the user can act on it.
    if (auto autostart = AutostartRegistration::forThisSystem(); autostart->isEnabled()) {
        if (auto r = autostart->enable(LaunchCommand::minimizedSelf()); !r)
            qCWarning(lcUi).noquote() << "could not refresh the start-at-sign-in entry:" << r.error().message;
    }

    // The shared database's password comes from the keychain, which may take a while (unlocking,
    // asking the user): start-up continues from its answer, with the event loop running.
    app::DesktopStart start(options, app::credentialsForThisComputer());
    QObject::connect(&instance, &app::SingleInstance::showRequested, &start,
                     &app::DesktopStart::bringWindowForward);
    QObject::connect(&start, &app::DesktopStart::failed, &start, [](const QString& sentence) {
        printAndExit(sentence, 2);
        cannotStart(sentence);
    });
    QObject::connect(&start, &app::DesktopStart::started, &start, [&start, &restart, &app] {
        QObject::connect(start.session(), &app::DesktopSession::restartRequested, &app, [&restart, &app] {
            restart = true;
            app.quit();
        });
    });
    start.start();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    logging::installPrintableMessageHandler();
    const QStringList rawArgs = argumentsOf(argc, argv);

    // --help and --version must work on a machine with no display, so no QApplication for them.
    std::unique_ptr<QCoreApplication> app;
    if (app::CommandLineOptions::needsNoDisplay(rawArgs))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setPalette(ui::readable::withReadableHints(QApplication::palette()));
    }

    if (!app::CommandLineOptions::needsNoDisplay(rawArgs)) {
        // For support (Help > Open the log folder), next to the data; stderr as before.
        const QString logs = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("logs"));
        if (!logging::startLogFile(logs))
            qCWarning(lcUi).noquote() << "Cannot write the log file in" << logs;
    }

    {
        // The language chosen in Settings on this computer, else the system's.
        QSettings machine;
        ui::LanguageLoader::install(Settings(nullptr, &machine).stringValue(SettingKey::Language));
    }

    app::CommandLineOptions options;
    if (!options.parse(QCoreApplication::arguments()))
        return printAndExit(options.errorText() + QStringLiteral("\n\n") + options.helpText(), 64);
    if (options.wantsHelp())
        return printAndExit(options.helpText(), 0);
    if (options.wantsVersion())
        return printAndExit(QStringLiteral("Ringback %1").arg(QCoreApplication::applicationVersion()), 0);
    if (options.checkProvider())
        return app::ProviderCheckCommand::run(options);
    if (!options.moveToUrl().isEmpty())
        return app::moveToShared(options);

    if (options.headless() || !options.exportSettingsFile().isEmpty() ||
        !options.importSettingsFile().isEmpty() || options.approveHeld()) {
        // Each step continues from the answer before it (the keychain's, for a shared database's
        // password and the provider's token); the command's own event loop runs meanwhile.
        const std::unique_ptr<CredentialStore> credentials = app::credentialsForThisComputer();
        std::unique_ptr<app::HeadlessRun> headless;
        return app::runCommand([&](const app::Finish& finish) {
            app::resolveDatabase(
                options, *credentials, [&, finish](Result<DatabaseLocation, QString> location) {
                    if (!location)
                        return finish(printAndExit(location.error(), 2));
                    auto opened = Database::open(location.value(), QStringLiteral("main"));
                    if (!opened)
                        return finish(printAndExit(opened.error().message, 2));
                    std::unique_ptr<Database> db = std::move(opened).value();
                    if (!options.exportSettingsFile().isEmpty())
                        return finish(app::SettingsFileCommand::exportTo(*db, options.exportSettingsFile()));
                    if (!options.importSettingsFile().isEmpty())
                        return finish(
                            app::SettingsFileCommand::importFrom(*db, options.importSettingsFile()));
                    if (options.approveHeld())
                        return finish(app::approveHeldTexts(*db));
                    const app::SavedProvider saved = app::savedProviderOf(*db);
                    db.reset(); // the worker opens its own connection
                    app::ProviderConnection::resolve(
                        options, saved,
                        [&, finish, where = location.value()](
                            Result<AutomationWorker::ProviderFactory, QString> factory) {
                            if (!factory)
                                return finish(printAndExit(factory.error(), 2));
                            // The provider the shared settings name when they change later.
                            app::HeadlessRun::ProviderResolver resolver =
                                [&options, where](const app::HeadlessRun::FactoryReady& ready) {
                                    auto again = Database::open(where, QStringLiteral("provider"));
                                    if (!again)
                                        return ready(again.error().message);
                                    const app::SavedProvider now = app::savedProviderOf(*again.value());
                                    again.value().reset();
                                    app::ProviderConnection::resolve(options, now, ready);
                                };
                            headless = std::make_unique<app::HeadlessRun>(
                                app::workerOptions(where, factory.value(), QStringLiteral("headless")),
                                options.runSeconds(), std::move(resolver));
                            headless->start(finish);
                        });
                });
        });
    }

    bool restart = false;
    const int code = runDesktop(options, *app, restart);
    if (restart &&
        !QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 app::DesktopSession::argumentsForRestart(QCoreApplication::arguments())))
        return printAndExit(QObject::tr("Ringback could not start again: open it from the menu."), 1);
    return code;
}
