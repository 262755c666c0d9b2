#pragma once

#include "ProviderError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ringback {

class PhoneNumberService;
class VoipProvider;
struct ProviderNumber;

// What a provider account says about its registration for business texting to US numbers (US
// carriers block texts from local "10DLC" numbers not registered to a brand and a campaign, and
// from toll-free numbers not verified). Statuses are kept as the provider spells them.
struct BrandRegistration
{
    QString sid;
    QString status; // Twilio: PENDING, APPROVED, FAILED, IN_REVIEW, SUSPENDED, DELETION_...
};

struct A2pCampaign
{
    QString sid;
    QString brandSid;
    QString status; // Twilio's campaign_status: VERIFIED, PENDING, IN_PROGRESS, FAILED, SUSPENDED
};

struct MessagingService
{
    QString sid; // Twilio: MG...
    QString friendlyName;
    bool usA2pRegistered = false;
    QList<A2pCampaign> campaigns;
    // The numbers in the service's sender pool: their provider ids (PN...) and E.164 forms.
    QStringList numberIds;
    QStringList numbers;
};

struct TollFreeVerification
{
    QString sid;
    QString numberId; // the toll-free number's provider id (PN...)
    QString status;   // PENDING_REVIEW, IN_REVIEW, TWILIO_APPROVED, TWILIO_REJECTED
};

struct TextingCompliance
{
    QList<BrandRegistration> brands;
    QList<MessagingService> services;
    QList<TollFreeVerification> tollFree;
};

// Which rules a business number texts under.
enum class NumberClass {
    UsLocal,    // a US geographic number: A2P 10DLC (brand + campaign)
    UsTollFree, // a US toll-free number: toll-free verification
    Other       // another country, or not a number libphonenumber knows
};

// What a number's registration means for its texts to US numbers.
enum class Readiness {
    Ready,              // 10DLC campaign verified, or toll-free verification approved
    AwaitingApproval,   // campaign (or brand) submitted, not approved yet
    NotRegistered,      // no brand registration at all
    NotInCampaign,      // a brand, but the number is in no messaging service with a campaign
    RegistrationFailed, // brand or campaign failed or suspended
    TollFreePending,
    TollFreeRejected,
    TollFreeNotVerified,
    NotUs // US registration does not apply
};

struct NumberReadiness
{
    QString e164;
    NumberClass numberClass = NumberClass::Other;
    Readiness readiness = Readiness::NotUs;
    QString serviceSid; // the messaging service whose campaign decided it, when one did
};

// What a readiness check found: each number's readiness, or (failure not empty) why the check
// could not say.
struct ReadinessReport
{
    QList<NumberReadiness> numbers = {};
    QString failure = {};
    bool applies = true;                   // false: the provider keeps no such registration (failure says so)
    QList<MessagingService> services = {}; // the account's, to choose one to send through
};

// Decides, for each business number, what its registration means (a pure function of the
// account's state, tested as a table), and words it in one sentence the office can act on.
class TextingReadiness
{
    Q_DECLARE_TR_FUNCTIONS(TextingReadiness)

public:
    // US local, US toll-free or other, as libphonenumber types the number.
    static NumberClass classify(const PhoneNumberService& phones, const QString& e164);
    static NumberReadiness decide(const ProviderNumber& number, NumberClass numberClass,
                                  const TextingCompliance& account);
    static QList<NumberReadiness> decideAll(const PhoneNumberService& phones,
                                            const QList<ProviderNumber>& numbers,
                                            const TextingCompliance& account);

    // "Ready to text US numbers", ... (one sentence, with the console's link where there is
    // something to do).
    static QString sentence(Readiness readiness);
    // "US local number", "US toll-free number", "not a US number".
    static QString className(NumberClass numberClass);
    // Whether texts from the number reach US phones now.
    static bool isBlocking(Readiness readiness);
    // The check itself failed (bad credentials, no permission, the address, too many requests...):
    // one sentence saying what to do.
    static QString checkFailed(const ProviderError& error);

    // Asks the provider for its numbers (unless given) and its registration, then decides; `done`
    // is called once, from the provider's event loop (never if the provider is destroyed first).
    static void check(VoipProvider& provider, std::function<void(ReadinessReport)> done);
    static void check(VoipProvider& provider, const QList<ProviderNumber>& numbers,
                      std::function<void(ReadinessReport)> done);
    // "(808) 925-5327, US local number: Ready to text US numbers"
    static QString line(const PhoneNumberService& phones, const NumberReadiness& number);
    // Every number's line, one a line.
    static QString lines(const ReadinessReport& report);

    // What a provider without a registration registry answers (see VoipProvider).
    static ProviderError noRegistry();

    // Where to register (A2P 10DLC) and verify (toll-free).
    static QString registerUrl();
    static QString tollFreeUrl();
};

} // namespace ringback
