#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "DesktopSession.h"
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "ProviderCheckCommand.h"
#include "ProviderConnection.h"
#include "SettingsFileCommand.h"
#include "SingleInstance.h"
#include "common/CleanText.h"
#include "common/LanguageLoader.h"
#include "common/Logging.h"
#include "common/ReadablePalette.h"
#include "settings/Settings.h"
#include "startup/AutostartRegistration.h"
#include "store/Database.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

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

// The reason can quote a database server or a path: shown as plain text.
void cannotStart(const QString& sentence)
{
    QMessageBox box(QMessageBox::Critical, QObject::tr("Ringback cannot start"), printableText(sentence));
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
        !options.importSettingsFile().isEmpty()) {
        // Logs of the store and worker are for the log file, not this terminal's answer.
        const auto location = app::resolveDatabase(options);
        if (!location)
            return printAndExit(location.error(), 2);
        auto opened = Database::open(location.value(), QStringLiteral("main"));
        if (!opened)
            return printAndExit(opened.error().message, 2);
        std::unique_ptr<Database> db = std::move(opened).value();
        if (!options.exportSettingsFile().isEmpty())
            return app::SettingsFileCommand::exportTo(*db, options.exportSettingsFile());
        if (!options.importSettingsFile().isEmpty())
            return app::SettingsFileCommand::importFrom(*db, options.importSettingsFile());
        const app::SavedProvider saved = app::savedProviderOf(*db);
        db.reset(); // the worker opens its own connection
        auto factory = app::resolveProvider(options, saved);
        if (!factory)
            return printAndExit(factory.error(), 2);
        return app::runHeadless(
            app::workerOptions(location.value(), factory.value(), QStringLiteral("headless")),
            options.runSeconds());
    }

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

    const auto location = app::resolveDatabase(options);
    if (!location) {
        cannotStart(location.error());
        return printAndExit(location.error(), 2);
    }
    auto opened = Database::open(location.value(), QStringLiteral("ui"));
    if (!opened) {
        cannotStart(opened.error().message);
        return printAndExit(opened.error().message, 2);
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    app::DesktopSession session(*db, app::regionOf(*db), options.demo());
    session.showWindow(options.minimized());
    QObject::connect(&instance, &app::SingleInstance::showRequested, &session,
                     &app::DesktopSession::bringWindowForward);
    // On a fresh profile the setup wizard comes first; either way the provider is resolved
    // without blocking the window.
    session.connectProvider(options);
    return app->exec();
}
