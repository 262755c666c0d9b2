#include "PhoneNumberService.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSet>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

namespace ringback {

namespace pn = i18n::phonenumbers;

namespace {

// libphonenumber refuses longer input anyway; cutting it first keeps garbage cheap.
constexpr int kMaxInputLength = 250;

NumberType fromLibType(pn::PhoneNumberUtil::PhoneNumberType t)
{
    using U = pn::PhoneNumberUtil;
    switch (t) {
    case U::MOBILE:
        return NumberType::Mobile;
    case U::FIXED_LINE:
        return NumberType::FixedLine;
    case U::FIXED_LINE_OR_MOBILE:
        return NumberType::FixedLineOrMobile;
    case U::TOLL_FREE:
        return NumberType::TollFree;
    case U::PREMIUM_RATE:
        return NumberType::PremiumRate;
    case U::SHARED_COST:
        return NumberType::SharedCost;
    case U::VOIP:
        return NumberType::Voip;
    case U::PERSONAL_NUMBER:
        return NumberType::PersonalNumber;
    case U::PAGER:
        return NumberType::Pager;
    case U::UAN:
        return NumberType::Uan;
    case U::VOICEMAIL:
        return NumberType::Voicemail;
    case U::UNKNOWN:
        break;
    }
    return NumberType::Unknown;
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

PhoneNumberService::PhoneNumberService(const QString& defaultRegion, const QString& displayLanguage)
    : m_defaultRegion(defaultRegion.toUpper())
    , m_language(displayLanguage)
    , m_geocoder(std::make_unique<pn::PhoneNumberOfflineGeocoder>())
{}

PhoneNumberService::~PhoneNumberService() = default;

bool PhoneNumberService::isWithheldCallerId(const QString& input)
{
    static const QSet<QString> words{
        QStringLiteral("anonymous"),      QStringLiteral("restricted"),   QStringLiteral("private"),
        QStringLiteral("unknown"),        QStringLiteral("unavailable"),  QStringLiteral("blocked"),
        QStringLiteral("withheld"),       QStringLiteral("no caller id"), QStringLiteral("private number"),
        QStringLiteral("unknown caller"),
    };
    // Twilio's stand-ins: the words spelled on a keypad.
    static const QSet<QString> keypadWords{
        QStringLiteral("266696687"),   // ANONYMOUS
        QStringLiteral("7378742833"),  // RESTRICTED
        QStringLiteral("2562533"),     // BLOCKED
        QStringLiteral("8656696"),     // UNAVAIL
        QStringLiteral("86282452253"), // UNKNOWN
    };
    const QString t = input.trimmed().toLower();
    if (t.isEmpty() || words.contains(t))
        return true;
    QString digits = t;
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    return keypadWords.contains(digits);
}

PhoneNumberInfo PhoneNumberService::parse(const QString& input) const
{
    PhoneNumberInfo info;
    info.input = input;
    if (isWithheldCallerId(input)) {
        info.kind = CallerIdKind::Withheld;
        return info;
    }
    if (input.size() > kMaxInputLength)
        return info;

    const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    const auto error = util.Parse(input.trimmed().toStdString(), m_defaultRegion.toStdString(), &number);
    if (error != pn::PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number)) {
        qCDebug(lcPhone) << "not a valid number:" << input << "error" << int(error);
        return info;
    }

    info.kind = CallerIdKind::Number;
    std::string out;
    util.Format(number, pn::PhoneNumberUtil::E164, &out);
    info.e164 = fromStd(out);
    if (number.has_extension())
        info.extension = fromStd(number.extension());
    // Display forms without the extension: a text cannot dial one.
    pn::PhoneNumber bare = number;
    bare.clear_extension();
    util.Format(bare, pn::PhoneNumberUtil::NATIONAL, &out);
    info.national = fromStd(out);
    util.Format(bare, pn::PhoneNumberUtil::INTERNATIONAL, &out);
    info.international = fromStd(out);
    util.GetRegionCodeForNumber(number, &out);
    info.regionCode = fromStd(out);
    info.countryCode = number.country_code();
    info.type = fromLibType(util.GetNumberType(number));
    const icu::Locale locale(m_language.toStdString().c_str());
    // A caller inside the business's own country plan (+1 covers the US and Canada) gets their
    // town or state; a caller from abroad gets their country.
    if (number.country_code() == util.GetCountryCodeForRegion(m_defaultRegion.toStdString()))
        info.place = fromStd(m_geocoder->GetDescriptionForNumber(number, locale));
    else
        info.place =
            fromStd(m_geocoder->GetDescriptionForNumber(number, locale, m_defaultRegion.toStdString()));
    return info;
}

std::optional<QString> PhoneNumberService::toE164(const QString& input) const
{
    const PhoneNumberInfo info = parse(input);
    if (!info.isValid())
        return std::nullopt;
    return info.e164;
}

QString PhoneNumberService::typeName(NumberType type)
{
    const char* text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "unknown type");
    switch (type) {
    case NumberType::Mobile:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "mobile");
        break;
    case NumberType::FixedLine:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "landline");
        break;
    case NumberType::FixedLineOrMobile:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "mobile or landline");
        break;
    case NumberType::TollFree:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "toll-free");
        break;
    case NumberType::PremiumRate:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "premium rate");
        break;
    case NumberType::SharedCost:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "shared cost");
        break;
    case NumberType::Voip:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "internet phone (VoIP)");
        break;
    case NumberType::PersonalNumber:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "personal number");
        break;
    case NumberType::Pager:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "pager");
        break;
    case NumberType::Uan:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "company number");
        break;
    case NumberType::Voicemail:
        text = QT_TRANSLATE_NOOP("ringback::PhoneNumberService", "voicemail");
        break;
    case NumberType::Unknown:
        break;
    }
    return QCoreApplication::translate("ringback::PhoneNumberService", text);
}

} // namespace ringback
