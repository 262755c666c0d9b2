#include "TwilioErrorCodes.h"

namespace ringback {

QString TwilioErrorCodes::describe(int code)
{
    switch (code) {
    case 21610:
        return tr("This person has opted out of texts from your number, so Twilio will not deliver them.");
    case 21211:
    case 21614:
        return tr("Twilio says this phone number is not valid or cannot receive texts.");
    case 21408:
        return tr("Your Twilio account may not text this country. Allow it in the Twilio Console under "
                  "Messaging Geographic Permissions.");
    case 30001:
        return tr("Too many texts were waiting at the provider, so this one was dropped. Send it again.");
    case 30002:
        return tr("The provider account is suspended. Check it in the Twilio Console.");
    case 30003:
        return tr("The phone was switched off or out of reach.");
    case 30004:
        return tr("The recipient's phone or carrier blocked the text.");
    case 30005:
        return tr("The number does not exist or is no longer in service.");
    case 30006:
        return tr("The number is a landline or its carrier cannot take texts. Call them instead.");
    case 30007:
        return tr("The carrier filtered the text as spam. Try plainer wording without links.");
    case 30008:
        return tr("The carrier reported an unknown error.");
    case 30032:
        return tr("Your toll-free number is not verified for texting yet. Verify it in the Twilio Console.");
    case 30034:
        return tr("Your number is not registered for business texting (A2P 10DLC) yet. Register it in the "
                  "Twilio Console.");
    default:
        return {};
    }
}

QString TwilioErrorCodes::deliveryFailureReason(std::optional<int> code, const QString& providerMessage)
{
    if (code) {
        const QString known = describe(*code);
        if (!known.isEmpty())
            return known;
    }
    if (!providerMessage.trimmed().isEmpty())
        return providerMessage.trimmed();
    return code ? tr("The provider gave no reason (error %1).").arg(*code)
                : tr("The provider gave no reason.");
}

} // namespace ringback
