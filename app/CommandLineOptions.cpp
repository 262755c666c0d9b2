#include "CommandLineOptions.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>

namespace ringback::app {

CommandLineOptions::CommandLineOptions()
    : m_helpOption(m_parser.addHelpOption())
    , m_versionOption(m_parser.addVersionOption())
    , m_dbOption(QStringList{QStringLiteral("db")},
                 QCoreApplication::translate("CommandLineOptions",
                                             "Use the database file <path> instead of the "
                                             "one in your data folder, or a shared database: "
                                             "postgresql://user@server:5432/database."),
                 QCoreApplication::translate("CommandLineOptions", "path"))
    , m_demoOption(QStringList{QStringLiteral("demo")},
                   QCoreApplication::translate("CommandLineOptions",
                                               "Run with demo data and a simulated phone "
                                               "provider; no account needed."))
    , m_checkProviderOption(QStringList{QStringLiteral("check-provider")},
                            QCoreApplication::translate("CommandLineOptions",
                                                        "Check the phone provider account: print its name "
                                                        "and numbers, or what is wrong, and exit."))
    , m_providerOption(QStringList{QStringLiteral("provider")},
                       QCoreApplication::translate("CommandLineOptions",
                                                   "The phone provider to check: twilio (the default)."),
                       QCoreApplication::translate("CommandLineOptions", "kind"), QStringLiteral("twilio"))
    , m_providerUrlOption(QStringList{QStringLiteral("provider-url")},
                          QCoreApplication::translate("CommandLineOptions",
                                                      "The provider's API address, for a Twilio-compatible "
                                                      "service (default: https://api.twilio.com)."),
                          QCoreApplication::translate("CommandLineOptions", "url"))
    , m_messagingUrlOption(QStringList{QStringLiteral("messaging-url")},
                           QCoreApplication::translate("CommandLineOptions",
                                                       "Twilio's Messaging API address, where the texting "
                                                       "registration is read (default: "
                                                       "https://messaging.twilio.com)."),
                           QCoreApplication::translate("CommandLineOptions", "url"))
    , m_headlessOption(
          QStringList{QStringLiteral("headless")},
          QCoreApplication::translate("CommandLineOptions",
                                      "Run only the text-back automation, without a window (for an "
                                      "always-on computer). Stops cleanly on Ctrl+C."))
    , m_runSecondsOption(QStringList{QStringLiteral("run-seconds")},
                         QCoreApplication::translate("CommandLineOptions",
                                                     "With --headless: stop after <seconds> (for scripts and "
                                                     "tests)."),
                         QCoreApplication::translate("CommandLineOptions", "seconds"))
    , m_exportSettingsOption(QStringList{QStringLiteral("export-settings")},
                             QCoreApplication::translate(
                                 "CommandLineOptions", "Write every setting (no passwords or tokens) to the "
                                                       "JSON file <file> and exit."),
                             QCoreApplication::translate("CommandLineOptions", "file"))
    , m_importSettingsOption(QStringList{QStringLiteral("import-settings")},
                             QCoreApplication::translate("CommandLineOptions",
                                                         "Read settings from the JSON file <file> (made with "
                                                         "--export-settings) and exit."),
                             QCoreApplication::translate("CommandLineOptions", "file"))
    , m_approveHeldOption(QStringList{QStringLiteral("approve-held")},
                          QCoreApplication::translate("CommandLineOptions",
                                                      "Send the automatic texts held for approval (over the "
                                                      "hourly limit) and exit; the desk or worker that texts "
                                                      "sends them at its next check."))
    , m_minimizedOption(QStringList{QStringLiteral("minimized")},
                        QCoreApplication::translate("CommandLineOptions",
                                                    "Start in the system tray without opening the window "
                                                    "(used when Ringback starts at sign-in)."))
    , m_moveToOption(
          QStringList{QStringLiteral("move-to")},
          QCoreApplication::translate("CommandLineOptions",
                                      "Copy this desk's database into the empty shared database <url> "
                                      "(postgresql://user@server/database), use that from now on, "
                                      "and exit. The file stays as a backup."),
          QCoreApplication::translate("CommandLineOptions", "url"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLineOptions", "Ringback texts back the callers your office missed."));
    m_parser.addOption(m_dbOption);
    m_parser.addOption(m_demoOption);
    m_parser.addOption(m_checkProviderOption);
    m_parser.addOption(m_providerOption);
    m_parser.addOption(m_providerUrlOption);
    m_parser.addOption(m_messagingUrlOption);
    m_parser.addOption(m_headlessOption);
    m_parser.addOption(m_runSecondsOption);
    m_parser.addOption(m_exportSettingsOption);
    m_parser.addOption(m_importSettingsOption);
    m_parser.addOption(m_approveHeldOption);
    m_parser.addOption(m_minimizedOption);
    m_parser.addOption(m_moveToOption);
}

bool CommandLineOptions::parse(const QStringList& arguments)
{
    return m_parser.parse(arguments);
}

QString CommandLineOptions::resolvedDatabasePath() const
{
    if (!databasePath().isEmpty())
        return databasePath();
    return demo() ? DatabaseLocation::demoSqlitePath() : DatabaseLocation::defaultSqlitePath();
}

bool CommandLineOptions::needsNoDisplay(const QStringList& arguments)
{
    for (const QString& a : arguments) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("-?") ||
            a == QLatin1String("--version") || a == QLatin1String("-v") ||
            a == QLatin1String("--check-provider") || a == QLatin1String("--headless") ||
            a.startsWith(QLatin1String("--export-settings")) ||
            a.startsWith(QLatin1String("--import-settings")) || a.startsWith(QLatin1String("--move-to")) ||
            a == QLatin1String("--approve-held"))
            return true;
    }
    return false;
}

} // namespace ringback::app
