#include "TwilioErrorCodes.h"

namespace ringback {

namespace {
struct Known
{
    int code;
    const char* text;
};

// Context "TwilioErrorCodes" (Q_DECLARE_TR_FUNCTIONS), where the translations are filed.
constexpr Known kKnown[] = {
    {21610, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "This person has opted out of texts from your number, so Twilio will not "
                              "deliver them.")},
    {21211, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Twilio says this phone number is not valid or cannot receive texts.")},
    {21614, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Twilio says this phone number is not valid or cannot receive texts.")},
    {21408, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Your Twilio account may not text this country. Allow it in the Twilio Console "
                              "under Messaging Geographic Permissions.")},
    {30001, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Too many texts were waiting at the provider, so this one was dropped. Send it "
                              "again.")},
    {30002, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "The provider account is suspended. Check it in the Twilio Console.")},
    {30003, QT_TRANSLATE_NOOP("TwilioErrorCodes", "The phone was switched off or out of reach.")},
    {30004, QT_TRANSLATE_NOOP("TwilioErrorCodes", "The recipient's phone or carrier blocked the text.")},
    {30005, QT_TRANSLATE_NOOP("TwilioErrorCodes", "The number does not exist or is no longer in service.")},
    {30006,
     QT_TRANSLATE_NOOP("TwilioErrorCodes",
                       "The number is a landline or its carrier cannot take texts. Call them instead.")},
    {30007, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "The carrier filtered the text as spam. Try plainer wording without links.")},
    {30008, QT_TRANSLATE_NOOP("TwilioErrorCodes", "The carrier reported an unknown error.")},
    {30032, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Your toll-free number is not verified for texting yet. Verify it in the "
                              "Twilio Console.")},
    {63016, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "More than 24 hours have passed since this customer last wrote on WhatsApp, "
                              "so only an approved template can be sent.")},
    {30034, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Your number is not registered for business texting (A2P 10DLC) yet. Register "
                              "it in the Twilio Console.")},
};
} // namespace

const char* TwilioErrorCodes::sourceText(int code)
{
    for (const Known& k : kKnown) {
        if (k.code == code)
            return k.text;
    }
    return nullptr;
}

QString TwilioErrorCodes::describe(int code)
{
    const char* text = sourceText(code);
    return text ? tr(text) : QString();
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
