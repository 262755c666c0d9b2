#include "TextingReadiness.h"

#include "VoipProvider.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioErrorCodes.h"

namespace ringback {

namespace {

// ProviderError::providerCode of noRegistry(): no provider uses negative codes.
constexpr int kNoRegistryCode = -1;

bool is(const QString& status, const char* value)
{
    return status.compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}

bool isPending(const QString& status)
{
    return is(status, "PENDING") || is(status, "IN_PROGRESS") || is(status, "IN_REVIEW") ||
           is(status, "PENDING_REVIEW");
}

bool isFailed(const QString& status)
{
    return is(status, "FAILED") || is(status, "SUSPENDED") || is(status, "DELETION_PENDING") ||
           is(status, "DELETION_FAILED") || is(status, "TWILIO_REJECTED");
}

bool holds(const MessagingService& service, const ProviderNumber& number)
{
    return (!number.providerId.isEmpty() && service.numberIds.contains(number.providerId)) ||
           (!number.e164.isEmpty() && service.numbers.contains(number.e164));
}

NumberReadiness tenDlc(NumberReadiness out, const ProviderNumber& number, const TextingCompliance& account)
{
    // The best campaign among the services that send from this number decides.
    const MessagingService* pending = nullptr;
    const MessagingService* failed = nullptr;
    for (const MessagingService& service : account.services) {
        if (!holds(service, number))
            continue;
        if (service.campaigns.isEmpty() && service.usA2pRegistered) {
            out.readiness = Readiness::Ready;
            out.serviceSid = service.sid;
            return out;
        }
        for (const A2pCampaign& campaign : service.campaigns) {
            if (is(campaign.status, "VERIFIED")) {
                out.readiness = Readiness::Ready;
                out.serviceSid = service.sid;
                return out;
            }
            if (isPending(campaign.status))
                pending = &service;
            else if (isFailed(campaign.status))
                failed = failed ? failed : &service;
        }
    }
    if (pending) {
        out.readiness = Readiness::AwaitingApproval;
        out.serviceSid = pending->sid;
        return out;
    }
    if (failed) {
        out.readiness = Readiness::RegistrationFailed;
        out.serviceSid = failed->sid;
        return out;
    }
    // No campaign sends from this number: what the brand says.
    bool anyBrand = false;
    bool brandFailed = false;
    for (const BrandRegistration& brand : account.brands) {
        if (isFailed(brand.status))
            brandFailed = true;
        else
            anyBrand = true;
    }
    out.readiness = anyBrand      ? Readiness::NotInCampaign
                    : brandFailed ? Readiness::RegistrationFailed
                                  : Readiness::NotRegistered;
    return out;
}

NumberReadiness tollFree(NumberReadiness out, const ProviderNumber& number, const TextingCompliance& account)
{
    bool pending = false;
    bool rejected = false;
    for (const TollFreeVerification& v : account.tollFree) {
        if (v.numberId.isEmpty() || v.numberId != number.providerId)
            continue;
        if (is(v.status, "TWILIO_APPROVED")) {
            out.readiness = Readiness::Ready;
            return out;
        }
        if (isPending(v.status))
            pending = true;
        else if (isFailed(v.status))
            rejected = true;
    }
    out.readiness = pending    ? Readiness::TollFreePending
                    : rejected ? Readiness::TollFreeRejected
                               : Readiness::TollFreeNotVerified;
    return out;
}

// A check that could not read the registration: why, and whether the provider has one at all.
ReadinessReport failed(const ProviderError& error)
{
    if (error.providerCode == kNoRegistryCode)
        return ReadinessReport{{}, error.message, false};
    return ReadinessReport{{}, TextingReadiness::checkFailed(error)};
}

} // namespace

NumberClass TextingReadiness::classify(const PhoneNumberService& phones, const QString& e164)
{
    const PhoneNumberInfo info = phones.parse(e164);
    if (!info.isValid() || info.regionCode != QLatin1String("US"))
        return NumberClass::Other;
    return info.type == NumberType::TollFree ? NumberClass::UsTollFree : NumberClass::UsLocal;
}

NumberReadiness TextingReadiness::decide(const ProviderNumber& number, NumberClass numberClass,
                                         const TextingCompliance& account)
{
    NumberReadiness out;
    out.e164 = number.e164;
    out.numberClass = numberClass;
    switch (numberClass) {
    case NumberClass::UsLocal:
        return tenDlc(out, number, account);
    case NumberClass::UsTollFree:
        return tollFree(out, number, account);
    case NumberClass::Other:
        break;
    }
    out.readiness = Readiness::NotUs;
    return out;
}

QList<NumberReadiness> TextingReadiness::decideAll(const PhoneNumberService& phones,
                                                   const QList<ProviderNumber>& numbers,
                                                   const TextingCompliance& account)
{
    QList<NumberReadiness> out;
    out.reserve(numbers.size());
    for (const ProviderNumber& n : numbers)
        out.append(decide(n, classify(phones, n.e164), account));
    return out;
}

void TextingReadiness::check(VoipProvider& provider, std::function<void(ReadinessReport)> done)
{
    // The registration first: a provider without one costs no listing of its numbers.
    provider.readTextingCompliance([&provider,
                                    done = std::move(done)](ProviderResult<TextingCompliance> account) {
        if (!account)
            return done(failed(account.error()));
        provider.listNumbers([account = account.value(),
                              done](ProviderResult<QList<ProviderNumber>> numbers) {
            if (!numbers)
                return done(ReadinessReport{{}, checkFailed(numbers.error())});
            const PhoneNumberService phones;
            done(ReadinessReport{decideAll(phones, numbers.value(), account), {}, true, account.services});
        });
    });
}

void TextingReadiness::check(VoipProvider& provider, const QList<ProviderNumber>& numbers,
                             std::function<void(ReadinessReport)> done)
{
    provider.readTextingCompliance(
        [numbers, done = std::move(done)](ProviderResult<TextingCompliance> account) {
            if (!account && account.error().providerCode == kNoRegistryCode)
                return done(ReadinessReport{{}, account.error().message, false});
            if (!account)
                return done(ReadinessReport{{}, checkFailed(account.error())});
            const PhoneNumberService phones;
            done(ReadinessReport{decideAll(phones, numbers, account.value()), {}, true, account->services});
        });
}

QString TextingReadiness::line(const PhoneNumberService& phones, const NumberReadiness& number)
{
    const PhoneNumberInfo info = phones.parse(number.e164);
    const QString shown = !info.isValid()                             ? number.e164
                          : info.regionCode == phones.defaultRegion() ? info.national
                                                                      : info.international;
    if (number.numberClass == NumberClass::Other)
        return tr("%1: %2").arg(shown, sentence(number.readiness));
    return tr("%1, %2: %3").arg(shown, className(number.numberClass), sentence(number.readiness));
}

QString TextingReadiness::lines(const ReadinessReport& report)
{
    if (!report.failure.isEmpty())
        return report.failure;
    if (report.numbers.isEmpty())
        return tr("This account has no phone numbers yet.");
    const PhoneNumberService phones;
    QStringList out;
    for (const NumberReadiness& n : report.numbers)
        out.append(line(phones, n));
    return out.join(QLatin1Char('\n'));
}

ProviderError TextingReadiness::noRegistry()
{
    ProviderError none;
    none.kind = ProviderError::Kind::Rejected;
    none.fate = ProviderError::Fate::NotAccepted;
    none.providerCode = kNoRegistryCode;
    none.message = tr("This provider does not report a texting registration: check it in the provider's "
                      "own console.");
    return none;
}

QString TextingReadiness::registerUrl()
{
    return QStringLiteral("https://www.twilio.com/docs/messaging/compliance/a2p-10dlc");
}

QString TextingReadiness::tollFreeUrl()
{
    return QStringLiteral("https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding");
}

QString TextingReadiness::sentence(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return tr("Ready to text US numbers");
    // The same words as the delivery errors that mean it (one story wherever the office meets it).
    case Readiness::AwaitingApproval:
        return TwilioErrorCodes::describe(30035);
    case Readiness::NotRegistered:
        return TwilioErrorCodes::describe(30034);
    case Readiness::NotInCampaign:
        return tr("Brand registered, but this number is in no approved campaign: US carriers block these "
                  "texts; add it to your messaging service in the Twilio console (%1)")
            .arg(registerUrl());
    case Readiness::RegistrationFailed:
        return tr("Registration rejected or suspended: US carriers block these texts; see the reason in the "
                  "Twilio console (%1)")
            .arg(registerUrl());
    case Readiness::TollFreePending:
        return tr("Toll-free verification submitted, waiting for approval; texts to US numbers may be "
                  "blocked until then");
    case Readiness::TollFreeRejected:
        return tr("Toll-free verification rejected: US carriers block these texts; see the reason in the "
                  "Twilio console (%1)")
            .arg(tollFreeUrl());
    case Readiness::TollFreeNotVerified:
        return TwilioErrorCodes::describe(30032);
    case Readiness::NotUs:
        return tr("Not a US number, so US registration does not apply");
    }
    return {};
}

QString TextingReadiness::className(NumberClass numberClass)
{
    switch (numberClass) {
    case NumberClass::UsLocal:
        return tr("US local number");
    case NumberClass::UsTollFree:
        return tr("US toll-free number");
    case NumberClass::Other:
        break;
    }
    return tr("not a US number");
}

bool TextingReadiness::isBlocking(Readiness readiness)
{
    return readiness != Readiness::Ready && readiness != Readiness::NotUs;
}

QString TextingReadiness::checkFailed(const ProviderError& error)
{
    // Twilio answers 20003 (with HTTP 401 or 403) to credentials that may not read this: a
    // subaccount's or a restricted API key's.
    if (error.providerCode == 20003)
        return tr("Could not check the texting registration: Twilio denied permission (error 20003). Use "
                  "the main account's Account SID and Auth Token, then check again.");
    switch (error.kind) {
    case ProviderError::Kind::BadCredentials:
        return tr("Could not check the texting registration: Twilio refused the Account SID or Auth "
                  "Token. Check them, then check again.");
    case ProviderError::Kind::Forbidden:
        return tr("Could not check the texting registration: this account may not read it. Use the main "
                  "account's credentials, then check again.");
    case ProviderError::Kind::NotFound:
        return tr("Could not check the texting registration: Twilio's messaging address was not found. "
                  "Check the provider address, then check again.");
    case ProviderError::Kind::RateLimited:
        return tr("Could not check the texting registration: Twilio asked Ringback to slow down. Check "
                  "again in a minute.");
    default:
        break;
    }
    return tr("Could not check the texting registration: %1").arg(error.message);
}

} // namespace ringback
