#include "ProviderRecords.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace ringback::test {

QString rfc2822(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
           QStringLiteral(" +0000");
}

Call inboundCall(const QString& sid, const QString& from, const QString& to, CallStatus status,
                 const QDateTime& ended, int durationSeconds)
{
    Call c;
    c.providerCallId = sid;
    c.direction = CallDirection::Inbound;
    c.fromNumber = from;
    c.toNumber = to;
    c.status = status;
    c.startedAt = ended.addSecs(-30);
    c.endedAt = ended;
    if (durationSeconds > 0)
        c.durationSeconds = durationSeconds;
    return c;
}

Message inboundText(const QString& sid, const QString& from, const QString& to, const QString& body,
                    const QDateTime& at)
{
    Message m;
    m.providerMessageId = sid;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = from;
    m.toNumber = to;
    m.body = body;
    m.status = MessageStatus::Received;
    m.createdAt = at;
    return m;
}

FakeResponse twilioPage(const char* key, const QJsonArray& items)
{
    return FakeResponse::json(200, QJsonDocument(QJsonObject{{QLatin1String(key), items},
                                                             {QStringLiteral("next_page_uri"), QJsonValue()},
                                                             {QStringLiteral("page"), 0},
                                                             {QStringLiteral("page_size"), 1000}})
                                       .toJson(QJsonDocument::Compact));
}

QJsonObject twilioAcceptedText(const FakeRequest& post, int n, const QDateTime& created)
{
    const QUrlQuery form = post.form();
    return QJsonObject{
        {QStringLiteral("sid"), QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0'))},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("from"), form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded)},
        {QStringLiteral("to"), form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded)},
        {QStringLiteral("body"), form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded)},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("date_created"), rfc2822(created)},
        {QStringLiteral("date_sent"), QJsonValue()},
        {QStringLiteral("error_code"), QJsonValue()},
        {QStringLiteral("error_message"), QJsonValue()}};
}

} // namespace ringback::test
