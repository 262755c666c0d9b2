#include "SettingsPage.h"

#include "common/LanguageLoader.h"
#include "common/OutsideText.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "settings/CredentialChooser.h"
#include "settings/SettingRules.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

// A number box whose range is the setting's rule. It cannot hold a number outside the range, and
// on leaving it (or Enter) QSpinBox silently puts the previous value back: it keeps what was typed,
// so the page can refuse it in words instead of saving a value nobody chose.
class RuleSpinBox final : public QSpinBox
{
public:
    explicit RuleSpinBox(SettingKey key)
        : m_key(key)
    {
        const SettingRule& rule = SettingRules::rule(key);
        setRange(int(rule.minimum), int(rule.maximum));
        connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_refused.clear(); });
        connect(this, &QSpinBox::valueChanged, this, [this] {
            if (hasAcceptableInput())
                m_refused.clear();
        });
    }

    SettingKey key() const { return m_key; }
    // What was typed, when it was not a value in range; else the value.
    QString typed() const
    {
        if (!hasAcceptableInput())
            return cleanText();
        return m_refused.isEmpty() ? QString::number(value()) : m_refused;
    }

protected:
    bool event(QEvent* e) override
    {
        const bool committing =
            e->type() == QEvent::FocusOut ||
            (e->type() == QEvent::KeyPress && (static_cast<QKeyEvent*>(e)->key() == Qt::Key_Return ||
                                               static_cast<QKeyEvent*>(e)->key() == Qt::Key_Enter));
        if (committing && !hasAcceptableInput() && !cleanText().isEmpty())
            m_refused = cleanText();
        return QSpinBox::event(e);
    }

private:
    SettingKey m_key;
    QString m_refused;
};

QSpinBox* spinBox(const QString& objectName, SettingKey key, const QString& suffix)
{
    auto* box = new RuleSpinBox(key);
    box->setObjectName(objectName);
    box->setSuffix(suffix);
    box->setMinimumWidth(150);
    return box;
}

// A field with a short help line under it, in the body font and the palette's hint colour.
void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& help = QString())
{
    if (help.isEmpty()) {
        form->addRow(label, field);
        return;
    }
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->addWidget(field);
    if (!qobject_cast<QLineEdit*>(field))
        row->addStretch(1);
    layout->addLayout(row);
    auto* hint = new QLabel(help);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText); // readable: app/main.cpp, ReadablePalette
    layout->addWidget(hint);
    form->addRow(label, column);
}

QGroupBox* group(const QString& title, const QString& scope, QFormLayout*& form)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    if (!scope.isEmpty()) {
        auto* note = new QLabel(scope, box);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(10);
    layout->addLayout(form);
    return box;
}

// The groups are separate forms; one label width for all of them lines their fields up.
void alignLabelColumns(QWidget* content)
{
    const QList<QFormLayout*> forms = content->findChildren<QFormLayout*>();
    int widest = 0;
    QList<QWidget*> labels;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

SettingsPage::SettingsPage(Settings& settings, CredentialChooser& credentials, const QString& databaseName,
                           QWidget* parent, QProcessEnvironment environment)
    : QWidget(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_environment(std::move(environment))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 16);
    column->setSpacing(16);
    auto* title = new QLabel(tr("Settings"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    column->addWidget(businessGroup());
    column->addWidget(rulesGroup());
    column->addWidget(waitingGroup());
    column->addWidget(providerGroup());
    m_computerGroup = computerGroup();
    column->addWidget(m_computerGroup);
    column->addWidget(dataGroup(databaseName));
    m_column = column;
    column->addStretch(1);
    alignLabelColumns(content);
    content->setMaximumWidth(820);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status = plainLabel(new QLabel(this)); // store and server messages
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("Save changes"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    QPushButton* discard = buttons->addButton(tr("Discard changes"), QDialogButtonBox::ResetRole);
    discard->setObjectName(QStringLiteral("discardSettings"));
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(discard, &QPushButton::clicked, this, [this] {
        reload();
        m_status->setText(tr("Changes discarded."));
    });

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(24, 8, 24, 12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addLayout(bottom);

    reload();
    // Saved here, by the wizard, this desk's worker or another desk: every field follows.
    connect(&m_settings, &Settings::changed, this, &SettingsPage::follow);
    // The desk's person is picked among the staff being typed, before they are saved.
    connect(m_staff, &QLineEdit::textEdited, this, [this] { fillDeskStaff(staffNames()); });
}

QWidget* SettingsPage::businessGroup()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Business (all desks)"),
                           tr("Kept in the shared database: every desk sees the same values."), form);
    m_businessName = new QLineEdit(box);
    m_businessName->setObjectName(QStringLiteral("businessName"));
    addRow(form, tr("Business name:"), m_businessName,
           tr("Every text starts with it, so callers know who wrote."));

    auto* numbers = new QWidget(box);
    m_numbersList = new QVBoxLayout(numbers);
    m_numbersList->setContentsMargins(0, 0, 0, 0);
    m_noNumbers =
        new QLabel(tr("No numbers listed yet: run the setup to fetch them from your provider."), numbers);
    m_noNumbers->setObjectName(QStringLiteral("noNumbers"));
    m_noNumbers->setWordWrap(true);
    m_numbersList->addWidget(m_noNumbers);
    addRow(
        form, tr("Business numbers:"), numbers,
        tr("Calls to the ticked numbers are texted back. None ticked: every number of the account that can "
           "send texts."));

    m_staff = new QLineEdit(box);
    m_staff->setObjectName(QStringLiteral("staffNames"));
    m_staff->setPlaceholderText(tr("e.g. Maria, Joe, Dave"));
    addRow(form, tr("Staff names:"), m_staff,
           tr("Separate names with commas. Conversations can be assigned to them."));
    return box;
}

QWidget* SettingsPage::rulesGroup()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Text-back rules (all desks)"),
                           tr("Kept in the shared database: every desk follows them."), form);
    m_pollInterval = spinBox(QStringLiteral("pollInterval"), SettingKey::PollIntervalSeconds, tr(" seconds"));
    addRow(form, tr("Check for new calls every:"), m_pollInterval,
           tr("Shorter means faster texts and more requests to your provider."));
    m_liveRequests =
        spinBox(QStringLiteral("liveRequests"), SettingKey::LiveCallRequestsPerMinute, tr(" per minute"));
    addRow(form, tr("Watch ringing calls with at most:"), m_liveRequests,
           tr("A ringing call is checked about once a second, so its text goes out as soon as it ends. "
              "0 turns this off: calls are then found by the regular check."));
    m_graceDelay = spinBox(QStringLiteral("graceDelay"), SettingKey::GraceDelaySeconds, tr(" seconds"));
    addRow(form, tr("Wait before texting:"), m_graceDelay,
           tr("Time to call back first: the text is cancelled if someone calls the customer meanwhile."));
    m_cooldown = spinBox(QStringLiteral("cooldown"), SettingKey::CooldownHours, tr(" hours"));
    addRow(form, tr("Text the same number at most once every:"), m_cooldown,
           tr("Several missed calls from one person get one text."));
    m_staleCutoff = spinBox(QStringLiteral("staleCutoff"), SettingKey::StaleCutoffMinutes, tr(" minutes"));
    addRow(form, tr("Don't text calls older than:"), m_staleCutoff,
           tr("Calls missed while this computer was off for longer are listed for a person to call back."));
    m_shortCall = spinBox(QStringLiteral("shortCall"), SettingKey::ShortCallSeconds, tr(" seconds"));
    addRow(form, tr("Count answers shorter than this as missed:"), m_shortCall,
           tr("A cell phone's voicemail picking up a forwarded call looks like a short answered call."));
    m_countries = new QLineEdit(box);
    m_countries->setObjectName(QStringLiteral("allowedCountries"));
    m_countries->setPlaceholderText(tr("e.g. US, CA"));
    addRow(form, tr("Text only numbers in:"), m_countries,
           tr("Two-letter country codes, separated by commas. Empty: only your own country. This protects "
              "you from text fraud."));
    m_hourlyCap = spinBox(QStringLiteral("hourlyCap"), SettingKey::HourlyAutoTextCap, tr(" texts per hour"));
    addRow(form, tr("Automatic texts at most:"), m_hourlyCap,
           tr("Beyond this, texts wait for someone to approve them."));
    m_followUp = new QCheckBox(tr("Send one follow-up when the caller has not replied"), box);
    m_followUp->setObjectName(QStringLiteral("followUpEnabled"));
    form->addRow(QString(), m_followUp);
    m_followUpDelay =
        spinBox(QStringLiteral("followUpDelay"), SettingKey::FollowUpDelayMinutes, tr(" minutes"));
    addRow(form, tr("Follow up after:"), m_followUpDelay,
           tr("Follow-ups are only sent between 8:00 and 21:00 in the caller's time zone."));
    connect(m_followUp, &QCheckBox::toggled, m_followUpDelay, &QSpinBox::setEnabled);
    return box;
}

QWidget* SettingsPage::waitingGroup()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Customers waiting for a reply (all desks)"),
                           tr("Kept in the shared database: every desk follows them."), form);
    m_replyReminder =
        spinBox(QStringLiteral("replyReminder"), SettingKey::ReplyReminderMinutes, tr(" minutes"));
    m_replyReminder->setSpecialValueText(tr("Never"));
    addRow(form, tr("Remind every desk after:"), m_replyReminder,
           tr("During business hours, a customer who waits longer for an answer raises a notification at "
              "every desk, again every time this passes while they wait. 0: never."));
    m_ownerMobile = new QLineEdit(box);
    m_ownerMobile->setObjectName(QStringLiteral("ownerMobile"));
    m_ownerMobile->setPlaceholderText(tr("e.g. (512) 555-0147"));
    addRow(form, tr("Also text the owner at:"), m_ownerMobile,
           tr("One text per waiting customer per hour at most, from the business number, while automatic "
              "texts are on. Empty: no texts."));
    return box;
}

QWidget* SettingsPage::providerGroup()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Phone provider"), QString(), form);
    m_provider = plainLabel(new QLabel(box));
    m_provider->setObjectName(QStringLiteral("providerAccount"));
    m_provider->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Account:"), m_provider);
    m_tokenPlace = plainLabel(new QLabel(box));
    m_tokenPlace->setObjectName(QStringLiteral("tokenPlace"));
    m_tokenPlace->setWordWrap(true);
    m_tokenPlace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Token:"), m_tokenPlace);
    m_readiness = plainLabel(new QLabel(tr("Not checked yet."), box));
    m_readiness->setObjectName(QStringLiteral("textingReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* checkAgain = new QPushButton(tr("Check again"), box);
    checkAgain->setObjectName(QStringLiteral("checkReadinessAgain"));
    connect(checkAgain, &QPushButton::clicked, this, [this] {
        showReadiness(tr("Checking..."), false);
        emit readinessCheckRequested();
    });
    auto* readinessRow = new QVBoxLayout;
    readinessRow->addWidget(m_readiness);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(checkAgain);
    checkRow->addStretch(1);
    readinessRow->addLayout(checkRow);
    form->addRow(tr("US texting:"), readinessRow);
    m_messagingService = new QComboBox(box);
    m_messagingService->setObjectName(QStringLiteral("messagingService"));
    m_messagingService->addItem(tr("None: from the business number"), QString());
    addRow(form, tr("Send texts through:"), m_messagingService,
           tr("A Twilio messaging service sends from its registered numbers; replies still come to the "
              "business number."));
    m_lineTypeLookup = new QCheckBox(tr("Check for landlines first (about $0.008 a lookup)"), box);
    m_lineTypeLookup->setObjectName(QStringLiteral("lineTypeLookup"));
    m_lineTypeLookup->setToolTip(
        tr("Twilio Lookup tells a mobile from a landline. Landlines, pagers and premium numbers are not "
           "texted; each new number is looked up once and remembered for 180 days."));
    form->addRow(QString(), m_lineTypeLookup);
    m_whatsAppSender = new QLineEdit(box);
    m_whatsAppSender->setObjectName(QStringLiteral("whatsAppSender"));
    m_whatsAppSender->setPlaceholderText(tr("Off"));
    addRow(form, tr("WhatsApp sender:"), m_whatsAppSender,
           tr("The number your Twilio account sends WhatsApp from (the business number or another). "
              "Empty: WhatsApp is off."));
    m_whatsAppTemplates = plainLabel(new QLabel(box)); // template names are the provider's text
    m_whatsAppTemplates->setObjectName(QStringLiteral("whatsAppTemplates"));
    m_whatsAppTemplates->setWordWrap(true);
    form->addRow(tr("WhatsApp templates:"), m_whatsAppTemplates);
    m_textBackChannel = new QComboBox(box);
    m_textBackChannel->setObjectName(QStringLiteral("textBackChannel"));
    addRow(form, tr("Text-back by:"), m_textBackChannel,
           tr("A missed caller has no open WhatsApp window: only an approved template can go. If WhatsApp "
              "refuses it or cannot deliver it, the text-back goes by SMS."));
    // Without a WhatsApp sender the text-back can only go by SMS.
    connect(m_whatsAppSender, &QLineEdit::textChanged, this,
            [this](const QString& typed) { m_textBackChannel->setEnabled(!typed.trimmed().isEmpty()); });
    fillTextBackChannel(QString());
    auto* rerun = new QPushButton(tr("Run setup again..."), box);
    rerun->setObjectName(QStringLiteral("runSetupAgain"));
    connect(rerun, &QPushButton::clicked, this, &SettingsPage::runSetupRequested);
    auto* row = new QHBoxLayout;
    row->addWidget(rerun);
    row->addStretch(1);
    form->addRow(QString(), row);
    return box;
}

QWidget* SettingsPage::computerGroup()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        group(tr("This computer"), tr("Kept on this computer only; other desks have their own."), form);
    m_deskStaff = new QComboBox(box);
    m_deskStaff->setObjectName(QStringLiteral("deskStaff"));
    m_deskStaff->setEditable(true);
    m_deskStaff->setMinimumWidth(200);
    addRow(form, tr("Who works at this desk:"), m_deskStaff,
           tr("Used for \"Mine\" in the Inbox and to show others who is replying."));
    m_notifications = new QCheckBox(tr("Show a notification when a customer replies"), box);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    form->addRow(QString(), m_notifications);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language in its own words, so someone who cannot read the current one finds theirs.
    for (const QString& language : QStringList{QStringLiteral("en")} + LanguageLoader::translatedLanguages())
        m_language->addItem(LanguageLoader::nativeName(language), language);
    addRow(form, tr("Language:"), m_language, tr("Ringback restarts in the language you choose."));
    // Start-at-login (packaging) goes here: a machine setting, like the rows above.
    return box;
}

void SettingsPage::addComputerOptions(QWidget* group)
{
    // Right under "This computer": these, too, belong to this computer only.
    group->setParent(m_computerGroup->parentWidget());
    m_column->insertWidget(m_column->indexOf(m_computerGroup) + 1, group);
}

void SettingsPage::addStatusGroup(QWidget* group)
{
    group->setParent(m_computerGroup->parentWidget());
    m_column->insertWidget(1, group); // under the page's title, above the business's settings
}

QWidget* SettingsPage::dataGroup(const QString& databaseName)
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Data"), QString(), form);
    auto* where = plainLabel(new QLabel(databaseName, box));
    where->setObjectName(QStringLiteral("databaseLocation"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(form, tr("Calls, texts and leads are kept in:"), where);
    auto* share = new QPushButton(tr("Share with other desks…"), box);
    share->setObjectName(QStringLiteral("shareDatabase"));
    share->setToolTip(tr("Keep the inbox in the office's PostgreSQL database, so every desk sees the "
                         "same conversations."));
    connect(share, &QPushButton::clicked, this, &SettingsPage::sharedDatabaseRequested);
    form->addRow(QString(), share);
    return box;
}

void SettingsPage::reload()
{
    for (const SettingSpec& spec : Settings::specs())
        showValue(spec.key);
    showProvider();
    m_status->clear();
}

void SettingsPage::follow(SettingKey key)
{
    const QVariant typed = formValue(key);
    const auto shown = m_shown.constFind(key);
    if (typed.isValid() && shown != m_shown.cend() && typed != *shown && typed != m_settings.value(key))
        return; // being edited here
    showValue(key);
    if (key == SettingKey::ProviderKind || key == SettingKey::ProviderAccountId)
        showProvider();
}

void SettingsPage::showValue(SettingKey key)
{
    QSpinBox* spin = nullptr;
    switch (key) {
    case SettingKey::BusinessName:
        m_businessName->setText(m_settings.stringValue(key));
        break;
    case SettingKey::BusinessNumbers:
    case SettingKey::ProviderPhoneNumbersCache:
    case SettingKey::BusinessRegion:
        rebuildNumbers();
        m_shown.insert(SettingKey::BusinessNumbers, formValue(SettingKey::BusinessNumbers));
        return;
    case SettingKey::StaffNames:
        m_staff->setText(m_settings.listValue(key).join(QStringLiteral(", ")));
        fillDeskStaff(m_settings.listValue(key));
        break;
    case SettingKey::PollIntervalSeconds:
        spin = m_pollInterval;
        break;
    case SettingKey::GraceDelaySeconds:
        spin = m_graceDelay;
        break;
    case SettingKey::LiveCallRequestsPerMinute:
        spin = m_liveRequests;
        break;
    case SettingKey::CooldownHours:
        spin = m_cooldown;
        break;
    case SettingKey::StaleCutoffMinutes:
        spin = m_staleCutoff;
        break;
    case SettingKey::ShortCallSeconds:
        spin = m_shortCall;
        break;
    case SettingKey::HourlyAutoTextCap:
        spin = m_hourlyCap;
        break;
    case SettingKey::FollowUpDelayMinutes:
        spin = m_followUpDelay;
        break;
    case SettingKey::ReplyReminderMinutes:
        spin = m_replyReminder;
        break;
    case SettingKey::OwnerMobile:
    case SettingKey::WhatsAppSender: {
        const QString stored = m_settings.stringValue(key);
        const PhoneNumberInfo info =
            PhoneNumberService(m_settings.stringValue(SettingKey::BusinessRegion)).parse(stored);
        QLineEdit* field = key == SettingKey::OwnerMobile ? m_ownerMobile : m_whatsAppSender;
        field->setText(stored.isEmpty() || !info.isValid() ? stored : info.national);
        if (key == SettingKey::WhatsAppSender) {
            showWhatsAppTemplates();
            m_textBackChannel->setEnabled(!m_whatsAppSender->text().trimmed().isEmpty());
        }
        break;
    }
    case SettingKey::TextBackWhatsAppTemplate:
        fillTextBackChannel(m_settings.stringValue(key));
        break;
    case SettingKey::AllowedCountries:
        m_countries->setText(m_settings.listValue(key).join(QStringLiteral(", ")));
        break;
    case SettingKey::FollowUpEnabled:
        m_followUp->setChecked(m_settings.boolValue(key));
        m_followUpDelay->setEnabled(m_followUp->isChecked());
        break;
    case SettingKey::DeskStaffName:
        m_deskStaff->setCurrentText(m_settings.stringValue(key));
        break;
    case SettingKey::NotificationsEnabled:
        m_notifications->setChecked(m_settings.boolValue(key));
        break;
    case SettingKey::LineTypeLookupEnabled:
        m_lineTypeLookup->setChecked(m_settings.boolValue(key));
        break;
    case SettingKey::MessagingServiceSid: {
        const QString sid = m_settings.stringValue(key);
        int at = m_messagingService->findData(sid);
        if (at < 0) { // not listed (yet): shown by its id
            m_messagingService->addItem(sid, sid);
            at = m_messagingService->count() - 1;
        }
        m_messagingService->setCurrentIndex(at);
        break;
    }
    case SettingKey::Language: {
        const int language = m_language->findData(m_settings.stringValue(key));
        m_language->setCurrentIndex(language < 0 ? 0 : language);
        break;
    }
    default:
        return; // not on this page
    }
    if (spin)
        spin->setValue(m_settings.intValue(key));
    m_shown.insert(key, formValue(key));
}

void SettingsPage::fillDeskStaff(const QStringList& names)
{
    // "Who works at this desk" offers the staff names, kept in step with the staff field.
    const QString current = m_deskStaff->currentText();
    const QSignalBlocker block(m_deskStaff);
    m_deskStaff->clear();
    m_deskStaff->addItem(QString());
    m_deskStaff->addItems(names);
    m_deskStaff->setCurrentText(current);
}

void SettingsPage::setMessagingServices(const QList<QPair<QString, QString>>& services)
{
    const QString current = m_messagingService->currentData().toString();
    const QSignalBlocker block(m_messagingService);
    m_messagingService->clear();
    m_messagingService->addItem(tr("None: from the business number"), QString());
    for (const auto& [sid, name] : services)
        m_messagingService->addItem(name.isEmpty() ? sid : tr("%1 (%2)").arg(shownText(name), sid), sid);
    if (m_messagingService->findData(current) < 0)
        m_messagingService->addItem(current, current);
    m_messagingService->setCurrentIndex(m_messagingService->findData(current));
}

void SettingsPage::showReadiness(const QString& text, bool warn)
{
    m_readiness->setText(shownText(text));
    m_readiness->setStyleSheet(warn ? QStringLiteral("color: #8a5300;") : QString());
}

void SettingsPage::showProvider()
{
    const QString kind = m_settings.stringValue(SettingKey::ProviderKind);
    const QString account = m_settings.stringValue(SettingKey::ProviderAccountId);
    if (kind == QLatin1String("simulator"))
        m_provider->setText(tr("Demo office (no real calls or texts)"));
    else if (kind.isEmpty())
        m_provider->setText(tr("Not set up yet"));
    else
        m_provider->setText(tr("Twilio, Account SID %1").arg(account));
    showTokenPlace();
}

void SettingsPage::showTokenPlace()
{
    const QString kind = m_settings.stringValue(SettingKey::ProviderKind);
    if (kind == QLatin1String("simulator")) {
        m_tokenPlace->setText(tr("The demo needs no token."));
        return;
    }
    if (TwilioCredentialSource(nullptr, m_environment).environmentHasCredentials()) {
        m_tokenPlace->setText(CredentialChooser::describe(CredentialChooser::Place::Environment, QString()));
        return;
    }
    const QString account = m_settings.stringValue(SettingKey::ProviderAccountId);
    if (account.isEmpty()) {
        m_tokenPlace->setText(CredentialChooser::describe(CredentialChooser::Place::Nowhere, QString()));
        return;
    }
    m_tokenPlace->setText(tr("Looking..."));
    QPointer<SettingsPage> self(this);
    m_credentials.locate(TwilioCredentialSource::secretKey(account), [self](CredentialChooser::Place place) {
        if (self)
            self->m_tokenPlace->setText(CredentialChooser::describe(place, self->m_credentials.filePath()));
    });
}

void SettingsPage::rebuildNumbers()
{
    qDeleteAll(m_numberBoxes);
    m_numberBoxes.clear();
    const QStringList chosen = m_settings.listValue(SettingKey::BusinessNumbers);
    QStringList all = m_settings.listValue(SettingKey::ProviderPhoneNumbersCache);
    for (const QString& n : chosen) {
        if (!all.contains(n))
            all << n;
    }
    const PhoneNumberService phones(m_settings.stringValue(SettingKey::BusinessRegion));
    for (const QString& e164 : std::as_const(all)) {
        const PhoneNumberInfo info = phones.parse(e164);
        auto* box = new QCheckBox(info.isValid() ? info.national : e164);
        box->setObjectName(QStringLiteral("number_") + e164);
        box->setProperty("e164", e164);
        box->setChecked(chosen.contains(e164));
        m_numbersList->addWidget(box);
        m_numberBoxes << box;
    }
    m_noNumbers->setVisible(all.isEmpty());
}

QStringList SettingsPage::chosenNumbers() const
{
    QStringList out;
    for (QCheckBox* box : m_numberBoxes) {
        if (box->isChecked())
            out << box->property("e164").toString();
    }
    return out;
}

QStringList SettingsPage::countryCodes() const
{
    QStringList out;
    for (const QString& code : splitList(m_countries->text()))
        out << code.toUpper();
    return out;
}

QStringList SettingsPage::staffNames() const
{
    return splitList(m_staff->text());
}

void SettingsPage::setWhatsAppTemplates(const QList<WhatsAppTemplate>& templates)
{
    m_templates = templates;
    showWhatsAppTemplates();
    fillTextBackChannel(m_textBackChannel->currentData().toString()); // an unsaved choice stays
}

void SettingsPage::fillTextBackChannel(const QString& chosen)
{
    const QSignalBlocker block(m_textBackChannel);
    m_textBackChannel->clear();
    m_textBackChannel->addItem(tr("SMS"), QString());
    for (const WhatsAppTemplate& t : m_templates.value_or(QList<WhatsAppTemplate>()))
        m_textBackChannel->addItem(tr("WhatsApp: %1").arg(shownText(t.name)), t.id);
    if (!chosen.isEmpty() && m_textBackChannel->findData(chosen) < 0) // saved, not listed (yet): by its id
        m_textBackChannel->addItem(tr("WhatsApp: %1").arg(chosen), chosen);
    m_textBackChannel->setCurrentIndex(qMax(0, m_textBackChannel->findData(chosen)));
}

void SettingsPage::showWhatsAppTemplates()
{
    if (m_settings.stringValue(SettingKey::WhatsAppSender).isEmpty())
        m_whatsAppTemplates->setText(tr("WhatsApp is off."));
    else if (!m_templates)
        m_whatsAppTemplates->setText(tr("Not listed yet."));
    else if (m_templates->isEmpty())
        m_whatsAppTemplates->setText(tr("None approved: outside the 24-hour window nothing can be sent."));
    else {
        QStringList names;
        for (const WhatsAppTemplate& t : std::as_const(*m_templates))
            names << t.name;
        m_whatsAppTemplates->setText(tr("Approved: %1").arg(names.join(QStringLiteral(", "))));
    }
}

QString SettingsPage::ownerMobile() const
{
    return typedNumber(m_ownerMobile);
}

QString SettingsPage::typedNumber(const QLineEdit* field) const
{
    const QString typed = field->text().trimmed();
    if (typed.isEmpty())
        return typed;
    const PhoneNumberInfo info =
        PhoneNumberService(m_settings.stringValue(SettingKey::BusinessRegion)).parse(typed);
    return info.isValid() ? info.e164 : typed;
}

QList<Settings::Change> SettingsPage::changes() const
{
    QList<Settings::Change> out{
        // Shared settings (database): every desk sees these.
        {SettingKey::BusinessName, m_businessName->text()},
        {SettingKey::BusinessNumbers, chosenNumbers()},
        {SettingKey::StaffNames, staffNames()},
        {SettingKey::AllowedCountries, countryCodes()},
        {SettingKey::FollowUpEnabled, m_followUp->isChecked()},
        {SettingKey::OwnerMobile, ownerMobile()},
        {SettingKey::MessagingServiceSid, m_messagingService->currentData().toString()},
        {SettingKey::LineTypeLookupEnabled, m_lineTypeLookup->isChecked()},
        {SettingKey::WhatsAppSender, typedNumber(m_whatsAppSender)},
        {SettingKey::TextBackWhatsAppTemplate, m_textBackChannel->currentData().toString()},
        // Machine settings (QSettings): this computer only.
        {SettingKey::DeskStaffName, m_deskStaff->currentText()},
        {SettingKey::NotificationsEnabled, m_notifications->isChecked()},
        {SettingKey::Language, m_language->currentData().toString()},
    };
    for (QSpinBox* box : {m_pollInterval, m_liveRequests, m_graceDelay, m_cooldown, m_staleCutoff,
                          m_shortCall, m_hourlyCap, m_followUpDelay, m_replyReminder}) {
        const auto* rule = static_cast<const RuleSpinBox*>(box);
        out << Settings::Change{rule->key(), rule->typed()};
    }
    return out;
}

QVariant SettingsPage::formValue(SettingKey key) const
{
    for (const Settings::Change& change : changes()) {
        if (change.first != key)
            continue;
        auto checked = SettingRules::check(key, change.second);
        return checked ? checked.value() : change.second;
    }
    return {};
}

QStringList SettingsPage::problems() const
{
    // The rules every writer of these settings uses (SettingRules), so the page says what
    // --import-settings would say.
    QStringList out;
    for (const Settings::Change& change : changes()) {
        if (change.first == SettingKey::AllowedCountries) {
            // Each wrong code named, not only the first.
            for (const QString& code : change.second.toStringList()) {
                if (auto checked = SettingRules::check(change.first, QStringList{code}); !checked)
                    out << checked.error();
            }
        }
        if (auto checked = SettingRules::check(change.first, change.second);
            !checked && !out.contains(checked.error()))
            out << checked.error();
    }
    if (out.isEmpty())
        out = SettingRules::checkTogether(changes(), m_settings); // across settings, the same rules
    return out;
}

bool SettingsPage::save()
{
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(wrong.join(QLatin1Char('\n')));
        return false;
    }
    // All or nothing: the business's settings in one transaction, then this computer's.
    if (auto saved = m_settings.setValues(changes()); !saved) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(tr("Nothing was saved: %1").arg(saved.error().join(QLatin1Char('\n'))));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved."));
    emit saved();
    return true;
}

} // namespace ringback::ui
