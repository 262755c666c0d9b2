#include "TwilioJson.h"

#include "Rfc2822.h"
#include "common/CleanText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ringback {

namespace {

using Refusal = TwilioJson::Refusal;

QString text(const QJsonObject& json, const char* key)
{
    // null, missing or not a string -> ""; what the provider wrote is cleaned before anyone sees it
    return cleanedText(json.value(QLatin1String(key)).toString());
}

QString missing(const char* key)
{
    return QStringLiteral("\"%1\" is missing").arg(QLatin1String(key));
}

Refusal refusal(SetAsideReason reason, const char* field, const QString& providerId = {})
{
    return Refusal{reason, QString::fromLatin1(field), providerId};
}

// A required id: present and a non-empty string, also once cleaned (an id made only of U+0000,
// which cleaning removes, is a missing one: it would be read as "").
TwilioJson::Checked<QString> requiredId(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return refusal(SetAsideReason::MissingId, key);
    if (!v.isString())
        return refusal(SetAsideReason::BadId, key);
    QString id = cleanedText(v.toString());
    if (id.isEmpty())
        return refusal(SetAsideReason::MissingId, key);
    return id;
}

// An RFC 2822 date, or null/"" for "not yet" (a call still ringing has no end_time). A date later
// than notAfter (when valid) is refused: a clock or a record gone wrong, never to be trusted.
TwilioJson::Checked<QDateTime> date(const QJsonObject& json, const char* key, const QDateTime& notAfter,
                                    const QString& id)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QDateTime();
    const auto parsed = v.isString() ? Rfc2822::parse(v.toString()) : std::nullopt;
    if (!parsed)
        return refusal(SetAsideReason::BadDate, key, id);
    if (notAfter.isValid() && *parsed > notAfter)
        return refusal(SetAsideReason::FutureDate, key, id);
    return *parsed;
}

// Twilio writes counts as strings ("duration": "42"); null or "" when there is none.
TwilioJson::Checked<std::optional<int>> optionalInt(const QJsonObject& json, const char* key,
                                                    const QString& id)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return std::optional<int>();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 1e9 || d != double(qint64(d)))
            return refusal(SetAsideReason::BadNumber, key, id);
        return std::optional<int>(int(d));
    }
    bool ok = false;
    const int n = v.isString() ? v.toString().trimmed().toInt(&ok) : 0;
    if (!ok || n < 0)
        return refusal(SetAsideReason::BadNumber, key, id);
    return std::optional<int>(n);
}

// Reads every record of a list with `read`; the ones refused are set aside with their excerpt.
template <class T>
TwilioJson::Sorted<T> sortAll(const QJsonArray& items, RecordKind kind, const QDateTime& notAfter,
                              TwilioJson::Checked<T> (*read)(const QJsonObject&, const QDateTime&))
{
    TwilioJson::Sorted<T> out;
    out.records.reserve(items.size());
    for (const QJsonValue& item : items) {
        TwilioJson::Checked<T> one =
            item.isObject() ? read(item.toObject(), notAfter) : refusal(SetAsideReason::NotAnObject, "");
        if (one) {
            out.records.append(std::move(one).value());
            continue;
        }
        SetAsideRecord aside;
        aside.kind = kind;
        aside.providerId = one.error().providerId;
        aside.reason = one.error().reason;
        aside.field = one.error().field;
        aside.excerpt = TwilioJson::excerpt(item);
        out.setAside.append(aside);
    }
    return out;
}

template <class T>
TwilioJson::Parsed<T> described(TwilioJson::Checked<T> checked)
{
    if (!checked)
        return TwilioJson::describe(checked.error());
    return std::move(checked).value();
}

} // namespace

QString TwilioJson::describe(const Refusal& r)
{
    QString what;
    switch (r.reason) {
    case SetAsideReason::NotAnObject:
        what = QStringLiteral("the record is not an object");
        break;
    case SetAsideReason::MissingId:
        return missing(r.field.toLatin1().constData());
    case SetAsideReason::BadId:
        return QStringLiteral("\"%1\" is not text").arg(r.field);
    case SetAsideReason::UnknownStatus:
        what = QStringLiteral("\"%1\" is missing or unknown").arg(r.field);
        break;
    case SetAsideReason::BadDate:
        what = QStringLiteral("\"%1\" is not an RFC 2822 date").arg(r.field);
        break;
    case SetAsideReason::FutureDate:
        what = QStringLiteral("\"%1\" is in the future").arg(r.field);
        break;
    case SetAsideReason::BadNumber:
        what = QStringLiteral("\"%1\" is not a number").arg(r.field);
        break;
    case SetAsideReason::StoreRefused:
        what = QStringLiteral("the database refused the record");
        break;
    case SetAsideReason::Unknown:
        what = QStringLiteral("the record cannot be read");
        break;
    }
    return r.providerId.isEmpty() ? what : QStringLiteral("%1: %2").arg(r.providerId, what);
}

QString TwilioJson::excerpt(const QJsonValue& record)
{
    constexpr int kMaxChars = 400;
    QByteArray json;
    if (record.isObject()) {
        QJsonObject o = record.toObject();
        // Never a message's text; the URIs are long and say nothing.
        for (const char* key : {"body", "subresource_uris", "uri"})
            o.remove(QLatin1String(key));
        json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        json = QJsonDocument(QJsonArray{record}).toJson(QJsonDocument::Compact);
        json = json.mid(1, json.size() - 2);
    }
    QString out = cleanedText(QString::fromUtf8(json));
    if (out.size() > kMaxChars)
        out = out.left(kMaxChars) + QChar(0x2026);
    return out;
}

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
    // API 2010-04-01 says next_page_uri (relative); the newer APIs (Messaging v1, Lookup v2) say
    // meta.next_page_url (absolute).
    QString next = text(*json, "next_page_uri");
    if (next.isEmpty())
        next = text(json->value(QLatin1String("meta")).toObject(), "next_page_url");
    return Page{items.toArray(), next};
}

TwilioJson::Parsed<AccountInfo> TwilioJson::account(const QJsonObject& json)
{
    // The account resource also carries "auth_token": it is deliberately never read.
    auto sid = requiredId(json, "sid");
    if (!sid)
        return describe(sid.error());
    return AccountInfo{*sid, text(json, "friendly_name"), text(json, "status")};
}

TwilioJson::Parsed<ProviderNumber> TwilioJson::number(const QJsonObject& json)
{
    auto sid = requiredId(json, "sid");
    if (!sid)
        return describe(sid.error());
    auto e164 = requiredId(json, "phone_number");
    if (!e164)
        return describe(e164.error());
    const QJsonObject capabilities = json.value(QLatin1String("capabilities")).toObject();
    ProviderNumber n;
    n.providerId = *sid;
    n.e164 = *e164;
    n.friendlyName = text(json, "friendly_name");
    n.smsCapable = capabilities.value(QLatin1String("sms")).toBool();
    n.voiceCapable = capabilities.value(QLatin1String("voice")).toBool();
    return n;
}

TwilioJson::Parsed<MessageMedia> TwilioJson::media(const QJsonObject& json)
{
    auto sid = requiredId(json, "sid");
    if (!sid)
        return describe(sid.error());
    auto uri = requiredId(json, "uri");
    if (!uri)
        return describe(uri.error());
    MessageMedia m;
    m.providerMediaId = *sid;
    m.contentType = text(json, "content_type").trimmed().toLower();
    m.location = *uri;
    // The resource's uri ends in ".json" (its description); the file itself is the same path bare.
    if (m.location.endsWith(QLatin1String(".json")))
        m.location.chop(5);
    return m;
}

TwilioJson::Parsed<Call> TwilioJson::call(const QJsonObject& json)
{
    return described(readCall(json));
}

TwilioJson::Parsed<Message> TwilioJson::message(const QJsonObject& json)
{
    return described(readMessage(json));
}

TwilioJson::Checked<Call> TwilioJson::readCall(const QJsonObject& json, const QDateTime& notAfter)
{
    auto sid = requiredId(json, "sid");
    if (!sid)
        return sid.error();
    auto started = date(json, "start_time", notAfter, *sid);
    if (!started)
        return started.error();
    auto ended = date(json, "end_time", notAfter, *sid);
    if (!ended)
        return ended.error();
    auto duration = optionalInt(json, "duration", *sid);
    if (!duration)
        return duration.error();
    // A call's status decides whether its caller is texted: one we do not know is never guessed.
    const CallStatus status = callStatusFromString(text(json, "status"));
    if (status == CallStatus::Unknown)
        return refusal(SetAsideReason::UnknownStatus, "status", *sid);
    Call c;
    c.providerCallId = *sid;
    c.parentProviderCallId = text(json, "parent_call_sid");
    c.direction = callDirectionFromString(text(json, "direction"));
    c.fromNumber = text(json, "from");
    c.toNumber = text(json, "to");
    c.status = status;
    c.startedAt = *started;
    c.endedAt = *ended;
    c.durationSeconds = *duration;
    c.answeredBy = text(json, "answered_by");
    return c;
}

TwilioJson::Checked<Message> TwilioJson::readMessage(const QJsonObject& json, const QDateTime& notAfter)
{
    auto sid = requiredId(json, "sid");
    if (!sid)
        return sid.error();
    auto created = date(json, "date_created", notAfter, *sid);
    if (!created)
        return created.error();
    auto sent = date(json, "date_sent", notAfter, *sid);
    if (!sent)
        return sent.error();
    auto errorCode = optionalInt(json, "error_code", *sid);
    if (!errorCode)
        return errorCode.error();
    // A status Twilio adds later (its spec already has "partially_delivered") keeps the message as
    // "unknown": losing a customer's STOP over a new delivery status would be worse. No status at
    // all is a record we cannot read.
    const QJsonValue status = json.value(QLatin1String("status"));
    if (!status.isString() || status.toString().isEmpty())
        return refusal(SetAsideReason::UnknownStatus, "status", *sid);
    Message m;
    m.providerMessageId = *sid;
    m.direction = messageDirectionFromString(text(json, "direction"));
    // WhatsApp rides the same log: "whatsapp:+1555..." is that number on the WhatsApp channel.
    const ChannelAddress from = parseChannelAddress(text(json, "from"));
    const ChannelAddress to = parseChannelAddress(text(json, "to"));
    m.fromNumber = from.number;
    m.toNumber = to.number;
    m.channel = from.channel == MessageChannel::WhatsApp || to.channel == MessageChannel::WhatsApp
                    ? MessageChannel::WhatsApp
                    : MessageChannel::Sms;
    m.body = text(json, "body");
    // num_media is a string in Twilio's JSON ("2"); anything unreadable is no media.
    m.mediaCount = qMax(0, json.value(QLatin1String("num_media")).toVariant().toInt());
    m.status = messageStatusFromString(status.toString());
    m.errorCode = *errorCode;
    m.errorMessage = text(json, "error_message");
    m.createdAt = *created;
    m.sentAt = *sent;
    return m;
}

TwilioJson::Sorted<Call> TwilioJson::calls(const QJsonArray& items, const QDateTime& notAfter)
{
    return sortAll<Call>(items, RecordKind::Call, notAfter, &TwilioJson::readCall);
}

TwilioJson::Sorted<Message> TwilioJson::messages(const QJsonArray& items, const QDateTime& notAfter)
{
    return sortAll<Message>(items, RecordKind::Message, notAfter, &TwilioJson::readMessage);
}

TwilioJson::Parsed<QList<WhatsAppTemplate>> TwilioJson::approvedWhatsAppTemplates(const QByteArray& body)
{
    auto json = object(body);
    if (!json)
        return json.error();
    const QJsonValue contents = json->value(QLatin1String("contents"));
    if (!contents.isArray())
        return missing("contents");
    QList<WhatsAppTemplate> out;
    for (const QJsonValue& item : contents.toArray()) {
        const QJsonObject content = item.toObject();
        const QJsonObject approval = content.value(QLatin1String("approval_requests")).toObject();
        if (text(approval, "status").compare(QLatin1String("approved"), Qt::CaseInsensitive) != 0)
            continue;
        WhatsAppTemplate t;
        t.id = text(content, "sid");
        if (t.id.isEmpty())
            continue;
        t.name = text(approval, "name");
        if (t.name.isEmpty())
            t.name = text(content, "friendly_name");
        t.language = text(content, "language");
        // The text a person reads: twilio/text when there is one, else the first type's body.
        const QJsonObject types = content.value(QLatin1String("types")).toObject();
        const QJsonObject plain = types.value(QLatin1String("twilio/text")).toObject();
        t.body = text(plain, "body");
        for (auto it = types.constBegin(); t.body.isEmpty() && it != types.constEnd(); ++it)
            t.body = text(it.value().toObject(), "body");
        const QJsonObject variables = content.value(QLatin1String("variables")).toObject();
        for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
            t.variables.append({cleanedText(it.key()), cleanedText(it.value().toString())});
        out.append(t);
    }
    return out;
}

TwilioJson::Parsed<SentMessage> TwilioJson::sentMessage(const QJsonObject& json)
{
    auto m = message(json);
    if (!m)
        return m.error();
    return SentMessage{m->providerMessageId, m->status, m->createdAt};
}

} // namespace ringback
