#include "TwilioJson.h"

#include "Rfc2822.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ringback {

namespace {

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString(); // null, missing or not a string -> ""
}

// A required id: present, a non-empty string.
std::optional<QString> requiredText(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    return v.toString();
}

QString missing(const char* key)
{
    return QStringLiteral("\"%1\" is missing").arg(QLatin1String(key));
}

// An RFC 2822 date, or null/"" for "not yet" (a call still ringing has no end_time).
TwilioJson::Parsed<QDateTime> date(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QDateTime();
    const auto parsed = v.isString() ? Rfc2822::parse(v.toString()) : std::nullopt;
    if (!parsed)
        return QStringLiteral("\"%1\" is not an RFC 2822 date").arg(QLatin1String(key));
    return *parsed;
}

// Twilio writes counts as strings ("duration": "42"); null or "" when there is none.
TwilioJson::Parsed<std::optional<int>> optionalInt(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return std::optional<int>();
    if (v.isDouble())
        return std::optional<int>(v.toInt());
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    if (!ok)
        return QStringLiteral("\"%1\" is not a number").arg(QLatin1String(key));
    return std::optional<int>(n);
}

} // namespace

TwilioJson::Parsed<QJsonObject> TwilioJson::object(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return QStringLiteral("JSON but not an object");
    return doc.object();
}

TwilioJson::Parsed<TwilioJson::Page> TwilioJson::page(const QByteArray& body, const QString& itemsKey)
{
    auto json = object(body);
    if (!json)
        return json.error();
    const QJsonValue items = json->value(itemsKey);
    if (!items.isArray())
        return QStringLiteral("the page has no \"%1\" list").arg(itemsKey);
    return Page{items.toArray(), text(*json, "next_page_uri")};
}

TwilioJson::Parsed<AccountInfo> TwilioJson::account(const QJsonObject& json)
{
    // The account resource also carries "auth_token": it is deliberately never read.
    auto sid = requiredText(json, "sid");
    if (!sid)
        return missing("sid");
    return AccountInfo{*sid, text(json, "friendly_name"), text(json, "status")};
}

TwilioJson::Parsed<ProviderNumber> TwilioJson::number(const QJsonObject& json)
{
    auto sid = requiredText(json, "sid");
    if (!sid)
        return missing("sid");
    auto e164 = requiredText(json, "phone_number");
    if (!e164)
        return missing("phone_number");
    const QJsonObject capabilities = json.value(QLatin1String("capabilities")).toObject();
    ProviderNumber n;
    n.providerId = *sid;
    n.e164 = *e164;
    n.friendlyName = text(json, "friendly_name");
    n.smsCapable = capabilities.value(QLatin1String("sms")).toBool();
    n.voiceCapable = capabilities.value(QLatin1String("voice")).toBool();
    return n;
}

TwilioJson::Parsed<Call> TwilioJson::call(const QJsonObject& json)
{
    auto sid = requiredText(json, "sid");
    if (!sid)
        return missing("sid");
    auto started = date(json, "start_time");
    auto ended = date(json, "end_time");
    auto duration = optionalInt(json, "duration");
    if (!started || !ended || !duration) {
        const QString& error = !started ? started.error() : !ended ? ended.error() : duration.error();
        return QStringLiteral("call %1: %2").arg(*sid, error);
    }
    Call c;
    c.providerCallId = *sid;
    c.parentProviderCallId = text(json, "parent_call_sid");
    c.direction = callDirectionFromString(text(json, "direction"));
    c.fromNumber = text(json, "from");
    c.toNumber = text(json, "to");
    c.status = callStatusFromString(text(json, "status"));
    c.startedAt = *started;
    c.endedAt = *ended;
    c.durationSeconds = *duration;
    c.answeredBy = text(json, "answered_by");
    return c;
}

TwilioJson::Parsed<Message> TwilioJson::message(const QJsonObject& json)
{
    auto sid = requiredText(json, "sid");
    if (!sid)
        return missing("sid");
    auto created = date(json, "date_created");
    auto sent = date(json, "date_sent");
    auto errorCode = optionalInt(json, "error_code");
    if (!created || !sent || !errorCode) {
        const QString& error = !created ? created.error() : !sent ? sent.error() : errorCode.error();
        return QStringLiteral("message %1: %2").arg(*sid, error);
    }
    Message m;
    m.providerMessageId = *sid;
    m.direction = messageDirectionFromString(text(json, "direction"));
    m.fromNumber = text(json, "from");
    m.toNumber = text(json, "to");
    m.body = text(json, "body");
    m.status = messageStatusFromString(text(json, "status"));
    m.errorCode = *errorCode;
    m.errorMessage = text(json, "error_message");
    m.createdAt = *created;
    m.sentAt = *sent;
    return m;
}

TwilioJson::Parsed<SentMessage> TwilioJson::sentMessage(const QJsonObject& json)
{
    auto m = message(json);
    if (!m)
        return m.error();
    return SentMessage{m->providerMessageId, m->status, m->createdAt};
}

} // namespace ringback
