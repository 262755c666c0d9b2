#pragma once

// Records and pages shaped like Twilio's, for the scenario tests.
#include "ProviderRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace ringback::test::twilio {

inline const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString kAuthToken = QStringLiteral("tok5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7");
inline const QString kBusinessNumber = QStringLiteral("+15125550100");
inline const QString kCaller = QStringLiteral("+15125550147");
inline const QString kStaffCell = QStringLiteral("+15125550199");

inline QString accountPath(const QString& rest)
{
    return QStringLiteral("/2010-04-01/Accounts/") + kAccountSid + rest;
}

// A call SID made from a number: "CA" + 32 hex digits.
inline QString callSid(int n)
{
    return QStringLiteral("CA%1").arg(n, 32, 16, QLatin1Char('0'));
}

using test::rfc2822; // tests/support/ProviderRecords.h

struct CallRecord
{
    QString sid;
    QString status = QStringLiteral("no-answer");
    QString direction = QStringLiteral("inbound");
    QString from = kCaller;
    QString to = kBusinessNumber;
    QString parentSid;
    QDateTime ended;
    int padding = 0; // extra bytes of subresource URIs, to make big pages
};

inline QByteArray callJson(const CallRecord& c)
{
    const QString parent =
        c.parentSid.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + c.parentSid + QLatin1Char('"');
    const QString duration =
        c.status == QLatin1String("completed") ? QStringLiteral("\"31\"") : QStringLiteral("null");
    return QString::fromUtf8(
               R"({"sid": "%1", "account_sid": "%2", "parent_call_sid": %3, "direction": "%4", )"
               R"("from": "%5", "to": "%6", "status": "%7", "start_time": "%8", "end_time": "%9", )"
               R"("duration": %10, "answered_by": null, "price": null, "uri": "%11"})")
        .arg(c.sid, kAccountSid, parent, c.direction, c.from, c.to, c.status, rfc2822(c.ended.addSecs(-31)),
             rfc2822(c.ended))
        .arg(duration, accountPath(QStringLiteral("/Calls/") + c.sid + QStringLiteral(".json")) +
                           QString(c.padding, QLatin1Char('x')))
        .toUtf8();
}

inline QByteArray callsPage(const QList<CallRecord>& calls, const QString& nextPageUri = {})
{
    QByteArrayList items;
    for (const CallRecord& c : calls)
        items.append(callJson(c));
    const QByteArray next = nextPageUri.isEmpty() ? QByteArray("null") : '"' + nextPageUri.toUtf8() + '"';
    return "{\"calls\": [" + items.join(", ") + "], \"next_page_uri\": " + next + ", \"page_size\": 1000}";
}

inline QByteArray messageJson(const QString& sid, const QString& direction, const QString& from,
                              const QString& to, const QDateTime& sent, const QString& body)
{
    return QString::fromUtf8(
               R"({"sid": "%1", "direction": "%2", "from": "%3", "to": "%4", "body": "%5", )"
               R"("status": "%6", "error_code": null, "error_message": null, "date_created": "%7", )"
               R"("date_sent": "%7", "date_updated": "%7"})")
        .arg(sid, direction, from, to, body,
             direction == QLatin1String("inbound") ? QStringLiteral("received") : QStringLiteral("delivered"),
             rfc2822(sent))
        .toUtf8();
}

inline QByteArray twilioError(int code, const QString& message, int status)
{
    return QString::fromUtf8(
               R"({"code": %1, "message": "%2", "more_info": "https://www.twilio.com/docs/errors/%1", "status": %3})")
        .arg(code)
        .arg(message)
        .arg(status)
        .toUtf8();
}

} // namespace ringback::test::twilio
