// What each way of failing becomes: the kind the worker decides on (retry, give up, learn an
// opt-out), Twilio's own code, and one sentence the office can act on.
#include "providers/twilio/TwilioErrorMapper.h"

#include <QtTest>

using namespace ringback;
using Kind = ProviderError::Kind;

Q_DECLARE_METATYPE(ringback::ProviderError::Kind)

namespace {

QByteArray twilioError(int code, const char* message, int status)
{
    return QString::fromUtf8(
               R"({"code": %1, "message": "%2", "more_info": "https://www.twilio.com/docs/errors/%1", "status": %3})")
        .arg(code)
        .arg(QLatin1String(message))
        .arg(status)
        .toUtf8();
}

} // namespace

class TestTwilioErrorMapper : public QObject
{
    Q_OBJECT
private slots:
    void httpAnswers_data();
    void httpAnswers();
    void transportFailures_data();
    void transportFailures();
    void timeoutAndSize();
    void httpAnswerFate_data();
    void httpAnswerFate();
    void transportFailureFate_data();
    void transportFailureFate();
    void ourOwnEndsMayHaveBeenAccepted();
    void retryAfterHeader_data();
    void retryAfterHeader();
};

void TestTwilioErrorMapper::httpAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("retryAfterSeconds"); // -1: none
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("401 wrong token")
        << 401 << twilioError(20003, "Authenticate", 401) << QByteArray() << Kind::BadCredentials << 20003
        << false << -1 << "Twilio refused the Account SID or Auth Token. Check them in Settings.";
    QTest::newRow("401 without a body") << 401 << QByteArray() << QByteArray() << Kind::BadCredentials << 0
                                        << false << -1 << "Account SID or Auth Token";
    QTest::newRow("403 forbidden") << 403 << twilioError(20008, "Forbidden", 403) << QByteArray()
                                   << Kind::Forbidden << 20008 << false << -1
                                   << "does not allow this account";
    QTest::newRow("404 unknown account")
        << 404 << twilioError(20404, "The requested resource was not found", 404) << QByteArray()
        << Kind::NotFound << 20404 << false << -1 << "Check the Account SID and the provider address";
    QTest::newRow("21610 opted out") << 400
                                     << twilioError(21610, "Attempt to send to unsubscribed recipient", 400)
                                     << QByteArray() << Kind::OptedOut << 21610 << false << -1 << "opted out";
    QTest::newRow("21211 invalid To")
        << 400 << twilioError(21211, "Invalid 'To' Phone Number", 400) << QByteArray() << Kind::InvalidNumber
        << 21211 << false << -1 << "not valid or cannot receive texts";
    QTest::newRow("21614 not a mobile")
        << 400 << twilioError(21614, "'To' number is not a valid mobile number", 400) << QByteArray()
        << Kind::InvalidNumber << 21614 << false << -1 << "cannot receive texts";
    QTest::newRow("21408 region") << 400
                                  << twilioError(21408, "Permission to send an SMS has not been enabled", 400)
                                  << QByteArray() << Kind::RegionNotPermitted << 21408 << false << -1
                                  << "Geographic Permissions";
    QTest::newRow("other 400 keeps Twilio's words")
        << 400 << twilioError(21602, "Message body is required.", 400) << QByteArray() << Kind::Rejected
        << 21602 << false << -1 << "Twilio refused the request (error 21602): Message body is required.";
    QTest::newRow("409 without a body")
        << 409 << QByteArray() << QByteArray() << Kind::Rejected << 0 << false << -1 << "HTTP 409";
    QTest::newRow("429 with Retry-After")
        << 429 << twilioError(20429, "Too Many Requests", 429) << QByteArray("7") << Kind::RateLimited
        << 20429 << true << 7 << "in 7 second(s)";
    QTest::newRow("429 without Retry-After")
        << 429 << QByteArray() << QByteArray() << Kind::RateLimited << 0 << true << -1 << "shortly";
    QTest::newRow("429 with a past date Retry-After: try now")
        << 429 << QByteArray() << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << Kind::RateLimited << 0
        << true << 0 << "in 0 second(s)";
    QTest::newRow("429 with an unreadable Retry-After")
        << 429 << QByteArray() << QByteArray("soon") << Kind::RateLimited << 0 << true << -1 << "shortly";
    QTest::newRow("500") << 500 << twilioError(20500, "Internal Server Error", 500) << QByteArray()
                         << Kind::ServerError << 20500 << true << -1 << "HTTP 500";
    QTest::newRow("503 HTML page from a proxy")
        << 503 << QByteArray("<html><body>Down</body></html>") << QByteArray() << Kind::ServerError << 0
        << true << -1 << "HTTP 503";
    QTest::newRow("redirect is not followed")
        << 301 << QByteArray() << QByteArray() << Kind::MalformedResponse << 0 << false << -1
        << "not what the Twilio API sends";
}

void TestTwilioErrorMapper::httpAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QString, messagePart);

    const ProviderError e = TwilioErrorMapper().fromHttpStatus(status, body, retryAfter);
    QCOMPARE(TwilioErrorMapper::kindName(e.kind), TwilioErrorMapper::kindName(kind));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.providerCode, code);
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.retryAfterSeconds.value_or(-1), retryAfterSeconds);
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    // One sentence: it ends with a full stop and has no line breaks.
    QVERIFY2(e.message.endsWith(QLatin1Char('.')) && !e.message.contains(QLatin1Char('\n')),
             qPrintable(e.message));
}

void TestTwilioErrorMapper::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds"); // -1: none

    // "now" is 2026-12-04 05:00:00.250 UTC.
    QTest::newRow("delay in seconds") << QByteArray("2") << 2;
    QTest::newRow("delay with spaces") << QByteArray(" 120 ") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("HTTP date 30 s ahead, rounded up") << QByteArray("Fri, 04 Dec 2026 05:00:30 GMT") << 30;
    QTest::newRow("HTTP date 2 s ahead") << QByteArray("Fri, 04 Dec 2026 05:00:02 GMT") << 2;
    QTest::newRow("HTTP date in an offset zone") << QByteArray("Fri, 04 Dec 2026 06:01:00 +0100") << 60;
    QTest::newRow("HTTP date already past") << QByteArray("Fri, 04 Dec 2026 04:59:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("not a date") << QByteArray("Friday at five") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestTwilioErrorMapper::retryAfterHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 12, 4), QTime(5, 0, 0, 250), Qt::UTC);
    QCOMPARE(TwilioErrorMapper::retryAfterSeconds(header, now).value_or(-1), seconds);
}

void TestTwilioErrorMapper::transportFailures_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("connection refused")
        << QNetworkReply::ConnectionRefusedError << Kind::Network << "cannot reach";
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Kind::Network << "cannot find";
    QTest::newRow("TLS handshake") << QNetworkReply::SslHandshakeFailedError << Kind::Network
                                   << "could not be trusted";
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << Kind::Network << "cannot reach";
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Kind::Timeout << "in time";
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << Kind::Timeout << "in time";
}

void TestTwilioErrorMapper::transportFailures()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);

    const ProviderError e =
        TwilioErrorMapper(QStringLiteral("api.twilio.com")).fromNetworkError(error, QStringLiteral("detail"));
    QCOMPARE(TwilioErrorMapper::kindName(e.kind), TwilioErrorMapper::kindName(kind));
    QCOMPARE(e.httpStatus, 0);
    QVERIFY(e.isRetryable());
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("api.twilio.com")), qPrintable(e.message));
}

void TestTwilioErrorMapper::timeoutAndSize()
{
    const TwilioErrorMapper mapper(QStringLiteral("example.signalwire.com"));
    const ProviderError t = mapper.timeout(30'000);
    QCOMPARE(t.kind, Kind::Timeout);
    QVERIFY(t.isRetryable());
    QCOMPARE(t.message,
             QStringLiteral(
                 "example.signalwire.com did not answer within 30 second(s), so Ringback will try again."));

    const ProviderError big = mapper.tooLarge(16 * 1024 * 1024, 200);
    QCOMPARE(big.kind, Kind::MalformedResponse);
    QVERIFY(!big.isRetryable());
    QVERIFY2(big.message.contains(QLatin1String("larger than 16 MB")), qPrintable(big.message));

    const ProviderError bad = mapper.malformed(QStringLiteral("not JSON"));
    QCOMPARE(bad.kind, Kind::MalformedResponse);
    QCOMPARE(bad.providerMessage, QStringLiteral("not JSON"));
}

// Whether a failed send may still have reached Twilio (looked up before any resend) or surely did
// not (sent again after the back-off). DESIGN §5.
void TestTwilioErrorMapper::httpAnswerFate_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mayHaveBeenAccepted");

    QTest::newRow("400 invalid number")
        << 400 << twilioError(21211, "Invalid 'To' Phone Number", 400) << false;
    QTest::newRow("400 opted out") << 400
                                   << twilioError(21610, "Attempt to send to unsubscribed recipient", 400)
                                   << false;
    QTest::newRow("401") << 401 << QByteArray() << false;
    QTest::newRow("404") << 404 << QByteArray() << false;
    QTest::newRow("429") << 429 << twilioError(20429, "Too Many Requests", 429) << false;
    QTest::newRow("500") << 500 << twilioError(20500, "Internal Server Error", 500) << true;
    QTest::newRow("502 from a proxy") << 502 << QByteArray("<html>Bad Gateway</html>") << true;
    QTest::newRow("503") << 503 << QByteArray() << true;
    QTest::newRow("301") << 301 << QByteArray() << true;
    QTest::newRow("307 to a POST") << 307 << QByteArray() << true;
}

void TestTwilioErrorMapper::httpAnswerFate()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, mayHaveBeenAccepted);
    QCOMPARE(TwilioErrorMapper().fromHttpStatus(status, body).mayHaveBeenAccepted(), mayHaveBeenAccepted);
}

void TestTwilioErrorMapper::transportFailureFate_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("mayHaveBeenAccepted");

    // Nothing reached the server.
    QTest::newRow("connection refused") << QNetworkReply::ConnectionRefusedError << false;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << false;
    QTest::newRow("TLS handshake") << QNetworkReply::SslHandshakeFailedError << false;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << false;
    // The request may have been written before the line went.
    QTest::newRow("closed by the server") << QNetworkReply::RemoteHostClosedError << true;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << true;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << true;
    QTest::newRow("temporary failure") << QNetworkReply::TemporaryNetworkFailureError << true;
    QTest::newRow("unknown") << QNetworkReply::UnknownNetworkError << true;
}

void TestTwilioErrorMapper::transportFailureFate()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, mayHaveBeenAccepted);
    QCOMPARE(TwilioErrorMapper().fromNetworkError(error, QStringLiteral("detail")).mayHaveBeenAccepted(),
             mayHaveBeenAccepted);
}

void TestTwilioErrorMapper::ourOwnEndsMayHaveBeenAccepted()
{
    const TwilioErrorMapper mapper;
    QVERIFY(mapper.timeout(10'000).mayHaveBeenAccepted());
    QVERIFY(mapper.cancelled().mayHaveBeenAccepted());
    QCOMPARE(mapper.cancelled().kind, Kind::Timeout);
    QVERIFY(mapper.cancelled().message.endsWith(QLatin1Char('.')));
    // An unreadable 2xx to a send: Twilio said yes, we could not read to what.
    QVERIFY(mapper.malformed(QStringLiteral("not JSON"), 201).mayHaveBeenAccepted());
}

QTEST_GUILESS_MAIN(TestTwilioErrorMapper)
#include "tst_twilioerrormapper.moc"
