#include "ProviderCheckCommand.h"

#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "ProviderConnection.h"
#include "common/CleanText.h"
#include "phone/PhoneNumberService.h"
#include "providers/TextingReadiness.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/CredentialChooser.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace ringback::app {

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(printableText(text).toUtf8().constData(), stream); // provider text: no escapes
    std::fputc('\n', stream);
}

QString displayNumber(const PhoneNumberService& phones, const QString& e164)
{
    const PhoneNumberInfo info = phones.parse(e164);
    if (!info.isValid())
        return e164;
    return info.regionCode == phones.defaultRegion() ? info.national : info.international;
}

} // namespace

ProviderCheckCommand::ProviderCheckCommand(QString providerKind, QString providerUrl, QString messagingUrl,
                                           QObject* parent)
    : QObject(parent)
    , m_kind(std::move(providerKind))
    , m_url(std::move(providerUrl))
    , m_messagingUrl(std::move(messagingUrl))
{}

ProviderCheckCommand::~ProviderCheckCommand() = default;

int ProviderCheckCommand::run(const CommandLineOptions& options)
{
    // The answer is one sentence: the provider's own log lines stay out of it (QT_LOGGING_RULES,
    // which takes precedence, can bring them back).
    QLoggingCategory::setFilterRules(QStringLiteral("ringback.*.warning=false\nringback.*.info=false"));
    ProviderCheckCommand command(options.provider(), options.providerUrl(), options.messagingUrl());
    // The Account SID saved in Settings names the account whose token is in the keychain. Only an
    // existing database is read: a check must not create one.
    if (QFileInfo::exists(options.resolvedDatabasePath())) {
        DatabaseOptions asItIs;
        asItIs.migrate = false;
        if (auto db = Database::open(DatabaseLocation::sqliteFile(options.resolvedDatabasePath()),
                                     QStringLiteral("check"), asItIs)) {
            command.m_accountSid = accountIdOf(*db.value());
            KeyValueStore kv(*db.value(), KeyValueStore::Table::Settings);
            const Settings settings(&kv, nullptr);
            command.m_whatsAppSender = settings.stringValue(SettingKey::WhatsAppSender);
            command.m_contentUrl = settings.stringValue(SettingKey::ProviderContentBaseUrl);
        }
    }
    int exitCode = ProviderFailed;
    connect(&command, &ProviderCheckCommand::finished, &command, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &command, &ProviderCheckCommand::start);
    QCoreApplication::exec();
    return exitCode;
}

void ProviderCheckCommand::start()
{
    if (m_kind.compare(QLatin1String("twilio"), Qt::CaseInsensitive) != 0)
        return fail(
            tr("Ringback cannot check the provider \"%1\"; the providers it knows are: twilio.").arg(m_kind),
            BadUsage);
    if (!m_url.isEmpty()) {
        if (const QString problem = ProviderConnection::checkUrl(m_url); !problem.isEmpty())
            return fail(problem, BadUsage);
    }
    if (!m_messagingUrl.isEmpty()) {
        if (const QString problem = ProviderConnection::checkUrl(m_messagingUrl); !problem.isEmpty())
            return fail(problem, BadUsage);
    }

    // The keychain, or the 0600 file the user agreed to on a computer without one.
    QSettings machine;
    m_store = CredentialChooser::forThisComputer(Settings(nullptr, &machine));
    const TwilioCredentialSource source(m_store.get());
    source.resolve(m_accountSid, QString(), [this](Result<TwilioCredentials, CredentialError> credentials) {
        if (!credentials)
            return fail(credentials.error().message, NoCredentials);
        TwilioOptions options;
        if (!m_url.isEmpty())
            options.baseUrl = QUrl(m_url, QUrl::StrictMode);
        if (!m_messagingUrl.isEmpty())
            options.messagingBaseUrl = QUrl(m_messagingUrl, QUrl::StrictMode);
        if (!m_contentUrl.isEmpty() && ProviderConnection::checkUrl(m_contentUrl).isEmpty())
            options.contentBaseUrl = QUrl(m_contentUrl, QUrl::StrictMode);
        m_provider = std::make_unique<TwilioProvider>(credentials.value(), options);
        m_provider->verifyCredentials([this](ProviderResult<AccountInfo> account) {
            if (!account)
                return fail(account.error().message, ProviderFailed);
            m_provider->listNumbers(
                [this, info = account.value()](ProviderResult<QList<ProviderNumber>> numbers) {
                    if (!numbers)
                        return fail(numbers.error().message, ProviderFailed);
                    printAccount(info, numbers.value());
                    printReadiness(numbers.value());
                });
        });
    });
}

void ProviderCheckCommand::printAccount(const AccountInfo& account, const QList<ProviderNumber>& numbers)
{
    printLine(stdout,
              tr("Twilio account: %1 (%2, %3)").arg(account.friendlyName, account.accountId, account.status));
    if (numbers.isEmpty()) {
        printLine(stdout, tr("This account has no phone numbers yet."));
        return;
    }
    printLine(stdout, tr("Phone numbers:"));
    const PhoneNumberService phones;
    for (const ProviderNumber& n : numbers) {
        const QString can = n.smsCapable && n.voiceCapable ? tr("calls and texts")
                            : n.smsCapable                 ? tr("texts only")
                            : n.voiceCapable               ? tr("calls only")
                                                           : tr("neither calls nor texts");
        printLine(stdout, tr("  %1  %2 (%3)").arg(displayNumber(phones, n.e164), n.friendlyName, can));
    }
}

void ProviderCheckCommand::printReadiness(const QList<ProviderNumber>& numbers)
{
    if (numbers.isEmpty())
        return checkWhatsApp();
    // The account works whatever this says: a failed check is printed, and the exit code stays 0.
    TextingReadiness::check(*m_provider, numbers, [this](const ReadinessReport& report) {
        printLine(stdout, tr("Texting to US numbers (A2P 10DLC and toll-free registration):"));
        if (!report.failure.isEmpty()) {
            printLine(stdout, QStringLiteral("  ") + report.failure);
            return checkWhatsApp();
        }
        const PhoneNumberService phones;
        for (const NumberReadiness& n : report.numbers)
            printLine(stdout, QStringLiteral("  ") + TextingReadiness::line(phones, n));
        checkWhatsApp();
    });
}

void ProviderCheckCommand::checkWhatsApp()
{
    if (m_whatsAppSender.isEmpty()) {
        printLine(stdout, tr("WhatsApp: no sender set up in Settings."));
        emit finished(Ok);
        return;
    }
    const PhoneNumberService phones;
    printLine(stdout, tr("WhatsApp sender: %1").arg(displayNumber(phones, m_whatsAppSender)));
    m_provider->listWhatsAppTemplates([this](ProviderResult<QList<WhatsAppTemplate>> templates) {
        // The account itself answered: a Content API problem is reported, not a failed check.
        if (!templates) {
            printLine(stdout,
                      tr("WhatsApp templates could not be listed: %1").arg(templates.error().message));
            return emit finished(Ok);
        }
        if (templates->isEmpty()) {
            printLine(stdout,
                      tr("No approved WhatsApp templates: outside the 24-hour window nothing can be sent."));
            return emit finished(Ok);
        }
        printLine(stdout, tr("Approved WhatsApp templates:"));
        for (const WhatsAppTemplate& t : templates.value())
            printLine(stdout, tr("  %1 (%2): %3").arg(t.name, t.language, t.body.simplified()));
        emit finished(Ok);
    });
}

void ProviderCheckCommand::fail(const QString& sentence, ExitCode code)
{
    printLine(stderr, sentence);
    emit finished(code);
}

} // namespace ringback::app
