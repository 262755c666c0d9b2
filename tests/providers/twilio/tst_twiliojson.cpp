// Twilio's records map onto Call, Message and ProviderNumber field by field; Twilio's nulls (a
// busy call's duration, a delivered text's error code) become empty values, and a record we cannot
// trust (no sid, a date that is not a date, a year-9999 date) is refused rather than half-read: in
// a list it is set aside with its reason, and its neighbours are read as usual.
#include "providers/twilio/TwilioJson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace ringback;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestTwilioJson : public QObject
{
    Q_OBJECT
private slots:
    void completedChildLeg();
    void noAnswerCallWithNulls();
    void durationForms_data();
    void durationForms();
    void callThatCannotBeTrusted_data();
    void callThatCannotBeTrusted();
    void inboundMessageWithError();
    void outboundMessageWithNulls();
    void whatsAppMessages_data();
    void whatsAppMessages();
    void sentMessage();
    void incomingNumber();
    void accountIgnoresTheToken();
    void pages_data();
    void pages();
    void listNamesTheBadRecord();
    void oneBadRecordIsSetAside_data();
    void oneBadRecordIsSetAside();
    void badMessageIsSetAsideWithoutItsBody();
    void idOfNulsIsRefused();
    void textIsCleaned_data();
    void textIsCleaned();
};

void TestTwilioJson::completedChildLeg()
{
    const auto call = TwilioJson::call(parse(R"({
        "sid": "CA1111111111111111111111111111111a", "parent_call_sid": "CA22222222222222222222222222222222",
        "direction": "outbound-dial", "from": "+15125550100", "to": "+15125550199", "status": "completed",
        "start_time": "Mon, 02 Mar 2026 14:02:00 +0000", "end_time": "Mon, 02 Mar 2026 14:02:06 -0000",
        "duration": "6", "answered_by": null, "price": null})"));
    QVERIFY2(call.ok(), qPrintable(call.ok() ? QString() : call.error()));
    QCOMPARE(call->providerCallId, QStringLiteral("CA1111111111111111111111111111111a"));
    QCOMPARE(call->parentProviderCallId, QStringLiteral("CA22222222222222222222222222222222"));
    QCOMPARE(call->direction, CallDirection::OutboundDial);
    QCOMPARE(call->fromNumber, QStringLiteral("+15125550100"));
    QCOMPARE(call->toNumber, QStringLiteral("+15125550199"));
    QCOMPARE(call->status, CallStatus::Completed);
    QCOMPARE(call->startedAt, utc(2026, 3, 2, 14, 2, 0));
    QCOMPARE(call->endedAt, utc(2026, 3, 2, 14, 2, 6));
    QCOMPARE(call->durationSeconds, std::optional<int>(6));
    QCOMPARE(call->answeredBy, QString());
    QCOMPARE(call->id, 0);
}

void TestTwilioJson::noAnswerCallWithNulls()
{
    const auto call = TwilioJson::call(parse(R"({
        "sid": "CA33333333333333333333333333333333", "parent_call_sid": null, "direction": "inbound",
        "from": "anonymous", "to": "+15125550100", "status": "no-answer",
        "start_time": null, "end_time": "Mon, 02 Mar 2026 09:02:25 -0500", "duration": null,
        "answered_by": null})"));
    QVERIFY(call.ok());
    QCOMPARE(call->parentProviderCallId, QString());
    QCOMPARE(call->direction, CallDirection::Inbound);
    QCOMPARE(call->fromNumber, QStringLiteral("anonymous")); // caller ID kept as given
    QCOMPARE(call->status, CallStatus::NoAnswer);
    QVERIFY(!call->startedAt.isValid());
    QCOMPARE(call->endedAt, utc(2026, 3, 2, 14, 2, 25));
    QVERIFY(!call->durationSeconds.has_value());
}

void TestTwilioJson::durationForms_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<int>("seconds"); // -1: none
    QTest::newRow("string") << QByteArray(R"("42")") << 42;
    QTest::newRow("zero") << QByteArray(R"("0")") << 0;
    QTest::newRow("number") << QByteArray("42") << 42;
    QTest::newRow("empty string") << QByteArray(R"("")") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
}

void TestTwilioJson::durationForms()
{
    QFETCH(QByteArray, duration);
    QFETCH(int, seconds);
    const QByteArray json = R"({"sid": "CA1", "status": "busy", "duration": )" + duration + "}";
    const auto call = TwilioJson::call(QJsonDocument::fromJson(json).object());
    QVERIFY(call.ok());
    QCOMPARE(call->durationSeconds.value_or(-1), seconds);
}

void TestTwilioJson::callThatCannotBeTrusted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("no sid") << QByteArray(R"({"status": "busy"})") << "\"sid\" is missing";
    QTest::newRow("null sid") << QByteArray(R"({"sid": null})") << "\"sid\" is missing";
    QTest::newRow("ISO end time") << QByteArray(R"({"sid": "CA1", "end_time": "2026-03-02T14:02:00Z"})")
                                  << "\"end_time\" is not an RFC 2822 date";
    QTest::newRow("duration in words")
        << QByteArray(R"({"sid": "CA1", "duration": "six"})") << "\"duration\" is not a number";
}

void TestTwilioJson::callThatCannotBeTrusted()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const auto call = TwilioJson::call(QJsonDocument::fromJson(json).object());
    QVERIFY(!call.ok());
    QVERIFY2(call.error().contains(why), qPrintable(call.error()));
}

void TestTwilioJson::inboundMessageWithError()
{
    const auto m = TwilioJson::message(parse(R"({
        "sid": "SM44444444444444444444444444444444", "direction": "inbound", "from": "+15125550147",
        "to": "+15125550100", "body": "Yes please, tomorrow 9am", "status": "received",
        "error_code": null, "error_message": null,
        "date_created": "Mon, 02 Mar 2026 14:10:00 +0000", "date_sent": "Mon, 02 Mar 2026 14:10:01 +0000"})"));
    QVERIFY(m.ok());
    QCOMPARE(m->providerMessageId, QStringLiteral("SM44444444444444444444444444444444"));
    QCOMPARE(m->direction, MessageDirection::Inbound);
    QCOMPARE(m->fromNumber, QStringLiteral("+15125550147"));
    QCOMPARE(m->body, QStringLiteral("Yes please, tomorrow 9am"));
    QCOMPARE(m->status, MessageStatus::Received);
    QVERIFY(!m->errorCode.has_value());
    QCOMPARE(m->errorMessage, QString());
    QCOMPARE(m->createdAt, utc(2026, 3, 2, 14, 10, 0));
    QCOMPARE(m->sentAt, utc(2026, 3, 2, 14, 10, 1));
    QCOMPARE(m->leadId, 0);
}

void TestTwilioJson::whatsAppMessages_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("inbound") << QStringLiteral("inbound") << QStringLiteral("received")
                             << int(MessageStatus::Received);
    QTest::newRow("outbound, read") << QStringLiteral("outbound-api") << QStringLiteral("read")
                                    << int(MessageStatus::Read);
}

void TestTwilioJson::whatsAppMessages()
{
    QFETCH(QString, direction);
    QFETCH(QString, status);
    QFETCH(int, expectedStatus);
    const bool in = direction == QLatin1String("inbound");
    const QString customer = QStringLiteral("whatsapp:+15125550147");
    const QString business = QStringLiteral("whatsapp:+15125550100");
    const QString json =
        QStringLiteral(R"({"sid": "SM55555555555555555555555555555555", "direction": "%1", "from": "%2",
        "to": "%3", "body": "Photo attached", "status": "%4", "error_code": null,
        "date_created": "Mon, 02 Mar 2026 14:10:00 +0000", "date_sent": null})")
            .arg(direction, in ? customer : business, in ? business : customer, status);
    const auto m = TwilioJson::message(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(m.ok());
    // The same person as on SMS: the E.164 number, with the channel beside it.
    QCOMPARE(m->channel, MessageChannel::WhatsApp);
    QCOMPARE(in ? m->fromNumber : m->toNumber, QStringLiteral("+15125550147"));
    QCOMPARE(in ? m->toNumber : m->fromNumber, QStringLiteral("+15125550100"));
    QCOMPARE(int(m->status), expectedStatus);
}

void TestTwilioJson::outboundMessageWithNulls()
{
    const auto m = TwilioJson::message(parse(R"({
        "sid": "SM55555555555555555555555555555555", "direction": "outbound-api", "from": "+15125550100",
        "to": "+15125550147", "body": null, "status": "undelivered", "error_code": 30006,
        "error_message": "Landline or unreachable carrier", "date_created": "Mon, 02 Mar 2026 14:03:00 +0000",
        "date_sent": null})"));
    QVERIFY(m.ok());
    QCOMPARE(m->direction, MessageDirection::Outbound);
    QCOMPARE(m->status, MessageStatus::Undelivered);
    QCOMPARE(m->errorCode, std::optional<int>(30006));
    QCOMPARE(m->errorMessage, QStringLiteral("Landline or unreachable carrier"));
    QCOMPARE(m->body, QString());
    QVERIFY(!m->sentAt.isValid());
}

void TestTwilioJson::sentMessage()
{
    const auto sent = TwilioJson::sentMessage(parse(R"({
        "sid": "SM66666666666666666666666666666666", "status": "queued", "direction": "outbound-api",
        "date_created": "Mon, 02 Mar 2026 14:03:00 +0000", "date_sent": null, "error_code": null})"));
    QVERIFY(sent.ok());
    QCOMPARE(sent->providerMessageId, QStringLiteral("SM66666666666666666666666666666666"));
    QCOMPARE(sent->status, MessageStatus::Queued);
    QCOMPARE(sent->createdAt, utc(2026, 3, 2, 14, 3, 0));
    QVERIFY(!TwilioJson::sentMessage(parse(R"({"status": "queued"})")).ok());
}

void TestTwilioJson::incomingNumber()
{
    const auto n = TwilioJson::number(parse(R"({
        "sid": "PN77777777777777777777777777777777", "phone_number": "+15125550100",
        "friendly_name": "Main line", "capabilities": {"voice": true, "sms": true, "mms": false}})"));
    QVERIFY(n.ok());
    QCOMPARE(n->providerId, QStringLiteral("PN77777777777777777777777777777777"));
    QCOMPARE(n->e164, QStringLiteral("+15125550100"));
    QCOMPARE(n->friendlyName, QStringLiteral("Main line"));
    QVERIFY(n->smsCapable);
    QVERIFY(n->voiceCapable);

    const auto noCaps = TwilioJson::number(parse(R"({"sid": "PN1", "phone_number": "+15125550101"})"));
    QVERIFY(noCaps.ok());
    QVERIFY(!noCaps->smsCapable);
    QVERIFY(!TwilioJson::number(parse(R"({"sid": "PN1", "phone_number": null})")).ok());
}

void TestTwilioJson::accountIgnoresTheToken()
{
    const auto a = TwilioJson::account(parse(R"({
        "sid": "AC88888888888888888888888888888888", "friendly_name": "Acme Plumbing", "status": "active",
        "auth_token": "s3cr3t-token"})"));
    QVERIFY(a.ok());
    QCOMPARE(a->accountId, QStringLiteral("AC88888888888888888888888888888888"));
    QCOMPARE(a->friendlyName, QStringLiteral("Acme Plumbing"));
    QCOMPARE(a->status, QStringLiteral("active"));
}

void TestTwilioJson::pages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("next");
    QTest::newRow("last page") << QByteArray(R"({"calls": [{}, {}], "next_page_uri": null})") << true << 2
                               << "";
    QTest::newRow("more pages") << QByteArray(R"({"calls": [], "next_page_uri": "/2010-04-01/x?Page=1"})")
                                << true << 0 << "/2010-04-01/x?Page=1";
    QTest::newRow("HTML") << QByteArray("<html><body>Welcome</body></html>") << false << 0 << "";
    QTest::newRow("truncated") << QByteArray(R"({"calls": [)") << false << 0 << "";
    QTest::newRow("array, not object") << QByteArray("[]") << false << 0 << "";
    QTest::newRow("list missing") << QByteArray(R"({"messages": []})") << false << 0 << "";
    QTest::newRow("list is null") << QByteArray(R"({"calls": null})") << false << 0 << "";
}

void TestTwilioJson::pages()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, items);
    QFETCH(QString, next);
    const auto page = TwilioJson::page(body, QStringLiteral("calls"));
    QCOMPARE(page.ok(), ok);
    if (ok) {
        QCOMPARE(page->items.size(), items);
        QCOMPARE(page->nextPageUri, next);
    }
}

void TestTwilioJson::listNamesTheBadRecord()
{
    // The all-or-nothing list (for the account's numbers) still names the record at fault.
    const QJsonArray items =
        QJsonDocument::fromJson(R"([{"sid": "PN1", "phone_number": "+15125550100"}, {"sid": "PN2"}])")
            .array();
    const auto numbers = TwilioJson::list<ProviderNumber>(items, &TwilioJson::number);
    QVERIFY(!numbers.ok());
    QVERIFY2(numbers.error().startsWith(QLatin1String("record 1: \"phone_number\" is missing")),
             qPrintable(numbers.error()));
}

void TestTwilioJson::oneBadRecordIsSetAside_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("field");
    const QByteArray tail = R"("status": "no-answer", "start_time": "Mon, 02 Mar 2026 14:01:00 +0000", )"
                            R"("end_time": "Mon, 02 Mar 2026 14:02:00 +0000", "duration": null})";
    QTest::newRow("duration abc") << QByteArray(R"({"sid": "CA2", "duration": "abc", "status": "busy"})")
                                  << "bad-number"
                                  << "CA2"
                                  << "duration";
    QTest::newRow("missing sid") << QByteArray("{" + tail) << "missing-id"
                                 << ""
                                 << "sid";
    QTest::newRow("empty sid") << QByteArray(R"({"sid": "", )" + tail) << "missing-id"
                               << ""
                               << "sid";
    // Found by fuzz/twilio_calls: a sid of NULs was accepted, and cleaning made it "" (a call
    // without its id).
    QTest::newRow("sid of NULs") << QByteArray(R"({"sid": "\u0000\u0000", )" + tail) << "missing-id"
                                 << ""
                                 << "sid";
    QTest::newRow("numeric sid") << QByteArray(R"({"sid": 12345, )" + tail) << "bad-id"
                                 << ""
                                 << "sid";
    QTest::newRow("end_time 9999")
        << QByteArray(
               R"({"sid": "CA2", "status": "no-answer", "end_time": "Fri, 31 Dec 9999 23:59:59 +0000"})")
        << "future-date"
        << "CA2"
        << "end_time";
    QTest::newRow("start_time not a date")
        << QByteArray(R"({"sid": "CA2", "status": "busy", "start_time": "soon"})") << "bad-date"
        << "CA2"
        << "start_time";
    QTest::newRow("unknown status") << QByteArray(R"({"sid": "CA2", "status": "dialing-out"})")
                                    << "unknown-status"
                                    << "CA2"
                                    << "status";
    QTest::newRow("no status") << QByteArray(R"({"sid": "CA2"})") << "unknown-status"
                               << "CA2"
                               << "status";
    QTest::newRow("not an object") << QByteArray(R"("CA2")") << "not-an-object"
                                   << ""
                                   << "";
    QTest::newRow("null") << QByteArray("null") << "not-an-object"
                          << ""
                          << "";
}

void TestTwilioJson::oneBadRecordIsSetAside()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, reason);
    QFETCH(QString, providerId);
    QFETCH(QString, field);
    const QByteArray good1 =
        R"({"sid": "CA1", "status": "no-answer", "end_time": "Mon, 02 Mar 2026 14:02:00 +0000"})";
    const QByteArray good3 = R"({"sid": "CA3", "status": "busy", "duration": "0"})";
    const QJsonArray items = QJsonDocument::fromJson("[" + good1 + ", " + bad + ", " + good3 + "]").array();
    QCOMPARE(items.size(), 3);
    const auto sorted = TwilioJson::calls(items, utc(2026, 3, 2, 15, 5, 0));
    QCOMPARE(sorted.records.size(), 2);
    QCOMPARE(sorted.records[0].providerCallId, QStringLiteral("CA1"));
    QCOMPARE(sorted.records[1].providerCallId, QStringLiteral("CA3"));
    QCOMPARE(sorted.setAside.size(), 1);
    const SetAsideRecord& aside = sorted.setAside.first();
    QCOMPARE(aside.kind, RecordKind::Call);
    QCOMPARE(toText(aside.reason), reason);
    QCOMPARE(aside.providerId, providerId);
    QCOMPARE(aside.field, field);
    QVERIFY(!aside.excerpt.isEmpty());
}

void TestTwilioJson::badMessageIsSetAsideWithoutItsBody()
{
    const QJsonArray items = QJsonDocument::fromJson(R"([
        {"sid": "SM1", "status": "received", "body": "fine", "date_created": "Mon, 02 Mar 2026 14:10:00 +0000"},
        {"sid": "SM2", "status": "received", "body": "my door code is 4471",
         "date_created": "Fri, 31 Dec 9999 23:59:59 +0000"},
        {"sid": "SM3", "status": "received", "body": "ok", "error_code": "n/a"}])")
                                 .array();
    const auto sorted = TwilioJson::messages(items, utc(2026, 3, 2, 15, 5, 0));
    QCOMPARE(sorted.records.size(), 1);
    QCOMPARE(sorted.setAside.size(), 2);
    QCOMPARE(sorted.setAside[0].reason, SetAsideReason::FutureDate);
    QCOMPARE(sorted.setAside[0].field, QStringLiteral("date_created"));
    QCOMPARE(sorted.setAside[1].reason, SetAsideReason::BadNumber);
    for (const SetAsideRecord& r : sorted.setAside) {
        QCOMPARE(r.kind, RecordKind::Message);
        QVERIFY2(!r.excerpt.contains(QLatin1String("door code")), qPrintable(r.excerpt));
        QVERIFY2(!r.excerpt.contains(QLatin1String("\"body\"")), qPrintable(r.excerpt));
        QVERIFY(r.excerpt.contains(r.providerId));
    }
    // Without a limit (a single fetch), a date is only checked for being a date.
    QVERIFY(TwilioJson::message(items.at(1).toObject()).ok());
}

void TestTwilioJson::idOfNulsIsRefused()
{
    // Found by fuzz/twilio_messages: an id is checked after cleaning, so one made only of U+0000
    // (which cleaning removes) is refused like a missing one, never read as "".
    const QJsonObject message =
        parse(R"({"sid": "\u0000", "status": "received", "from": "+15125550147", "body": "hi"})");
    QVERIFY(!message.isEmpty());
    QVERIFY(!TwilioJson::message(message).ok());
    const QJsonObject call = parse(R"({"sid": "\u0000\u0000\u0000", "status": "no-answer"})");
    QVERIFY(!TwilioJson::call(call).ok());
    const QJsonObject number = parse(R"({"sid": "PN1", "phone_number": "\u0000"})");
    QVERIFY(!TwilioJson::number(number).ok());
    // A NUL inside a real id is only cleaned away.
    const auto kept = TwilioJson::call(parse(R"({"sid": "CA\u00001", "status": "no-answer"})"));
    QVERIFY(kept.ok());
    QCOMPARE(kept->providerCallId, QStringLiteral("CA1"));
}

void TestTwilioJson::textIsCleaned_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("from");
    QTest::newRow("NUL in body") << QByteArray(
                                        R"({"sid": "SM1", "status": "received", "body": "Call\u0000 me"})")
                                 << "Call me"
                                 << "";
    QTest::newRow("lone high surrogate")
        << QByteArray(R"({"sid": "SM1", "status": "received", "body": "ok \ud83d then"})")
        << QStringLiteral("ok \uFFFD then") << "";
    QTest::newRow("lone low surrogate")
        << QByteArray(R"({"sid": "SM1", "status": "received", "body": "\ude00"})") << QStringLiteral("\uFFFD")
        << "";
    QTest::newRow("a real emoji is kept")
        << QByteArray(R"({"sid": "SM1", "status": "received", "body": "thanks \ud83d\ude00"})")
        << QStringLiteral("thanks \U0001F600") << "";
    QTest::newRow("NUL in from")
        << QByteArray(R"({"sid": "SM1", "status": "received", "body": "", "from": "+1512\u00005550147"})")
        << ""
        << "+15125550147";
}

void TestTwilioJson::textIsCleaned()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, body);
    QFETCH(QString, from);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    const auto m = TwilioJson::message(object);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error()));
    QCOMPARE(m->body, body);
    QCOMPARE(m->fromNumber, from);
}

QTEST_GUILESS_MAIN(TestTwilioJson)
#include "tst_twiliojson.moc"
