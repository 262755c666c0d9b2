#include "SetupWizard.h"

#include "BusinessPage.h"
#include "NumbersPage.h"
#include "PreviewPage.h"
#include "ProviderPage.h"
#include "common/OutsideText.h"
#include "hours/BusinessHoursStore.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "settings/CredentialChooser.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

QWizardPage* textPage(const QString& title, const QString& text, QWidget* extra = nullptr)
{
    auto* page = new QWizardPage;
    page->setTitle(title);
    auto* label = new QLabel(text, page);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    if (extra)
        layout->addWidget(extra);
    layout->addStretch(1);
    return page;
}

} // namespace

SetupWizard::SetupWizard(Database& db, Settings& settings, CredentialChooser& credentials,
                         ProviderProbe probe, bool preferDemo, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_probe(std::move(probe))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Ringback"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(680, 520);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/ringback/icons/ringback.svg")).pixmap(48, 48));

    m_choices.providerKind = settings.stringValue(SettingKey::ProviderKind);
    if (m_choices.providerKind.isEmpty() || preferDemo)
        m_choices.providerKind =
            QString::fromLatin1(preferDemo ? SetupChoices::kDemo : SetupChoices::kTwilio);
    m_choices.accountSid = settings.stringValue(SettingKey::ProviderAccountId);
    m_choices.fileConsent = settings.boolValue(SettingKey::CredentialFileAllowed);
    m_choices.chosenNumbers = settings.listValue(SettingKey::BusinessNumbers);
    m_choices.whatsAppSender = settings.stringValue(SettingKey::WhatsAppSender);
    m_choices.businessName = settings.stringValue(SettingKey::BusinessName);

    // Where the data lives: this computer (SQLite), or the office's shared database, set up through
    // the same dialog as in Settings (the switch applies at the next start).
    auto* storage = new QGroupBox(tr("Where this office's calls, texts and leads are kept"));
    storage->setObjectName(QStringLiteral("storageChoice"));
    auto* localOnly = new QRadioButton(tr("This computer only"), storage);
    localOnly->setObjectName(QStringLiteral("storageLocal"));
    localOnly->setChecked(true);
    auto* shared =
        new QRadioButton(tr("Shared with other desks (the office's PostgreSQL database)"), storage);
    shared->setObjectName(QStringLiteral("storageShared"));
    auto* setUpShared = new QPushButton(tr("Set up the shared database…"), storage);
    setUpShared->setObjectName(QStringLiteral("setUpSharedDatabase"));
    setUpShared->setEnabled(false);
    connect(shared, &QRadioButton::toggled, setUpShared, &QPushButton::setEnabled);
    connect(setUpShared, &QPushButton::clicked, this, &SetupWizard::sharedDatabaseRequested);
    auto* storageLayout = new QVBoxLayout(storage);
    storageLayout->addWidget(localOnly);
    storageLayout->addWidget(shared);
    // Under its choice, indented like the choice's text: side by side, the Spanish and French
    // choices did not fit the wizard's width.
    auto* sharedRow = new QHBoxLayout;
    sharedRow->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                                      style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                                  0, 0, 0);
    sharedRow->addWidget(setUpShared);
    sharedRow->addStretch(1);
    storageLayout->addLayout(sharedRow);

    setPage(WelcomePageId,
            textPage(tr("Welcome to Ringback"),
                     tr("When a call to your business goes unanswered, Ringback texts the caller back within "
                        "seconds, so the job does not go to the next company on the list. Their replies land "
                        "in the Inbox, where anyone at the office can answer.\n\n"
                        "Setting up takes a few minutes: connect your phone account, pick the numbers to "
                        "watch, tell Ringback your business name and opening hours, and check the first "
                        "text callers will get. You can change everything later in Settings."),
                     storage));
    setPage(ProviderPageId, new ProviderPage(*this, credentials));
    setPage(NumbersPageId, new NumbersPage(*this));
    setPage(BusinessPageId, new BusinessPage(*this));
    setPage(PreviewPageId, new PreviewPage(*this));

    m_saveProblem = new QLabel;
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    plainLabel(m_saveProblem);
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_saveProblem->hide();
    setPage(DonePageId,
            textPage(tr("You're all set"),
                     tr("Click Finish and Ringback starts watching your calls. It texts back missed callers "
                        "while it is running, so keep it open (it can sit in the background)."),
                     m_saveProblem));
    setStartId(WelcomePageId);
}

SetupWizard::~SetupWizard() = default;

VoipProvider* SetupWizard::provider()
{
    if (!m_provider && m_choices.isDemo())
        connectProvider(m_choices.providerKind, QString(), QString());
    return m_provider.get();
}

VoipProvider& SetupWizard::connectProvider(const QString& kind, const QString& accountSid,
                                           const QString& token)
{
    m_provider = m_probe(kind, accountSid, token);
    return *m_provider;
}

void SetupWizard::dropProvider()
{
    m_provider.reset();
    m_choices.numbersListed = false;
}

void SetupWizard::showSaveProblem(const QString& sentence)
{
    m_saveProblem->setText(sentence);
    // Only Twilio's Finish (on the Done page) writes a token, so the sentence is shown there.
    m_saveProblem->setVisible(!sentence.isEmpty());
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    showSaveProblem(QString());
    if (m_choices.isDemo()) {
        if (m_choices.numbersListed) {
            if (saveSettings())
                QWizard::accept();
            return;
        }
        // Finished straight from the provider page: the demo office's numbers, all of them.
        m_saving = true;
        QPointer<SetupWizard> self(this);
        provider()->listNumbers([self](ProviderResult<QList<ProviderNumber>> numbers) {
            if (!self)
                return;
            self->m_saving = false;
            if (numbers) {
                SetupChoices& c = self->m_choices;
                c.numbers = numbers.value();
                c.numbersListed = true;
                c.chosenNumbers.clear();
                for (const ProviderNumber& n : std::as_const(c.numbers)) {
                    if (n.smsCapable)
                        c.chosenNumbers << n.e164;
                }
            }
            if (self->saveSettings())
                self->QWizard::accept();
        });
        return;
    }
    // The token first: settings that name an account whose token was not kept would fail later.
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_credentials.setFileAllowed(m_choices.fileConsent);
    QPointer<SetupWizard> self(this);
    m_credentials.write(TwilioCredentialSource::secretKey(m_choices.accountSid), m_choices.token,
                        [self](Result<void, CredentialError> written) {
                            if (!self)
                                return;
                            self->m_saving = false;
                            self->button(QWizard::FinishButton)->setEnabled(true);
                            if (!written) {
                                self->showSaveProblem(
                                    tr("The Auth Token could not be saved, so nothing was changed: %1")
                                        .arg(written.error().message));
                                return;
                            }
                            if (self->saveSettings())
                                self->QWizard::accept();
                        });
}

bool SetupWizard::saveSettings()
{
    const SetupChoices& c = m_choices;
    // One batch through the settings' rules (the same as the Settings page's): all or nothing.
    QList<Settings::Change> changes{{SettingKey::ProviderKind, c.providerKind}};
    if (!c.isDemo()) {
        changes << Settings::Change{SettingKey::ProviderAccountId, c.accountSid}
                << Settings::Change{SettingKey::CredentialFileAllowed, c.fileConsent};
    } else {
        // The demo shows what Ringback can do: its callers answer the intake questions.
        changes << Settings::Change{SettingKey::IntakeEnabled, true};
    }
    if (c.numbersListed) {
        QStringList listed;
        for (const ProviderNumber& n : c.numbers)
            listed << n.e164;
        changes << Settings::Change{SettingKey::ProviderPhoneNumbersCache, listed}
                << Settings::Change{SettingKey::BusinessNumbers, c.chosenNumbers};
        // The demo office's main number is also its WhatsApp sender: its callers answer on both.
        if (c.isDemo() && c.whatsAppSender.isEmpty() && !c.chosenNumbers.isEmpty())
            changes << Settings::Change{SettingKey::WhatsAppSender, c.chosenNumbers.first()};
    }
    if (!c.isDemo() || !c.whatsAppSender.isEmpty())
        changes << Settings::Change{SettingKey::WhatsAppSender, c.whatsAppSender};
    if (!c.businessName.trimmed().isEmpty())
        changes << Settings::Change{SettingKey::BusinessName, c.businessName};
    if (auto saved = m_settings.setValues(changes); !saved) {
        showSaveProblem(tr("Nothing was saved: %1").arg(saved.error().join(QLatin1Char(' '))));
        return false;
    }

    BusinessHoursStore hoursStore(m_db);
    const auto saved = hoursStore.load();
    bool anyHours = false;
    if (saved) {
        for (int day = 1; day <= 7; ++day)
            anyHours = anyHours || !saved.value().ranges(day).isEmpty();
    }
    StoreResult<void> hoursSaved;
    if (c.hoursChosen)
        hoursSaved = hoursStore.save(c.hours, QDateTime::currentDateTimeUtc());
    else if (!anyHours)
        hoursSaved = hoursStore.save(BusinessPage::defaultHours(), QDateTime::currentDateTimeUtc());
    if (!hoursSaved) {
        // Setup is not marked complete: the wizard stays open and says why.
        showSaveProblem(tr("The business hours could not be saved: %1").arg(hoursSaved.error().message));
        return false;
    }

    if (!m_settings.setValue(SettingKey::SetupCompleted, true)) {
        showSaveProblem(tr("Setup could not be marked as done: the database did not accept it."));
        return false;
    }
    emit setupSaved();
    return true;
}

} // namespace ringback::ui
