#include "NumbersPage.h"

#include "SetupWizard.h"
#include "common/OutsideText.h"
#include "phone/PhoneNumberService.h"
#include "providers/VoipProvider.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace ringback::ui {

NumbersPage::NumbersPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_whatsAppSender(new QLineEdit(this))
    , m_whatsAppStatus(new QLabel(this))
{
    setTitle(tr("Your business numbers"));
    setSubTitle(tr("Pick the numbers customers call. Ringback texts back missed calls to these numbers, from "
                   "the number the customer called."));
    m_status->setObjectName(QStringLiteral("numbersStatus"));
    plainLabel(m_status); // can carry the provider's message
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_list);
    // WhatsApp rides the same account: the sender is the business number or another one.
    m_whatsAppSender->setObjectName(QStringLiteral("whatsAppSender"));
    m_whatsAppSender->setPlaceholderText(tr("Off"));
    m_whatsAppStatus->setObjectName(QStringLiteral("whatsAppStatus"));
    plainLabel(m_whatsAppStatus); // template names are the provider's text
    m_whatsAppStatus->setWordWrap(true);
    auto* whatsApp = new QHBoxLayout;
    whatsApp->addWidget(new QLabel(tr("WhatsApp sender (optional):"), this));
    whatsApp->addWidget(m_whatsAppSender, 1);
    layout->addSpacing(8);
    layout->addLayout(whatsApp);
    layout->addWidget(m_whatsAppStatus);
    layout->addStretch(1);
}

void NumbersPage::listWhatsAppTemplates()
{
    VoipProvider* provider = m_wizard.provider();
    if (!provider)
        return;
    m_whatsAppStatus->setText(tr("Looking up the account's approved WhatsApp templates..."));
    const int attempt = m_attempt;
    QPointer<NumbersPage> self(this);
    provider->listWhatsAppTemplates([self, attempt](ProviderResult<QList<WhatsAppTemplate>> templates) {
        if (!self || attempt != self->m_attempt)
            return;
        if (!templates) {
            self->m_whatsAppStatus->setText(tr("The WhatsApp templates could not be listed: %1")
                                                .arg(shownText(templates.error().message)));
            return;
        }
        QStringList names;
        for (const WhatsAppTemplate& t : templates.value())
            names << t.name;
        self->m_whatsAppStatus->setText(
            names.isEmpty() ? tr("No approved WhatsApp templates: replies on WhatsApp are possible only "
                                 "within 24 hours of "
                                 "the customer's last message.")
                            : tr("Approved WhatsApp templates: %1").arg(names.join(QStringLiteral(", "))));
    });
}

void NumbersPage::clearBoxes()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
}

void NumbersPage::initializePage()
{
    SetupChoices& c = m_wizard.choices();
    const PhoneNumberService phones(m_wizard.settings().stringValue(SettingKey::BusinessRegion));
    const PhoneNumberInfo sender = phones.parse(c.whatsAppSender);
    m_whatsAppSender->setText(sender.isValid() ? sender.national : c.whatsAppSender);
    listWhatsAppTemplates();
    if (c.numbersListed)
        return showNumbers();
    clearBoxes();
    VoipProvider* provider = m_wizard.provider();
    if (!provider) {
        m_status->setText(tr("Go back and test the connection first."));
        return;
    }
    m_status->setText(tr("Looking up the numbers of your account..."));
    const int attempt = ++m_attempt;
    QPointer<NumbersPage> self(this);
    provider->listNumbers([self, attempt](ProviderResult<QList<ProviderNumber>> numbers) {
        if (!self || attempt != self->m_attempt)
            return;
        if (!numbers) {
            self->m_status->setText(tr("Ringback could not list the account's numbers: %1\nYou can go on: "
                                       "Ringback will then watch every number of the account that can send "
                                       "texts.")
                                        .arg(shownText(numbers.error().message)));
            return;
        }
        SetupChoices& c = self->m_wizard.choices();
        c.numbers = numbers.value();
        c.numbersListed = true;
        // A first setup, or numbers saved for another account: every number that can text.
        QStringList known;
        for (const ProviderNumber& n : c.numbers)
            known << n.e164;
        bool anyKnown = false;
        for (const QString& chosen : std::as_const(c.chosenNumbers))
            anyKnown = anyKnown || known.contains(chosen);
        if (!anyKnown) {
            c.chosenNumbers.clear();
            for (const ProviderNumber& n : std::as_const(c.numbers)) {
                if (n.smsCapable)
                    c.chosenNumbers << n.e164;
            }
        }
        self->showNumbers();
    });
}

void NumbersPage::showNumbers()
{
    clearBoxes();
    const SetupChoices& c = m_wizard.choices();
    if (c.numbers.isEmpty()) {
        m_status->setText(tr("This account has no phone numbers yet. Buy or port a number at your provider, "
                             "then run the setup again from Settings."));
        return;
    }
    m_status->setText(
        tr("Numbers of the account \"%1\":").arg(c.accountName.isEmpty() ? tr("Demo") : c.accountName));
    const PhoneNumberService phones(m_wizard.settings().stringValue(SettingKey::BusinessRegion));
    for (const ProviderNumber& n : c.numbers) {
        const PhoneNumberInfo info = phones.parse(n.e164);
        const QString shown = info.isValid() ? info.national : n.e164;
        QString text = n.friendlyName.isEmpty() || n.friendlyName == n.e164
                           ? shown
                           : tr("%1 (%2)").arg(shown, n.friendlyName);
        if (!n.smsCapable)
            text = tr("%1 - cannot send texts").arg(text);
        auto* box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("number_") + n.e164);
        box->setProperty("e164", n.e164);
        box->setEnabled(n.smsCapable);
        box->setChecked(n.smsCapable && c.chosenNumbers.contains(n.e164));
        m_list->addWidget(box);
        m_boxes << box;
    }
}

bool NumbersPage::validatePage()
{
    SetupChoices& c = m_wizard.choices();
    const QString typed = m_whatsAppSender->text().trimmed();
    const PhoneNumberInfo sender =
        PhoneNumberService(m_wizard.settings().stringValue(SettingKey::BusinessRegion)).parse(typed);
    c.whatsAppSender = typed.isEmpty() || !sender.isValid() ? typed : sender.e164;
    if (!c.numbersListed)
        return true;
    c.chosenNumbers.clear();
    for (QCheckBox* box : std::as_const(m_boxes)) {
        if (box->isChecked())
            c.chosenNumbers << box->property("e164").toString();
    }
    return true;
}

} // namespace ringback::ui
