#include "SettingRules.h"

#include "providers/twilio/TwilioOptions.h"
#include "store/DatabaseLocation.h"

#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <limits>
#include <optional>

namespace ringback {

namespace {

using Format = SettingRule::Format;

// A quoted value in a sentence: never the whole of a 50 MB text.
QString quoted(const QString& text)
{
    constexpr int kShown = 40;
    return QLatin1Char('"') + (text.size() > kShown ? text.left(kShown) + QStringLiteral("...") : text) +
           QLatin1Char('"');
}

QString shown(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
        return QStringLiteral("[...]");
    return v.toString();
}

// A whole number from what the page or a JSON file gives, or nothing.
std::optional<qint64> wholeNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return v.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return std::numeric_limits<qint64>::max();
        return qint64(u);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            return std::nullopt;
        // Past ±2^62 the exact figure does not matter: it is out of every range.
        constexpr double kHuge = 4.6e18;
        if (d > kHuge)
            return std::numeric_limits<qint64>::max();
        if (d < -kHuge)
            return std::numeric_limits<qint64>::min();
        return qint64(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<bool> onOff(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::QString) {
        const QString t = v.toString().trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
        return std::nullopt;
    }
    if (const auto n = wholeNumber(v); n && (*n == 0 || *n == 1))
        return *n == 1;
    return std::nullopt;
}

// U+0000 and other control characters have no place in a setting (PostgreSQL refuses NUL);
// saved replies may hold line breaks and tabs.
bool hasControlCharacters(const QString& text, bool multiLine)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            continue;
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        return true;
    }
    return false;
}

bool isE164(const QString& text)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(text).hasMatch();
}

bool isRegion(const QString& code)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    return twoLetters.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isLanguage(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}([_-][A-Z]{2})?$"));
    return tag.match(text).hasMatch();
}

// The IANA ids this computer lists, and the Area/Location aliases it reads but leaves out of the
// list (Etc/UTC). Not the everyday names some systems also read ("Central"): a desk elsewhere may
// not, and they do not say which place is meant.
bool isTimeZone(const QString& text)
{
    const QByteArray id = text.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    static const QRegularExpression areaLocation(QStringLiteral("^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$"));
    return areaLocation.match(text).hasMatch() && QTimeZone(id).isValid();
}

} // namespace

const SettingRule& SettingRules::rule(SettingKey key)
{
    // Ranges: wide enough for any office, narrow enough that no value stops or floods the
    // automation. Lengths: a name fits the start of a text; a saved reply fits ten SMS parts.
    static const QList<SettingRule> table{
        {SettingKey::BusinessName, QT_TR_NOOP("The business name"), nullptr, 0, 0, 100, 0, true},
        {SettingKey::BusinessRegion, QT_TR_NOOP("The business's country"), nullptr, 0, 0, 2, 0, true,
         Format::RegionCode},
        {SettingKey::BusinessNumbers, QT_TR_NOOP("The business numbers"), nullptr, 0, 0, 16, 200, false,
         Format::E164List},
        {SettingKey::BookingLink, QT_TR_NOOP("The booking link"), nullptr, 0, 0, 500, 0, false,
         Format::WebAddress},
        {SettingKey::BusinessTimeZone, QT_TR_NOOP("The business's time zone"), nullptr, 0, 0, 64, 0, false,
         Format::TimeZone},
        {SettingKey::StaffNames, QT_TR_NOOP("The staff names"), nullptr, 0, 0, 60, 100},
        {SettingKey::AutoTextBackEnabled, QT_TR_NOOP("Auto text-back")},
        {SettingKey::AutomationEnabledSince, QT_TR_NOOP("The time auto text-back was switched on"),
         QT_TR_NOOP("milliseconds since 1970"), 0, 253'402'300'799'999LL},
        {SettingKey::PollIntervalSeconds, QT_TR_NOOP("The time between checks for new calls"),
         QT_TR_NOOP("seconds"), 1, 300},
        {SettingKey::GraceDelaySeconds, QT_TR_NOOP("The wait before texting"), QT_TR_NOOP("seconds"), 0, 600},
        {SettingKey::CooldownHours, QT_TR_NOOP("The time between automatic texts to one number"),
         QT_TR_NOOP("hours"), 1, 24 * 14},
        {SettingKey::StaleCutoffMinutes, QT_TR_NOOP("The age after which missed calls are not texted"),
         QT_TR_NOOP("minutes"), 5, 24 * 60 * 3},
        {SettingKey::ShortCallSeconds, QT_TR_NOOP("The length below which an answered call counts as missed"),
         QT_TR_NOOP("seconds"), 0, 120},
        {SettingKey::GreetingHangupSeconds, QT_TR_NOOP("The time a caller may hang up on the greeting"),
         QT_TR_NOOP("seconds"), 0, 120},
        {SettingKey::AllowedCountries, QT_TR_NOOP("The countries texts may go to"), nullptr, 0, 0, 2, 300,
         false, Format::RegionList},
        {SettingKey::HourlyAutoTextCap, QT_TR_NOOP("The limit of automatic texts per hour"),
         QT_TR_NOOP("texts"), 1, 1'000'000},
        {SettingKey::FollowUpEnabled, QT_TR_NOOP("The follow-up text")},
        {SettingKey::FollowUpDelayMinutes, QT_TR_NOOP("The wait before a follow-up"), QT_TR_NOOP("minutes"),
         10, 7 * 24 * 60},
        {SettingKey::HelpReplyEnabled, QT_TR_NOOP("The reply to HELP")},
        {SettingKey::ProviderKind, QT_TR_NOOP("The phone provider"), nullptr, 0, 0, 20, 0, false,
         Format::ProviderKind},
        {SettingKey::ProviderBaseUrl, QT_TR_NOOP("The provider's address"), nullptr, 0, 0, 500, 0, false,
         Format::ProviderUrl},
        {SettingKey::ProviderAccountId, QT_TR_NOOP("The provider account ID"), nullptr, 0, 0, 64},
        {SettingKey::ProviderPhoneNumbersCache, QT_TR_NOOP("The account's numbers"), nullptr, 0, 0, 16, 5000,
         false, Format::E164List},
        {SettingKey::SavedReplies, QT_TR_NOOP("A saved reply"), nullptr, 0, 0, 1600, 200},
        {SettingKey::SetupCompleted, QT_TR_NOOP("\"Setup completed\"")},
        {SettingKey::ReplyReminderMinutes, QT_TR_NOOP("The wait before a reply reminder"),
         QT_TR_NOOP("minutes, 0 for never"), 0, 24 * 60},
        {SettingKey::OwnerMobile, QT_TR_NOOP("The owner's mobile"), nullptr, 0, 0, 16, 0, false,
         Format::E164},
        {SettingKey::IntakeEnabled, QT_TR_NOOP("The intake questions")},
        {SettingKey::IntakeQuestions, QT_TR_NOOP("The intake questions asked"), nullptr, 0, 0, 10, 4},
        {SettingKey::IntakeSilenceMinutes, QT_TR_NOOP("The wait before the next intake question"),
         QT_TR_NOOP("minutes, 0 for never"), 0, 7 * 24 * 60},
        {SettingKey::UrgentWords, QT_TR_NOOP("An urgent word"), nullptr, 0, 0, 40, 200},
        {SettingKey::AverageJobValueCents, QT_TR_NOOP("The average job value"), QT_TR_NOOP("cents"), 100,
         100'000'000LL},
        {SettingKey::LiveCallRequestsPerMinute, QT_TR_NOOP("The limit of requests that watch ringing calls"),
         QT_TR_NOOP("requests per minute"), 0, 6000},
        {SettingKey::MessagingServiceSid, QT_TR_NOOP("The messaging service"), nullptr, 0, 0, 34, 0, false,
         Format::MessagingService},
        {SettingKey::LineTypeLookupEnabled, QT_TR_NOOP("The line type lookup")},
        {SettingKey::WhatsAppSender, QT_TR_NOOP("The WhatsApp sender"), nullptr, 0, 0, 16, 0, false,
         Format::E164},
        {SettingKey::TextBackWhatsAppTemplate, QT_TR_NOOP("The text-back's WhatsApp template"), nullptr, 0, 0,
         34, 0, false, Format::ContentSid},
        {SettingKey::ProviderContentBaseUrl, QT_TR_NOOP("The address of Twilio's Content API"), nullptr, 0, 0,
         500, 0, false, Format::ProviderUrl},
        {SettingKey::DeskName, QT_TR_NOOP("The desk name"), nullptr, 0, 0, 60},
        {SettingKey::DeskStaffName, QT_TR_NOOP("The name of who works at this desk"), nullptr, 0, 0, 60},
        {SettingKey::DatabaseLocation, QT_TR_NOOP("The database location"), nullptr, 0, 0, 1000, 0, false,
         Format::DatabaseArgument},
        {SettingKey::CredentialFileAllowed, QT_TR_NOOP("The permission to keep the token in a file")},
        {SettingKey::Language, QT_TR_NOOP("The language"), nullptr, 0, 0, 10, 0, false, Format::LanguageCode},
        {SettingKey::NotificationsEnabled, QT_TR_NOOP("Reply notifications")},
        {SettingKey::StartAtLogin, QT_TR_NOOP("\"Start at sign-in\"")},
        {SettingKey::StartMinimized, QT_TR_NOOP("\"Start minimized\"")},
    };
    for (const SettingRule& r : table) {
        if (r.key == key)
            return r;
    }
    Q_UNREACHABLE();
}

QString SettingRules::label(SettingKey key)
{
    return tr(rule(key).label);
}

Result<QVariant, QString> SettingRules::check(SettingKey key, const QVariant& value)
{
    const SettingRule& r = rule(key);
    // Translated only when a sentence is needed: values are checked on every read.
    const auto name = [key] {
        return label(key);
    };
    const int type = Settings::spec(key).defaultValue.typeId();

    if (type == QMetaType::Bool) {
        if (const auto b = onOff(value))
            return QVariant(*b);
        return tr("%1 is a switch: on or off (true or false), not %2.").arg(name(), quoted(shown(value)));
    }

    if (type == QMetaType::Int || type == QMetaType::LongLong) {
        const auto n = wholeNumber(value);
        if (!n || *n < r.minimum || *n > r.maximum)
            return tr("%1 must be a whole number from %2 to %3 (%4); %5 is not.")
                .arg(name())
                .arg(r.minimum)
                .arg(r.maximum)
                .arg(tr(r.unit), quoted(shown(value)));
        return type == QMetaType::Int ? QVariant(int(*n)) : QVariant(qlonglong(*n));
    }

    // One text, or each entry of a list: its length, its characters, its format.
    const auto tooLong = [&](const QString& text) -> QString {
        if (text.size() <= r.maxLength)
            return {};
        return r.maxEntries > 0 ? tr("%1 can be at most %2 characters long per entry; one has %3.")
                                      .arg(name())
                                      .arg(r.maxLength)
                                      .arg(text.size())
                                : tr("%1 can be at most %2 characters long; this one has %3.")
                                      .arg(name())
                                      .arg(r.maxLength)
                                      .arg(text.size());
    };
    // Short codes (a country, a phone number) are better told by their format than by their
    // length; anything else is measured first, so a 50 MB text is never parsed.
    const bool shortCode = r.format == Format::E164List || r.format == Format::E164 ||
                           r.format == Format::RegionCode || r.format == Format::RegionList ||
                           r.format == Format::LanguageCode;
    const auto checkText = [&](const QString& text) -> QString {
        if (const QString problem = tooLong(text); !problem.isEmpty() && (!shortCode || text.size() > 100))
            return problem;
        if (hasControlCharacters(text, key == SettingKey::SavedReplies))
            return tr("%1 cannot contain control characters such as line breaks.").arg(name());
        switch (r.format) {
        case Format::None:
            break;
        case Format::E164List:
            if (!isE164(text))
                return tr("%1 must be phone numbers in international form such as +15125550100; %2 is not "
                          "one.")
                    .arg(name(), quoted(text));
            break;
        case Format::E164:
            if (!isE164(text))
                return tr("%1 must be a phone number such as (512) 555-0147 or +15125550147; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::RegionCode:
        case Format::RegionList:
            if (!isRegion(text))
                return tr("%1 must be given as two-letter country codes such as US or CA; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::WebAddress:
            if (!isWebAddress(text))
                return tr("%1 must be a web address such as https://example.com/book; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::ProviderUrl:
            if (!isWebAddress(text))
                return tr("%1 must be a web address such as https://api.twilio.com; %2 is not one.")
                    .arg(name(), quoted(text));
            if (!TwilioOptions::isSafeBaseUrl(QUrl(text, QUrl::StrictMode)))
                return tr("%1 must start with https://, so the Account SID and token are never sent "
                          "unencrypted (plain http:// only to this computer: localhost, 127.0.0.1 or ::1); "
                          "%2 is not allowed.")
                    .arg(name(), quoted(text));
            break;
        case Format::MessagingService:
            if (!QRegularExpression(QStringLiteral("^MG[0-9a-fA-F]{32}$")).match(text).hasMatch())
                return tr("%1 must be a messaging service id such as MG followed by 32 letters and digits; "
                          "%2 "
                          "is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::ContentSid:
            if (!QRegularExpression(QStringLiteral("^HX[0-9a-fA-F]{32}$")).match(text).hasMatch())
                return tr("%1 must be an approved template's id such as HX followed by 32 letters and "
                          "digits; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::ProviderKind:
            if (text != QLatin1String("twilio") && text != QLatin1String("simulator"))
                return tr("%1 must be one of: twilio, simulator; %2 is not one.").arg(name(), quoted(text));
            break;
        case Format::LanguageCode:
            if (!isLanguage(text))
                return tr("%1 must be a language code such as en or es; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::TimeZone:
            if (!isTimeZone(text))
                return tr("%1 must be a time zone such as America/Chicago; %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        case Format::DatabaseArgument:
            if (const auto location = DatabaseLocation::fromArgument(text); !location)
                return tr("%1 must be a file or a shared database address such as "
                          "postgresql://maria@office-pc/ringback (without a password); %2 is not one.")
                    .arg(name(), quoted(text));
            break;
        }
        return tooLong(text);
    };

    if (type == QMetaType::QStringList) {
        QStringList entries;
        if (value.typeId() == QMetaType::QStringList) {
            entries = value.toStringList();
        } else if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant& entry : value.toList()) {
                if (entry.typeId() != QMetaType::QString)
                    return tr("%1 must be a list of texts; %2 is not a text.")
                        .arg(name(), quoted(shown(entry)));
                entries << entry.toString();
            }
        } else {
            return tr("%1 must be a list of texts, not %2.").arg(name(), quoted(shown(value)));
        }
        QStringList out;
        for (const QString& entry : std::as_const(entries)) {
            QString clean = entry.trimmed();
            if (r.format == Format::RegionList)
                clean = clean.toUpper();
            if (clean.isEmpty())
                continue;
            if (const QString problem = checkText(clean); !problem.isEmpty())
                return problem;
            out << clean;
        }
        if (out.size() > r.maxEntries)
            return tr("%1 can hold at most %2 entries; this list has %3.")
                .arg(name())
                .arg(r.maxEntries)
                .arg(out.size());
        if (r.required && out.isEmpty())
            return tr("%1 cannot be empty.").arg(name());
        return QVariant(out);
    }

    // A text.
    if (value.typeId() != QMetaType::QString)
        return tr("%1 must be a text, not %2.").arg(name(), quoted(shown(value)));
    QString text = value.toString().trimmed();
    if (r.format == Format::RegionCode)
        text = text.toUpper();
    if (text.isEmpty()) {
        if (r.required)
            return tr("%1 cannot be empty.").arg(name());
        return QVariant(QString());
    }
    if (const QString problem = checkText(text); !problem.isEmpty())
        return problem;
    return QVariant(text);
}

QStringList SettingRules::checkTogether(const QList<Settings::Change>& changes, const Settings& current)
{
    const auto valueOf = [&](SettingKey key) -> QVariant {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (it->first == key) {
                auto checked = check(key, it->second);
                return checked ? checked.value() : current.value(key);
            }
        }
        return current.value(key);
    };
    QStringList out;
    if (valueOf(SettingKey::FollowUpEnabled).toBool() &&
        valueOf(SettingKey::FollowUpDelayMinutes).toLongLong() * 60 <
            valueOf(SettingKey::GraceDelaySeconds).toLongLong())
        out << tr("The follow-up would come before the first text: make the follow-up delay longer.");
    return out;
}

QVariant SettingRules::sanitized(SettingKey key, const QVariant& stored)
{
    if (auto ok = check(key, stored))
        return ok.value();
    const SettingRule& r = rule(key);
    const QVariant fallback = Settings::spec(key).defaultValue;
    const int type = fallback.typeId();
    if (type == QMetaType::Int || type == QMetaType::LongLong) {
        if (const auto n = wholeNumber(stored)) {
            const qint64 clamped = std::clamp(*n, r.minimum, r.maximum);
            return type == QMetaType::Int ? QVariant(int(clamped)) : QVariant(qlonglong(clamped));
        }
    }
    return fallback;
}

} // namespace ringback
