#pragma once

#include "common/Result.h"
#include "providers/VoipProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ringback {

// Reads Twilio's JSON (API 2010-04-01) into Ringback's value types. Twilio sends null for what it
// does not know ("duration" of a busy call, "error_code" of a delivered text); nulls become empty
// values, never errors. A missing or non-text id, an unreadable or future date, a count that is
// not a number or an unknown call status is a refusal: the text says what was wrong, for the log
// and ProviderError::providerMessage. In a list, each record is read on its own: a refused one is
// set aside with its reason and never costs its neighbours. Text is cleaned (cleanedText) as it
// is read. Nothing here sees a credential.
class TwilioJson
{
public:
    template <class T>
    using Parsed = Result<T, QString>;

    // One page of a list resource: the records under itemsKey and the next page's address
    // (next_page_uri, or meta.next_page_url in the newer APIs; empty on the last page).
    struct Page
    {
        QJsonArray items;
        QString nextPageUri;
    };

    static Parsed<QJsonObject> object(const QByteArray& body);
    static Parsed<Page> page(const QByteArray& body, const QString& itemsKey);

    // Why one record was refused: a code, the field at fault and the id when it had one.
    struct Refusal
    {
        SetAsideReason reason = SetAsideReason::Unknown;
        QString field;
        QString providerId;
    };
    template <class T>
    using Checked = Result<T, Refusal>;

    // The records of a list, sorted into the ones read and the ones set aside.
    template <class T>
    struct Sorted
    {
        QList<T> records;
        QList<SetAsideRecord> setAside;
    };

    static Parsed<AccountInfo> account(const QJsonObject& json);
    static Parsed<ProviderNumber> number(const QJsonObject& json);
    static Parsed<Call> call(const QJsonObject& json);
    static Parsed<Message> message(const QJsonObject& json);
    static Parsed<SentMessage> sentMessage(const QJsonObject& json);
    // One entry of a message's Media list; the file's address is its uri without ".json".
    static Parsed<MessageMedia> media(const QJsonObject& json);
    // A page of the Content API's ContentAndApprovals: the templates WhatsApp approved, in the
    // page's order (unsubmitted, pending or rejected ones cannot be sent and are left out).
    static Parsed<QList<WhatsAppTemplate>> approvedWhatsAppTemplates(const QByteArray& body);

    // One record, with the reason when refused. A date after notAfter (when valid) is refused.
    static Checked<Call> readCall(const QJsonObject& json, const QDateTime& notAfter = {});
    static Checked<Message> readMessage(const QJsonObject& json, const QDateTime& notAfter = {});
    static Sorted<Call> calls(const QJsonArray& items, const QDateTime& notAfter);
    static Sorted<Message> messages(const QJsonArray& items, const QDateTime& notAfter);

    // "\"duration\" is not a number" (for logs and errors; never a value from the record).
    static QString describe(const Refusal& refusal);
    // The record as received, without any message body, shortened: what is kept of a set-aside one.
    static QString excerpt(const QJsonValue& record);

    // Every record of a page mapped with one of the functions above; the first bad one fails all
    // (for lists where one bad record means the answer cannot be trusted: the account's numbers).
    template <class T>
    static Parsed<QList<T>> list(const QJsonArray& items, Parsed<T> (*map)(const QJsonObject&))
    {
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return QStringLiteral("record %1 is not an object").arg(i);
            auto one = map(items.at(i).toObject());
            if (!one)
                return QStringLiteral("record %1: %2").arg(i).arg(one.error());
            out.append(std::move(one).value());
        }
        return out;
    }
};

} // namespace ringback
