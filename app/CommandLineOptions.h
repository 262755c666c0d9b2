#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace ringback::app {

// The command line, in one place: what it accepts and what it meant.
class CommandLineOptions
{
public:
    CommandLineOptions();

    // Parses without exiting; --help and --version are reported through wantsHelp()/wantsVersion().
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_parser.errorText(); }
    QString helpText() const { return m_parser.helpText(); }

    bool wantsHelp() const { return m_parser.isSet(m_helpOption); }
    bool wantsVersion() const { return m_parser.isSet(m_versionOption); }
    bool demo() const { return m_parser.isSet(m_demoOption); }
    QString databasePath() const { return m_parser.value(m_dbOption); }
    bool checkProvider() const { return m_parser.isSet(m_checkProviderOption); }
    // "twilio" unless --provider says otherwise.
    QString provider() const { return m_parser.value(m_providerOption); }
    // True when --provider was given (provider() has a default).
    bool providerGiven() const { return m_parser.isSet(m_providerOption); }
    // Empty unless --provider-url is given: the provider's default address.
    QString providerUrl() const { return m_parser.value(m_providerUrlOption); }
    // Empty unless --messaging-url is given: Twilio's Messaging API address (texting registration).
    QString messagingUrl() const { return m_parser.value(m_messagingUrlOption); }

    bool headless() const { return m_parser.isSet(m_headlessOption); }
    // Start in the tray without showing the window (what the sign-in registration runs).
    bool minimized() const { return m_parser.isSet(m_minimizedOption); }
    int runSeconds() const { return m_parser.value(m_runSecondsOption).toInt(); }
    QString exportSettingsFile() const { return m_parser.value(m_exportSettingsOption); }
    QString importSettingsFile() const { return m_parser.value(m_importSettingsOption); }
    // --approve-held: release the texts held over the hourly limit, from a terminal.
    bool approveHeld() const { return m_parser.isSet(m_approveHeldOption); }
    // --move-to postgresql://...: copy this desk's database into an empty shared one, then use it.
    QString moveToUrl() const { return m_parser.value(m_moveToOption); }

    // The database this run opens: --db, else the demo file for --demo, else the user's file.
    QString resolvedDatabasePath() const;

    // True when the command line asks for something that needs no window (so no display).
    static bool needsNoDisplay(const QStringList& arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_checkProviderOption;
    QCommandLineOption m_providerOption;
    QCommandLineOption m_providerUrlOption;
    QCommandLineOption m_messagingUrlOption;
    QCommandLineOption m_headlessOption;
    QCommandLineOption m_runSecondsOption;
    QCommandLineOption m_exportSettingsOption;
    QCommandLineOption m_importSettingsOption;
    QCommandLineOption m_approveHeldOption;
    QCommandLineOption m_minimizedOption;
    QCommandLineOption m_moveToOption;
};

} // namespace ringback::app
