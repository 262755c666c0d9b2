#pragma once

#include "common/Result.h"
#include "providers/VoipProvider.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ringback {

// Reads Twilio's JSON (API 2010-04-01) into Ringback's value types. Twilio sends null for what it
// does not know ("duration" of a busy call, "error_code" of a delivered text); nulls become empty
// values, never errors. A missing id or an unreadable date is an error: the text says what was
// wrong, for the log and ProviderError::providerMessage. Nothing here sees a credential.
class TwilioJson
{
public:
    template <class T>
    using Parsed = Result<T, QString>;

    // One page of a list resource: the records under itemsKey and the relative next_page_uri
    // (empty on the last page).
    struct Page
    {
        QJsonArray items;
        QString nextPageUri;
    };

    static Parsed<QJsonObject> object(const QByteArray& body);
    static Parsed<Page> page(const QByteArray& body, const QString& itemsKey);

    static Parsed<AccountInfo> account(const QJsonObject& json);
    static Parsed<ProviderNumber> number(const QJsonObject& json);
    static Parsed<Call> call(const QJsonObject& json);
    static Parsed<Message> message(const QJsonObject& json);
    static Parsed<SentMessage> sentMessage(const QJsonObject& json);

    // Every record of a page mapped with one of the functions above; the first bad one fails all.
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
