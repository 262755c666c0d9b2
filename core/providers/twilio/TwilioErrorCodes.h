#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ringback {

// Twilio's error codes in words the office can act on: the request errors that mean something
// specific (21610 opted out, 21211 invalid number...) and the delivery errors a text's status
// reports later (30003 phone off, 30006 landline, 30007 filtered as spam...). The request mapper
// and the thread's "Not delivered: ..." line both read this one table. Other providers map their
// delivery errors onto these codes.
class TwilioErrorCodes
{
    Q_DECLARE_TR_FUNCTIONS(TwilioErrorCodes)

public:
    // One sentence for a code Ringback knows; empty for any other.
    static QString describe(int code);
    // That sentence untranslated (context "TwilioErrorCodes"), for wording it in another
    // language (FactWording); null for a code Ringback does not know.
    static const char* sourceText(int code);

    // A delivery error that means the sending number is not registered for texting US numbers
    // (30034 unregistered 10DLC number, 30035 registration not finished, 30032 toll-free number
    // not verified): every text from it fails the same way until the owner acts.
    static bool isRegistrationError(int code);

    // Why a text was not delivered: the sentence for a known code, else the provider's own
    // words, else a sentence saying the provider gave no reason.
    static QString deliveryFailureReason(std::optional<int> code, const QString& providerMessage);
};

} // namespace ringback
