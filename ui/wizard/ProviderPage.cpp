#include "ProviderPage.h"

#include "SetupWizard.h"
#include "common/OutsideText.h"
#include "providers/TextingReadiness.h"
#include "providers/VoipProvider.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "settings/CredentialChooser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ringback::ui {

ProviderPage::ProviderPage(SetupWizard& wizard, CredentialChooser& credentials)
    : m_wizard(wizard)
    , m_credentials(credentials)
    , m_twilio(new QRadioButton(tr("Twilio (or a Twilio-compatible service such as SignalWire)"), this))
    , m_demo(new QRadioButton(tr("Demo: a pretend plumbing office, no account needed"), this))
    , m_twilioFields(new QWidget(this))
    , m_sid(new QLineEdit(m_twilioFields))
    , m_token(new QLineEdit(m_twilioFields))
    , m_test(new QPushButton(tr("Test connection"), m_twilioFields))
    , m_result(new QLabel(this))
    , m_readiness(new QLabel(this))
    , m_noKeychain(new QLabel(this))
    , m_fileConsent(new QCheckBox(tr("Keep the Auth Token in a file only I can read"), this))
{
    setTitle(tr("Your phone provider"));
    setSubTitle(
        tr("Ringback reads your phone account's call log and sends the texts from your business number."));

    m_twilio->setObjectName(QStringLiteral("providerTwilio"));
    m_demo->setObjectName(QStringLiteral("providerDemo"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_twilio);
    group->addButton(m_demo);

    m_sid->setObjectName(QStringLiteral("accountSid"));
    m_sid->setPlaceholderText(tr("AC followed by 32 letters and digits"));
    m_token->setObjectName(QStringLiteral("authToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("32 letters and digits"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_savedSid = wizard.choices().accountSid;
    if (!m_savedSid.isEmpty())
        m_token->setPlaceholderText(tr("Leave empty to keep the saved token"));
    auto* where = new QLabel(
        tr("Both are on the first page of your Twilio Console (console.twilio.com), under Account Info."),
        m_twilioFields);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout(m_twilioFields);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Account SID:"), m_sid);
    form->addRow(tr("Auth Token:"), m_token);
    form->addRow(QString(), where);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);

    m_result->setObjectName(QStringLiteral("connectionResult"));
    plainLabel(m_result); // the provider's own words when it refuses
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readiness->setObjectName(QStringLiteral("textingReadiness"));
    plainLabel(m_readiness);
    m_readiness->setWordWrap(true);
    m_readiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readiness->setVisible(false);
    m_noKeychain->setObjectName(QStringLiteral("noKeychain"));
    plainLabel(m_noKeychain);
    m_noKeychain->setWordWrap(true);
    m_noKeychain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noKeychain->setVisible(false);
    m_fileConsent->setObjectName(QStringLiteral("fileConsent"));
    m_fileConsent->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_twilio);
    layout->addWidget(m_twilioFields);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addWidget(m_readiness);
    layout->addSpacing(8);
    layout->addWidget(m_noKeychain);
    layout->addWidget(m_fileConsent);
    layout->addStretch(1);

    connect(m_twilio, &QRadioButton::toggled, this, &ProviderPage::kindChanged);
    connect(m_sid, &QLineEdit::textEdited, this, &ProviderPage::credentialsEdited);
    connect(m_token, &QLineEdit::textEdited, this, &ProviderPage::credentialsEdited);
    connect(m_test, &QPushButton::clicked, this, &ProviderPage::testConnection);
    connect(m_sid, &QLineEdit::returnPressed, this, &ProviderPage::testConnection);
    connect(m_token, &QLineEdit::returnPressed, this, &ProviderPage::testConnection);
    connect(m_fileConsent, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.choices().fileConsent = on;
        emit completeChanged();
    });
}

void ProviderPage::initializePage()
{
    const SetupChoices& c = m_wizard.choices();
    (c.isDemo() ? m_demo : m_twilio)->setChecked(true);
    m_sid->setText(c.accountSid);
    kindChanged();

    // Ask once whether this computer has a keychain; without one the token can only be kept with
    // the user's consent, in a file only they can read.
    QPointer<ProviderPage> self(this);
    m_credentials.probeKeychain([self](bool hasBackend) {
        if (!self)
            return;
        self->m_keychainMissing = !hasBackend;
        self->m_noKeychain->setText(tr("This computer has no keychain (such as GNOME Keyring) to keep the "
                                       "Auth Token in. Ringback can "
                                       "keep it in a file that only you can read: %1")
                                        .arg(QDir::toNativeSeparators(self->m_credentials.filePath())));
        self->m_fileConsent->setChecked(self->m_wizard.choices().fileConsent);
        self->kindChanged();
    });
}

void ProviderPage::kindChanged()
{
    const bool twilio = m_twilio->isChecked();
    m_wizard.choices().providerKind =
        QString::fromLatin1(twilio ? SetupChoices::kTwilio : SetupChoices::kDemo);
    m_twilioFields->setEnabled(twilio);
    m_noKeychain->setVisible(twilio && m_keychainMissing);
    m_fileConsent->setVisible(twilio && m_keychainMissing);
    // The demo needs nothing more: Finish is offered here, and Next shows the rest of the setup.
    setFinalPage(!twilio);
    if (!twilio)
        showResult(tr("The demo plays a busy plumbing office: calls come in every few seconds and Ringback "
                      "texts back the ones nobody answered. Click Finish to start it, or Next to look "
                      "at the other steps."),
                   true);
    else if (!m_tested)
        showResult(QString(), true);
    if (!m_tested || !twilio)
        m_readiness->setVisible(false);
    emit completeChanged();
}

void ProviderPage::credentialsEdited()
{
    // The test was for the credentials as they were; an answer still on its way is for those too.
    ++m_attempt;
    m_tested = false;
    m_wizard.dropProvider();
    m_test->setEnabled(true);
    showResult(QString(), true);
    m_readiness->setVisible(false);
    emit completeChanged();
}

void ProviderPage::testConnection()
{
    const QString sid = m_sid->text().trimmed();
    const QString token = m_token->text().trimmed();
    if (sid.isEmpty())
        return showResult(tr("Enter the Account SID first."), false);
    const bool keepSaved = token.isEmpty() && sid == m_savedSid;
    if (token.isEmpty() && !keepSaved)
        return showResult(tr("Enter the Auth Token first."), false);

    const int attempt = ++m_attempt;
    m_tested = false;
    m_test->setEnabled(false);
    showResult(tr("Connecting to Twilio..."), true);
    emit completeChanged();
    if (!keepSaved)
        return verify(attempt, sid, token);
    QPointer<ProviderPage> self(this);
    m_credentials.read(TwilioCredentialSource::secretKey(sid),
                       [self, attempt, sid](Result<QString, CredentialError> saved) {
                           if (!self || attempt != self->m_attempt)
                               return;
                           if (!saved) {
                               self->m_test->setEnabled(true);
                               self->showResult(tr("The saved token could not be read: %1 Enter the Auth "
                                                   "Token again.")
                                                    .arg(saved.error().message),
                                                false);
                               return;
                           }
                           self->verify(attempt, sid, saved.value());
                       });
}

void ProviderPage::verify(int attempt, const QString& sid, const QString& token)
{
    VoipProvider& provider = m_wizard.connectProvider(QString::fromLatin1(SetupChoices::kTwilio), sid, token);
    QPointer<ProviderPage> self(this);
    provider.verifyCredentials([self, attempt, sid, token](ProviderResult<AccountInfo> account) {
        if (!self || attempt != self->m_attempt)
            return;
        self->m_test->setEnabled(true);
        if (!account) {
            self->showResult(account.error().message, false);
            return;
        }
        const AccountInfo& info = account.value();
        if (!info.status.isEmpty() && info.status != QLatin1String("active")) {
            self->showResult(tr("The account \"%1\" is %2, so it cannot send texts. Reactivate it in the "
                                "Twilio Console, then test again.")
                                 .arg(info.friendlyName, info.status),
                             false);
            return;
        }
        SetupChoices& c = self->m_wizard.choices();
        c.accountSid = sid;
        c.token = token;
        c.accountName = info.friendlyName;
        self->m_tested = true;
        self->showResult(tr("Connected to the account \"%1\".").arg(info.friendlyName), true);
        emit self->completeChanged();
        self->checkReadiness(attempt);
    });
}

void ProviderPage::checkReadiness(int attempt)
{
    VoipProvider* provider = m_wizard.provider();
    if (!provider)
        return;
    m_readiness->setText(tr("Checking the texting registration of your numbers..."));
    m_readiness->setStyleSheet(QString());
    m_readiness->setVisible(true);
    QPointer<ProviderPage> self(this);
    TextingReadiness::check(*provider, [self, attempt](const ReadinessReport& report) {
        if (!self || attempt != self->m_attempt)
            return;
        bool blocked = !report.failure.isEmpty() && report.applies;
        for (const NumberReadiness& n : report.numbers)
            blocked = blocked || TextingReadiness::isBlocking(n.readiness);
        self->m_readiness->setText(shownText(TextingReadiness::lines(report)));
        // Not a reason to stop here: registration takes weeks, and calls are watched meanwhile.
        self->m_readiness->setStyleSheet(blocked ? QStringLiteral("color: #8a5300;") : QString());
    });
}

void ProviderPage::showResult(const QString& text, bool good)
{
    m_result->setText(shownText(text));
    m_result->setProperty("problem", !good);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
    if (good && m_tested && m_twilio->isChecked())
        m_result->setStyleSheet(QStringLiteral("color: #1b6e34; font-weight: bold;"));
}

bool ProviderPage::isComplete() const
{
    if (m_demo->isChecked())
        return true;
    return m_tested && (!m_keychainMissing || m_fileConsent->isChecked());
}

bool ProviderPage::validatePage()
{
    if (m_demo->isChecked())
        m_wizard.choices().providerKind = QString::fromLatin1(SetupChoices::kDemo);
    return isComplete();
}

} // namespace ringback::ui
