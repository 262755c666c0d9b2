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
    // The registration family (US A2P 10DLC, toll-free verification): the same sentences as the
    // readiness check's (TextingReadiness), so the office reads one story wherever it meets it.
    {30032,
     QT_TRANSLATE_NOOP("TwilioErrorCodes",
                       "Toll-free number not verified: US carriers block these texts; verify it in the "
                       "Twilio console "
                       "(https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding)")},
    {30034, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "Not registered: US carriers block these texts; register in the Twilio console "
                              "(https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)")},
    {30035,
     QT_TRANSLATE_NOOP("TwilioErrorCodes",
                       "Registered, waiting for approval (usually 1-3 weeks); texts to US numbers may be "
                       "blocked until then")},
    {63016, QT_TRANSLATE_NOOP("TwilioErrorCodes",
                              "More than 24 hours have passed since this customer last wrote on WhatsApp, "
                              "so only an approved template can be sent.")},
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

bool TwilioErrorCodes::isRegistrationError(int code)
{
    return code == 30032 || code == 30034 || code == 30035;
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
