#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "DesktopSession.h"
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "ProviderCheckCommand.h"
#include "SettingsFileCommand.h"
#include "store/Database.h"

#include <QApplication>
#include <QMessageBox>

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
    std::fputs(qPrintable(text), code == 0 ? stdout : stderr);
    std::fputs("\n", code == 0 ? stdout : stderr);
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    const QStringList rawArgs = argumentsOf(argc, argv);

    // --help and --version must work on a machine with no display, so no QApplication for them.
    std::unique_ptr<QCoreApplication> app;
    if (app::CommandLineOptions::needsNoDisplay(rawArgs))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

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
        const QString accountSid = app::accountIdOf(*db);
        db.reset(); // the worker opens its own connection
        auto factory = app::resolveProvider(options, accountSid);
        if (!factory)
            return printAndExit(factory.error(), 2);
        return app::runHeadless(
            app::workerOptions(location.value(), factory.value(), QStringLiteral("headless")),
            options.runSeconds());
    }

    const auto location = app::resolveDatabase(options);
    if (!location) {
        QMessageBox::critical(nullptr, QObject::tr("Ringback cannot start"), location.error());
        return printAndExit(location.error(), 2);
    }
    auto opened = Database::open(location.value(), QStringLiteral("ui"));
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Ringback cannot start"), opened.error().message);
        return printAndExit(opened.error().message, 2);
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    app::DesktopSession session(*db, app::regionOf(*db), options.demo());
    session.window().show();
    auto factory = app::resolveProvider(options, app::accountIdOf(*db));
    if (factory)
        session.startAutomation(app::workerOptions(db->location(), factory.value(), QStringLiteral("desk")));
    else
        session.showProviderProblem(factory.error());
    return app->exec();
}
