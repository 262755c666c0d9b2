// TwilioProvider against a scripted local HTTP server: paging, child legs, both auth modes, the
// exact requests it sends, and every way an answer can go wrong (rate limits, 5xx, timeouts, HTML,
// broken JSON, huge bodies, wrong credentials), all without the internet and without sleeping.
#include "FakeHttpServer.h"
#include "ProviderAwait.h"
#include "TempDatabase.h"
#include "TwilioTestData.h"
#include "providers/TextingReadiness.h"
#include "providers/twilio/TwilioErrorMapper.h"
#include "providers/twilio/TwilioHttp.h"
#include "providers/twilio/TwilioProvider.h"
#include "store/CallStore.h"

#include <QLoggingCategory>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::twilio;

Q_DECLARE_METATYPE(ringback::test::FakeResponse)
using Kind = ProviderError::Kind;

namespace {

const QDateTime kSince(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
const QString kCallsPath = accountPath(QStringLiteral("/Calls.json"));
const QString kMessagesPath = accountPath(QStringLiteral("/Messages.json"));
const QString kService = QStringLiteral("MG00000000000000000000000000000001");

CallRecord missed(int n, int minutesAfterSince = 5)
{
    CallRecord c;
    c.sid = callSid(n);
    c.ended = kSince.addSecs(60 * minutesAfterSince);
    return c;
}

CallQuery businessQuery()
{
    return CallQuery{{kBusinessNumber}, kSince};
}

QString kindName(const ProviderError& e)
{
    return QString::fromLatin1(TwilioErrorMapper::kindName(e.kind));
}

// Every log line of the run, to prove what never appears in one.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    g_logLines.append(text);
    g_previousHandler(type, context, text);
}

} // namespace

class TestTwilioProvider : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void followsNextPageUriThroughThreePages();
    void sameRecordOnTwoPagesIsStoredOnce();
    void keepsOnlyCallsEndedSinceTheWatermark();
    void fetchesChildLegsOfCompletedInboundCalls();
    void everyNumberListsTheWholeAccount();
    void oneBadRecordDoesNotRejectItsPage_data();
    void oneBadRecordDoesNotRejectItsPage();
    void nulAndLoneSurrogatesAreCleanedFromText();
    void childLegsOnlyForUndecidedParents();
    void childLegsOfABacklogAreAskedForASliceAtATime();
    void stopsOnARepeatedPageUri();
    void refusesANextPageOnAnotherHost();
    void listsMessagesInBothDirections();
    void basicAuthHeader_data();
    void basicAuthHeader();
    void baseUrlWithAPathPrefix();
    void sendMessageFormBodyIsExact();
    void whatsAppSendForm_data();
    void whatsAppSendForm();
    void optedOutOnSend();
    void rateLimitedHonoursRetryAfter();
    void serverErrorIsRetryable();
    void failedPageIsTriedAgainAlone_data();
    void failedPageIsTriedAgainAlone();
    void answerThatNeverFinishesTimesOut();
    void closedConnectionIsNetworkError();
    void malformedJson();
    void htmlErrorPage();
    void fiveMegabytePageParses();
    void hugeAnswerIsRefused();
    void wrongCredentialsNeverShowTheToken();
    void destroyingAbortsWithoutCallbacks();
    void tricklingAnswerEndsAtTheDeadline_data();
    void tricklingAnswerEndsAtTheDeadline();
    void abortRequestsAnswersEveryCallback();
    void redirectToASendIsNotFollowedAndMayHaveBeenAccepted();
    void mediaListGivesEachFileItsAddress();
    void photoIsFetchedFromStorageWithoutTheCredentials();
    void photoLargerThanTheLimitIsRefused();
    void photoRedirectLoopEnds();
    void readsTextingComplianceOfEveryService();
    void readinessCheckFailureIsOneSentence_data();
    void readinessCheckFailureIsOneSentence();
    void compatibleServiceSendsNoCredentialsToTwilioMessaging();

private:
    std::unique_ptr<TwilioProvider>
    makeProvider(TwilioCredentials credentials = {kAccountSid, {}, kAuthToken}, int timeoutMs = 10'000);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<TwilioProvider> m_provider;
};

void TestTwilioProvider::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_provider = makeProvider();
}

void TestTwilioProvider::cleanup()
{
    m_provider.reset();
    m_server.reset();
}

std::unique_ptr<TwilioProvider> TestTwilioProvider::makeProvider(TwilioCredentials credentials, int timeoutMs)
{
    TwilioOptions options;
    options.baseUrl = m_server->baseUrl();
    options.messagingBaseUrl = m_server->baseUrl();
    options.transferTimeoutMs = timeoutMs;
    return std::make_unique<TwilioProvider>(credentials, options);
}

void TestTwilioProvider::followsNextPageUriThroughThreePages()
{
    const QString page2 =
        kCallsPath + QStringLiteral("?To=%2B15125550100&PageSize=1000&Page=1&PageToken=PA1");
    const QString page3 =
        kCallsPath + QStringLiteral("?To=%2B15125550100&PageSize=1000&Page=2&PageToken=PA2");
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(1), missed(2)}, page2)));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(3)}, page3)));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(4), missed(5)})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());

    QStringList sids;
    for (const Call& c : got.value())
        sids << c.providerCallId;
    QCOMPARE(sids, (QStringList{callSid(1), callSid(2), callSid(3), callSid(4), callSid(5)}));

    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    // The first page asks for the business number's calls that ended on or after the watermark's
    // UTC day, 1000 at a time; '+' travels as %2B and the '>' of "EndTime>" is encoded.
    QCOMPARE(requests[0].queryValue(QStringLiteral("To")), kBusinessNumber);
    QCOMPARE(requests[0].queryValue(QStringLiteral("EndTime>")), QStringLiteral("2026-03-02"));
    QCOMPARE(requests[0].queryValue(QStringLiteral("PageSize")), QStringLiteral("1000"));
    QVERIFY2(requests[0].target.contains("To=%2B15125550100"), requests[0].target.constData());
    QVERIFY2(requests[0].target.contains("EndTime%3E=2026-03-02"), requests[0].target.constData());
    // Then exactly the URIs Twilio gave.
    QCOMPARE(QString::fromLatin1(requests[1].target), page2);
    QCOMPARE(QString::fromLatin1(requests[2].target), page3);
    QCOMPARE(got.calls(), 1);
}

void TestTwilioProvider::sameRecordOnTwoPagesIsStoredOnce()
{
    // Twilio's pages move while new calls arrive: a record can show up on two pages.
    const QString page2 = kCallsPath + QStringLiteral("?Page=1&PageToken=PA1");
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(1), missed(2)}, page2)));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(2), missed(3)})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 4); // returned as the provider sent it

    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    CallStore calls(t.db());
    const auto outcomes = calls.upsertAll(got.value(), kSince.addSecs(600));
    QVERIFY(outcomes.ok());
    QCOMPARE(calls.count().value(), 3); // counted once
    QCOMPARE(calls.byProviderId(callSid(2)).value()->status, CallStatus::NoAnswer);
}

void TestTwilioProvider::keepsOnlyCallsEndedSinceTheWatermark()
{
    // The server filters by day: calls earlier that same day come back and must be dropped here.
    CallRecord before = missed(1, -30);
    CallRecord atTheMoment = missed(2, 0);
    CallRecord after = missed(3, 10);
    CallRecord stillRinging = missed(4);
    stillRinging.status = QStringLiteral("ringing");
    stillRinging.ended = {};
    m_server->enqueue("GET", kCallsPath,
                      FakeResponse::json(200, callsPage({before, atTheMoment, after, stillRinging})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(got.value()[0].providerCallId, callSid(2));
    QCOMPARE(got.value()[0].endedAt, kSince);
    QCOMPARE(got.value()[1].providerCallId, callSid(3));
}

void TestTwilioProvider::fetchesChildLegsOfCompletedInboundCalls()
{
    // A forwarded call: the parent is "completed" To the business number, the child leg To the
    // staff cell carries the real "no-answer". A busy parent needs no children.
    CallRecord parent = missed(1);
    parent.status = QStringLiteral("completed");
    CallRecord busy = missed(2);
    busy.status = QStringLiteral("busy");
    CallRecord child = missed(3);
    child.parentSid = parent.sid;
    child.direction = QStringLiteral("outbound-dial");
    child.from = kBusinessNumber;
    child.to = kStaffCell;
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({parent, busy, parent})));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({child})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 4);
    const Call& leg = got.value().last();
    QCOMPARE(leg.providerCallId, child.sid);
    QCOMPARE(leg.parentProviderCallId, parent.sid);
    QCOMPARE(leg.toNumber, kStaffCell);
    QCOMPARE(leg.status, CallStatus::NoAnswer);

    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2); // one child listing, although the parent came twice
    QCOMPARE(requests[1].queryValue(QStringLiteral("ParentCallSid")), parent.sid);
    QVERIFY(!requests[1].query.hasQueryItem(QStringLiteral("To")));
    QVERIFY(!requests[1].query.hasQueryItem(QStringLiteral("EndTime>")));
}

void TestTwilioProvider::oneBadRecordDoesNotRejectItsPage_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("reason");
    const QByteArray good = callJson(missed(2));
    const QByteArray sid = '"' + callSid(2).toUtf8() + '"';
    QTest::newRow("duration in words")
        << QByteArray(good).replace("\"duration\": null", "\"duration\": \"abc\"") << "bad-number";
    QTest::newRow("missing sid") << QByteArray(good).replace(QByteArray("\"sid\": " + sid + ", "), "")
                                 << "missing-id";
    QTest::newRow("numeric sid") << QByteArray(good).replace(QByteArray("\"sid\": " + sid), "\"sid\": 42")
                                 << "bad-id";
    CallRecord future = missed(2);
    future.ended = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("end_time in 9999") << callJson(future) << "future-date";
    QTest::newRow("unknown status") << QByteArray(good).replace("\"no-answer\"", "\"dialing-out\"")
                                    << "unknown-status";
    QTest::newRow("start_time not a date")
        << QByteArray(good).replace("\"start_time\": \"", "\"start_time\": \"soon ") << "bad-date";
    QTest::newRow("not an object") << QByteArray("\"CA2\"") << "not-an-object";
}

void TestTwilioProvider::oneBadRecordDoesNotRejectItsPage()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, reason);
    m_server->enqueue("GET", kCallsPath,
                      FakeResponse::json(200, "{\"calls\": [" + callJson(missed(1)) + ", " + bad + ", " +
                                                  callJson(missed(3)) + "], \"next_page_uri\": null}"));
    QList<SetAsideRecord> aside;
    CallQuery query = businessQuery();
    query.setAside = [&aside](const SetAsideRecord& r) {
        aside << r;
    };
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(query, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(got.value()[0].providerCallId, callSid(1));
    QCOMPARE(got.value()[1].providerCallId, callSid(3));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(toText(aside.first().reason), reason);
    QCOMPARE(aside.first().kind, RecordKind::Call);
}

void TestTwilioProvider::childLegsOnlyForUndecidedParents()
{
    // Three completed inbound parents; the caller has decided two of them already.
    QList<CallRecord> parents;
    for (int i = 1; i <= 3; ++i) {
        CallRecord p = missed(i);
        p.status = QStringLiteral("completed");
        parents << p;
    }
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage(parents)));
    m_server->setFallback(FakeResponse::json(200, callsPage({})));
    CallQuery query = businessQuery();
    QStringList asked;
    query.needChildLegs = [&asked](const QStringList& ids) {
        asked += ids;
        return QSet<QString>{callSid(2)};
    };
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(query, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(asked, (QStringList{callSid(1), callSid(2), callSid(3)}));
    QCOMPARE(got.value().size(), 3);
    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[1].queryValue(QStringLiteral("ParentCallSid")), callSid(2));
}

// Five completed parents wait for their child legs, two may be asked for in this poll: the two
// that ended first are, the other three are left out of the listing (not decided from half the
// facts) and named with their end times, so the caller's watermark stays behind them. At 10,000
// callers, one poll that asked for thousands of child legs took longer than a desk lived.
void TestTwilioProvider::childLegsOfABacklogAreAskedForASliceAtATime()
{
    QList<CallRecord> parents;
    for (int i = 1; i <= 5; ++i) {
        CallRecord p = missed(i, 10 - i); // #5 ended first
        p.status = QStringLiteral("completed");
        parents << p;
    }
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage(parents)));
    m_server->setFallback(FakeResponse::json(200, callsPage({})));
    CallQuery query = businessQuery();
    query.maxChildLegListings = 2;
    QMap<QString, QDateTime> deferred;
    query.deferred = [&deferred](const QString& id, const QDateTime& endedAt) {
        deferred.insert(id, endedAt);
    };
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(query, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());

    QStringList listed;
    for (const Call& c : got.value())
        listed << c.providerCallId;
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, (QStringList{callSid(4), callSid(5)}));
    QCOMPARE(deferred.keys(), (QStringList{callSid(1), callSid(2), callSid(3)}));
    QCOMPARE(deferred.value(callSid(3)), kSince.addSecs(60 * 7));
    QStringList asked;
    for (const FakeRequest& r : m_server->requests())
        if (!r.queryValue(QStringLiteral("ParentCallSid")).isEmpty())
            asked << r.queryValue(QStringLiteral("ParentCallSid"));
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, (QStringList{callSid(4), callSid(5)}));
}

void TestTwilioProvider::nulAndLoneSurrogatesAreCleanedFromText()
{
    const QByteArray record =
        messageJson(QStringLiteral("SM1"), QStringLiteral("inbound"), kCaller, kBusinessNumber,
                    kSince.addSecs(120), QStringLiteral("Leak\\u0000ing \\ud800pipe"));
    m_server->enqueue("GET", kMessagesPath,
                      FakeResponse::json(200, "{\"messages\": [" + record + "], \"next_page_uri\": null}"));
    ProviderAwait<QList<Message>> got;
    m_provider->listMessages(MessageQuery{{}, kSince}, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 1);
    const QString body = got.value().first().body;
    QVERIFY(!body.contains(QChar(0)));
    QVERIFY(body.isValidUtf16());
    QVERIFY2(body.startsWith(QLatin1String("Leaking ")), qPrintable(body));
    QVERIFY(body.endsWith(QLatin1String("pipe")));
}

void TestTwilioProvider::everyNumberListsTheWholeAccount()
{
    CallRecord parent = missed(1);
    parent.status = QStringLiteral("completed");
    CallRecord child = missed(2);
    child.parentSid = parent.sid;
    child.to = kStaffCell;
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({parent, child})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(CallQuery{{}, kSince}, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(m_server->requests().size(), 1); // child legs came with everything else
    QVERIFY(!m_server->requests()[0].query.hasQueryItem(QStringLiteral("To")));
    QCOMPARE(m_server->requests()[0].queryValue(QStringLiteral("EndTime>")), QStringLiteral("2026-03-02"));
}

void TestTwilioProvider::stopsOnARepeatedPageUri()
{
    const QString again = kCallsPath + QStringLiteral("?Page=1&PageToken=PA1");
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(1)}, again)));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(2)}, again)));
    m_server->setFallback(FakeResponse::json(200, callsPage({missed(3)}, again)));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestTwilioProvider::refusesANextPageOnAnotherHost()
{
    m_server->enqueue(
        "GET", kCallsPath,
        FakeResponse::json(200, callsPage({missed(1)}, QStringLiteral("http://198.51.100.7/steal"))));
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("MalformedResponse"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTwilioProvider::listsMessagesInBothDirections()
{
    const QByteArray inbound =
        messageJson(QStringLiteral("SM1"), QStringLiteral("inbound"), kCaller, kBusinessNumber,
                    kSince.addSecs(120), QStringLiteral("Can you come today?"));
    const QByteArray earlier = messageJson(QStringLiteral("SM0"), QStringLiteral("inbound"), kCaller,
                                           kBusinessNumber, kSince.addSecs(-60), QStringLiteral("Hello?"));
    const QByteArray outbound =
        messageJson(QStringLiteral("SM2"), QStringLiteral("outbound-api"), kBusinessNumber, kCaller,
                    kSince.addSecs(60), QStringLiteral("Sorry we missed you"));
    m_server->enqueue("GET", kMessagesPath,
                      FakeResponse::json(200, "{\"messages\": [" + inbound + ", " + earlier +
                                                  "], \"next_page_uri\": null}"));
    m_server->enqueue("GET", kMessagesPath,
                      FakeResponse::json(200, "{\"messages\": [" + outbound + "], \"next_page_uri\": null}"));

    ProviderAwait<QList<Message>> got;
    m_provider->listMessages(MessageQuery{{kBusinessNumber}, kSince}, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(got.value()[0].providerMessageId, QStringLiteral("SM1"));
    QCOMPARE(got.value()[0].direction, MessageDirection::Inbound);
    QCOMPARE(got.value()[0].body, QStringLiteral("Can you come today?"));
    QCOMPARE(got.value()[1].providerMessageId, QStringLiteral("SM2"));
    QCOMPARE(got.value()[1].direction, MessageDirection::Outbound);
    QCOMPARE(got.value()[1].status, MessageStatus::Delivered);

    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].queryValue(QStringLiteral("To")), kBusinessNumber);
    QVERIFY(!requests[0].query.hasQueryItem(QStringLiteral("From")));
    QCOMPARE(requests[1].queryValue(QStringLiteral("From")), kBusinessNumber);
    QVERIFY(!requests[1].query.hasQueryItem(QStringLiteral("To")));
    for (const FakeRequest& r : requests)
        QCOMPARE(r.queryValue(QStringLiteral("DateSent>")), QStringLiteral("2026-03-02"));
}

void TestTwilioProvider::basicAuthHeader_data()
{
    QTest::addColumn<QString>("apiKeySid");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("account SID and auth token")
        << QString() << kAuthToken
        << ("Basic " + (kAccountSid + QLatin1Char(':') + kAuthToken).toUtf8().toBase64());
    const QString key = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    QTest::newRow("API key and secret")
        << key << QStringLiteral("keysecret")
        << ("Basic " + (key + QStringLiteral(":keysecret")).toUtf8().toBase64());
}

void TestTwilioProvider::basicAuthHeader()
{
    QFETCH(QString, apiKeySid);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);
    auto provider = makeProvider({kAccountSid, apiKeySid, secret});
    m_server->enqueue(
        "GET", accountPath(QStringLiteral(".json")),
        FakeResponse::json(200, R"({"sid": ")" + kAccountSid.toUtf8() +
                                    R"(", "friendly_name": "Acme Plumbing", "status": "active"})"));
    ProviderAwait<AccountInfo> got;
    provider->verifyCredentials(got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().friendlyName, QStringLiteral("Acme Plumbing"));
    QCOMPARE(got.value().status, QStringLiteral("active"));

    const FakeRequest& r = m_server->requests().value(0);
    QCOMPARE(r.header("Authorization"), expected);
    // Either way, the Account SID is the one in the path, and no secret is in the URL.
    QCOMPARE(r.path, accountPath(QStringLiteral(".json")));
    QVERIFY(!r.target.contains(secret.toUtf8()));
}

void TestTwilioProvider::baseUrlWithAPathPrefix()
{
    // SignalWire serves the same API under /api/laml.
    TwilioOptions options;
    options.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/laml"));
    TwilioProvider provider({kAccountSid, {}, kAuthToken}, options);
    const QString path = QStringLiteral("/api/laml") + kMessagesPath;
    m_server->enqueue(
        "GET", path,
        FakeResponse::json(200, "{\"messages\": [], \"next_page_uri\": \"" + path.toUtf8() + "?Page=1\"}"));
    m_server->enqueue("GET", path, FakeResponse::json(200, "{\"messages\": [], \"next_page_uri\": null}"));
    ProviderAwait<QList<Message>> got;
    provider.listMessages(MessageQuery{{}, {}}, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(m_server->requestsTo("GET", path).size(), 2);
}

void TestTwilioProvider::sendMessageFormBodyIsExact()
{
    m_server->enqueue(
        "POST", kMessagesPath,
        FakeResponse::json(201, R"({"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued",
                          "direction": "outbound-api", "date_created": "Mon, 02 Mar 2026 14:03:00 +0000",
                          "date_sent": null, "error_code": null})"));
    ProviderAwait<SentMessage> got;
    m_provider->sendMessage(
        {kCaller, kBusinessNumber, QStringLiteral("Sorry we missed your call! Can we help? — Acme & Co")},
        got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().providerMessageId, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
    QCOMPARE(got.value().status, MessageStatus::Queued);
    QCOMPARE(got.value().createdAt, QDateTime(QDate(2026, 3, 2), QTime(14, 3), Qt::UTC));

    const FakeRequest& r = m_server->requests().value(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.body,
             QByteArray("To=%2B15125550147&From=%2B15125550100&Body=Sorry%20we%20missed%20your%20call%21%20"
                        "Can%20we%20help%3F%20%E2%80%94%20Acme%20%26%20Co"));

    // Through a messaging service: MessagingServiceSid instead of From (Twilio picks the number).
    m_server->enqueue(
        "POST", kMessagesPath,
        FakeResponse::json(201, R"({"sid": "SM0123456789abcdef0123456789abcdee", "status": "accepted",
                          "direction": "outbound-api", "date_created": "Mon, 02 Mar 2026 14:04:00 +0000",
                          "date_sent": null, "error_code": null})"));
    ProviderAwait<SentMessage> viaService;
    m_provider->sendMessage({kCaller, kBusinessNumber, QStringLiteral("Hi"), kService},
                            viaService.callback());
    QVERIFY(viaService.wait());
    QVERIFY2(viaService.ok(), viaService.describe());
    QCOMPARE(m_server->requests().value(1).body,
             QByteArray("To=%2B15125550147&MessagingServiceSid=") + kService.toLatin1() + "&Body=Hi");
}

// Issue 20: WhatsApp goes by the same CreateMessage, with whatsapp: addresses; a template by its
// Content SID and variables instead of a Body (a Body outside the window is refused, 63016).
void TestTwilioProvider::whatsAppSendForm_data()
{
    QTest::addColumn<QString>("contentSid");
    QTest::addColumn<QByteArray>("form");
    QTest::newRow("free text") << QString()
                               << QByteArray("To=whatsapp%3A%2B15125550147&From=whatsapp%3A%2B15125550100&"
                                             "Body=Hi%20Dana");
    QTest::newRow("template") << QStringLiteral("HX0000000000000000000000000000a001")
                              << QByteArray("To=whatsapp%3A%2B15125550147&From=whatsapp%3A%2B15125550100&"
                                            "ContentSid=HX0000000000000000000000000000a001&"
                                            "ContentVariables=%7B%221%22%3A%22Dana%22%7D");
}

void TestTwilioProvider::whatsAppSendForm()
{
    QFETCH(QString, contentSid);
    QFETCH(QByteArray, form);
    m_server->enqueue(
        "POST", kMessagesPath,
        FakeResponse::json(201, R"({"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued",
                          "direction": "outbound-api", "date_created": "Mon, 02 Mar 2026 14:03:00 +0000",
                          "date_sent": null, "error_code": null})"));
    OutgoingMessage m{kCaller, kBusinessNumber, QStringLiteral("Hi Dana")};
    m.channel = MessageChannel::WhatsApp;
    m.contentSid = contentSid;
    if (!contentSid.isEmpty())
        m.contentVariables = QStringLiteral(R"({"1":"Dana"})");
    ProviderAwait<SentMessage> got;
    m_provider->sendMessage(m, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(m_server->requests().value(0).body, form);
}

void TestTwilioProvider::optedOutOnSend()
{
    m_server->enqueue(
        "POST", kMessagesPath,
        FakeResponse::json(
            400, twilioError(21610, QStringLiteral("Attempt to send to unsubscribed recipient"), 400)));
    ProviderAwait<SentMessage> got;
    m_provider->sendMessage({kCaller, kBusinessNumber, QStringLiteral("Hi")}, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("OptedOut"));
    QCOMPARE(got.error().providerCode, 21610);
    QCOMPARE(got.error().httpStatus, 400);
    QCOMPARE(got.error().providerMessage, QStringLiteral("Attempt to send to unsubscribed recipient"));
    QVERIFY(!got.error().isRetryable());
}

void TestTwilioProvider::rateLimitedHonoursRetryAfter()
{
    m_server->enqueue("GET", kCallsPath,
                      FakeResponse::json(429, twilioError(20429, QStringLiteral("Too Many Requests"), 429))
                          .withHeader("Retry-After", "30"));
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("RateLimited"));
    QCOMPARE(got.error().retryAfterSeconds, std::optional<int>(30));
    QVERIFY(got.error().isRetryable());
}

void TestTwilioProvider::serverErrorIsRetryable()
{
    // A read is tried again a couple of times before a failure is reported (see the next test).
    m_server->setFallback(
        FakeResponse::json(500, twilioError(20500, QStringLiteral("Internal Server Error"), 500)));
    ProviderAwait<QList<Message>> got;
    m_provider->listMessages(MessageQuery{{}, kSince}, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("ServerError"));
    QCOMPARE(got.error().httpStatus, 500);
    QVERIFY(got.error().isRetryable());
    QCOMPARE(m_server->requests().size(), TwilioHttp::kReadAttempts);
}

// The second page of three answers 500, then 200: the listing goes on from that page, instead of
// failing the whole poll (with thousands of calls in the overlap, a poll is many pages, and one
// failure per poll meant no poll ever finished).
void TestTwilioProvider::failedPageIsTriedAgainAlone_data()
{
    QTest::addColumn<FakeResponse>("failure");
    QTest::newRow("500") << FakeResponse::json(
        500, twilioError(20500, QStringLiteral("Internal Server Error"), 500));
    QTest::newRow("429, retry after 1 s")
        << FakeResponse::json(429, twilioError(20429, QStringLiteral("Too Many Requests"), 429))
               .withHeader("Retry-After", "1");
    QTest::newRow("connection closed") << FakeResponse::closesConnection();
}

void TestTwilioProvider::failedPageIsTriedAgainAlone()
{
    QFETCH(FakeResponse, failure);
    const QString page2 =
        kCallsPath + QStringLiteral("?To=%2B15125550100&PageSize=1000&Page=1&PageToken=PA1");
    const QString page3 =
        kCallsPath + QStringLiteral("?To=%2B15125550100&PageSize=1000&Page=2&PageToken=PA2");
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(1), missed(2)}, page2)));
    m_server->enqueue("GET", kCallsPath, failure);
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(3)}, page3)));
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, callsPage({missed(4)})));

    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait(20'000));
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 4);
    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(QString::fromLatin1(requests.at(1).target), page2);
    QCOMPARE(QString::fromLatin1(requests.at(requests.size() - 2).target), page2); // that page again,
    QCOMPARE(QString::fromLatin1(requests.last().target), page3);                  // not from the start
    QCOMPARE(m_server->unusedResponses(), 0);
}

void TestTwilioProvider::answerThatNeverFinishesTimesOut()
{
    auto provider = makeProvider({kAccountSid, {}, kAuthToken}, 300);
    m_server->setFallback(FakeResponse::neverFinishes()); // every attempt
    ProviderAwait<QList<Call>> got;
    QElapsedTimer clock;
    clock.start();
    provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait(10'000));
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("Timeout"));
    QVERIFY(got.error().isRetryable());
    QVERIFY2(clock.elapsed() >= 300, QByteArray::number(clock.elapsed()).constData());
}

void TestTwilioProvider::closedConnectionIsNetworkError()
{
    m_server->setFallback(FakeResponse::closesConnection()); // also for a retry on a fresh connection
    ProviderAwait<AccountInfo> got;
    m_provider->verifyCredentials(got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("Network"));
    QVERIFY(got.error().isRetryable());

    // Nobody listening at all: the same.
    TwilioOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    TwilioProvider nowhere({kAccountSid, {}, kAuthToken}, options);
    ProviderAwait<AccountInfo> refused;
    nowhere.verifyCredentials(refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(kindName(refused.error()), QStringLiteral("Network"));
}

void TestTwilioProvider::malformedJson()
{
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, R"({"calls": [{"sid": "CA1", )"));
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("MalformedResponse"));
    QVERIFY(!got.error().isRetryable());
    QVERIFY2(got.error().providerMessage.contains(QLatin1String("not JSON")), got.describe());
}

void TestTwilioProvider::htmlErrorPage()
{
    // A captive portal or a web site at the wrong address answers 200 with a page.
    m_server->enqueue(
        "GET", accountPath(QStringLiteral(".json")),
        FakeResponse::html(200, "<!DOCTYPE html><html><body><h1>Sign in to Wi-Fi</h1></body></html>"));
    ProviderAwait<AccountInfo> got;
    m_provider->verifyCredentials(got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("MalformedResponse"));
    QVERIFY2(got.error().message.contains(QLatin1String("127.0.0.1")), got.describe());
}

void TestTwilioProvider::fiveMegabytePageParses()
{
    QList<CallRecord> calls;
    for (int i = 0; i < 1000; ++i) {
        CallRecord c = missed(i + 1);
        c.padding = 4900; // a real call record with its subresource URIs is ~2 KB; this page is ~5 MB
        calls.append(c);
    }
    const QByteArray page = callsPage(calls);
    QVERIFY2(page.size() >= 5 * 1024 * 1024, QByteArray::number(page.size()).constData());
    m_server->enqueue("GET", kCallsPath, FakeResponse::json(200, page));
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait(30'000));
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 1000);
    QCOMPARE(got.value().last().providerCallId, callSid(1000));
}

void TestTwilioProvider::hugeAnswerIsRefused()
{
    // Past the 16 MB limit: refused, not buffered to the end.
    m_server->enqueue("GET", kCallsPath, FakeResponse::paddedJson(callsPage({missed(1)}), 17 * 1024 * 1024));
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QVERIFY(got.wait(30'000));
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("MalformedResponse"));
    QVERIFY2(got.error().message.contains(QLatin1String("larger than 16 MB")), got.describe());
}

void TestTwilioProvider::wrongCredentialsNeverShowTheToken()
{
    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("ringback.*=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);

    m_server->enqueue("GET", accountPath(QStringLiteral(".json")),
                      FakeResponse::json(401, twilioError(20003, QStringLiteral("Authenticate"), 401))
                          .withHeader("WWW-Authenticate", "Basic realm=\"Twilio API\""));
    ProviderAwait<AccountInfo> got;
    m_provider->verifyCredentials(got.callback());
    const bool answered = got.wait();
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("ringback.*.info=false"));

    QVERIFY(answered);
    QVERIFY(!got.ok());
    QCOMPARE(kindName(got.error()), QStringLiteral("BadCredentials"));
    QCOMPARE(got.error().httpStatus, 401);
    QCOMPARE(got.error().providerCode, 20003);
    QCOMPARE(got.error().message,
             QStringLiteral("Twilio refused the Account SID or Auth Token. Check them in Settings."));
    const QByteArray basic = (kAccountSid + QLatin1Char(':') + kAuthToken).toUtf8().toBase64();
    QVERIFY(!got.error().message.contains(kAuthToken));
    QVERIFY(!got.error().providerMessage.contains(kAuthToken));
    QVERIFY(!m_server->requests().value(0).target.contains(kAuthToken.toUtf8()));
    QVERIFY2(!g_logLines.isEmpty(), "debug logging was on: the request should have been logged");
    for (const QString& line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(kAuthToken) && !line.contains(QString::fromLatin1(basic)), qPrintable(line));
    }
}

void TestTwilioProvider::destroyingAbortsWithoutCallbacks()
{
    m_server->enqueue("GET", kCallsPath, FakeResponse::neverFinishes());
    ProviderAwait<QList<Call>> got;
    m_provider->listCalls(businessQuery(), got.callback());
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_provider->pendingRequests(), 1);

    m_provider.reset();
    // The abort closes the connection; by then any callback would have been queued.
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(got.calls(), 0);
}

void TestTwilioProvider::tricklingAnswerEndsAtTheDeadline_data()
{
    QTest::addColumn<bool>("send");
    QTest::newRow("read") << false;
    QTest::newRow("send") << true;
}

void TestTwilioProvider::tricklingAnswerEndsAtTheDeadline()
{
    // A byte every 50 ms: the inactivity timer (a minute here) never fires; only the total
    // deadline ends the request.
    QFETCH(bool, send);
    TwilioOptions options;
    options.baseUrl = m_server->baseUrl();
    options.transferTimeoutMs = 60'000;
    options.sendDeadlineMs = 300;
    options.readDeadlineMs = 600;
    TwilioProvider provider({kAccountSid, {}, kAuthToken}, options);
    m_server->setFallback(FakeResponse::trickles(50));
    std::optional<ProviderError> error;
    int answers = 0;
    if (send) {
        provider.sendMessage({kCaller, kBusinessNumber, QStringLiteral("Hi")},
                             [&](ProviderResult<SentMessage> r) {
                                 ++answers;
                                 if (!r)
                                     error = r.error();
                             });
    } else {
        provider.listCalls(businessQuery(), [&](ProviderResult<QList<Call>> r) {
            ++answers;
            if (!r)
                error = r.error();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 20'000);
    QVERIFY(error.has_value());
    QCOMPARE(kindName(*error), QStringLiteral("Timeout"));
    QVERIFY(error->mayHaveBeenAccepted());
    QCOMPARE(provider.pendingRequests(), 0);
}

void TestTwilioProvider::abortRequestsAnswersEveryCallback()
{
    m_server->setFallback(FakeResponse::neverFinishes());
    ProviderAwait<QList<Call>> calls;
    ProviderAwait<SentMessage> sent;
    m_provider->listCalls(businessQuery(), calls.callback());
    m_provider->sendMessage({kCaller, kBusinessNumber, QStringLiteral("Hi")}, sent.callback());
    QTRY_COMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_provider->pendingRequests(), 2);

    m_provider->abortRequests();
    QCOMPARE(m_provider->pendingRequests(), 0);
    QVERIFY(calls.wait());
    QVERIFY(sent.wait());
    QCOMPARE(calls.calls(), 1);
    QCOMPARE(sent.calls(), 1);
    QVERIFY(!sent.ok());
    QVERIFY(sent.error().mayHaveBeenAccepted()); // looked up before any resend
    QVERIFY(!calls.ok());
}

void TestTwilioProvider::redirectToASendIsNotFollowedAndMayHaveBeenAccepted()
{
    m_server->enqueue("POST", kMessagesPath,
                      FakeResponse::json(307, {}).withHeader("Location", "https://elsewhere.example.net/x"));
    ProviderAwait<SentMessage> got;
    m_provider->sendMessage({kCaller, kBusinessNumber, QStringLiteral("Hi")}, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(got.error().httpStatus, 307);
    QVERIFY(got.error().mayHaveBeenAccepted());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTwilioProvider::mediaListGivesEachFileItsAddress()
{
    const QString mediaPath = accountPath(QStringLiteral("/Messages/MM1/Media.json"));
    const QByteArray page = R"({"media_list": [
        {"sid": "ME1", "content_type": "image/jpeg", "parent_sid": "MM1",
         "uri": "/2010-04-01/Accounts/)" +
                            kAccountSid.toUtf8() + R"(/Messages/MM1/Media/ME1.json"},
        {"sid": "ME2", "content_type": "IMAGE/PNG", "parent_sid": "MM1",
         "uri": "/2010-04-01/Accounts/)" +
                            kAccountSid.toUtf8() + R"(/Messages/MM1/Media/ME2.json"}],
        "next_page_uri": null})";
    m_server->enqueue("GET", mediaPath, FakeResponse::json(200, page));
    ProviderAwait<QList<MessageMedia>> got;
    m_provider->listMedia(QStringLiteral("MM1"), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    QCOMPARE(got.value().at(0).providerMediaId, QStringLiteral("ME1"));
    QCOMPARE(got.value().at(1).position, 1);
    QCOMPARE(got.value().at(1).contentType, QStringLiteral("image/png"));
    // The file is the resource's address without ".json".
    QCOMPARE(got.value().at(0).location, accountPath(QStringLiteral("/Messages/MM1/Media/ME1")));
}

void TestTwilioProvider::photoIsFetchedFromStorageWithoutTheCredentials()
{
    // Twilio answers the media address with a redirect to its storage service, on another host:
    // the file comes from there, and the Account SID and token never go there.
    FakeHttpServer storage;
    QVERIFY(storage.listen());
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0") + QByteArray(2000, 'x');
    FakeResponse file;
    file.body = jpeg;
    file.headers.append({QByteArray("Content-Type"), QByteArray("image/jpeg")});
    storage.enqueue("GET", QStringLiteral("/bucket/ME1"), file);
    const QString mediaPath = accountPath(QStringLiteral("/Messages/MM1/Media/ME1"));
    m_server->enqueue("GET", mediaPath,
                      FakeResponse::json(307, {}).withHeader(
                          "Location", storage.baseUrl().toString().toUtf8() + "/bucket/ME1?Signature=abc"));
    MessageMedia media;
    media.location = mediaPath;
    ProviderAwait<MediaContent> got;
    m_provider->fetchMedia(media, kMaxMediaBytes, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().bytes, jpeg);
    QVERIFY(got.value().contentType.startsWith(QLatin1String("image/jpeg")));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().header("authorization").isEmpty());
    QCOMPARE(storage.requests().size(), 1);
    QVERIFY(storage.requests().first().header("authorization").isEmpty());
    QCOMPARE(storage.requests().first().queryValue(QStringLiteral("Signature")), QStringLiteral("abc"));
}

void TestTwilioProvider::photoLargerThanTheLimitIsRefused()
{
    const QString mediaPath = accountPath(QStringLiteral("/Messages/MM1/Media/ME1"));
    m_server->enqueue("GET", mediaPath, FakeResponse::json(200, QByteArray(64 * 1024, 'x')));
    MessageMedia media;
    media.location = mediaPath;
    ProviderAwait<MediaContent> got;
    m_provider->fetchMedia(media, 32 * 1024, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, ProviderError::Kind::MalformedResponse);

    // An address on another server is never asked with the credentials.
    media.location = QStringLiteral("https://elsewhere.example.net/ME1");
    ProviderAwait<MediaContent> elsewhere;
    m_provider->fetchMedia(media, kMaxMediaBytes, elsewhere.callback());
    QVERIFY(elsewhere.wait());
    QVERIFY(!elsewhere.ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTwilioProvider::photoRedirectLoopEnds()
{
    const QString mediaPath = accountPath(QStringLiteral("/Messages/MM1/Media/ME1"));
    m_server->setFallback(FakeResponse::json(302, {}).withHeader("Location", mediaPath.toUtf8()));
    MessageMedia media;
    media.location = mediaPath;
    ProviderAwait<MediaContent> got;
    m_provider->fetchMedia(media, kMaxMediaBytes, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(m_server->requests().size(), TwilioHttp::kMaxFileRedirects + 1);
}

namespace {

QByteArray v1Page(const char* key, const QByteArray& items, const QString& next = {})
{
    const QByteArray nextUrl = next.isEmpty() ? QByteArray("null") : '"' + next.toUtf8() + '"';
    return "{\"" + QByteArray(key) + "\": [" + items + "], \"meta\": {\"key\": \"" + key +
           "\", \"next_page_url\": " + nextUrl + "}}";
}

} // namespace

void TestTwilioProvider::readsTextingComplianceOfEveryService()
{
    // Brands over two pages (meta.next_page_url, absolute, on the same server), one service with
    // its campaign and sender pool, and a toll-free verification.
    const QString brands = QStringLiteral("/v1/a2p/BrandRegistrations");
    m_server->enqueue(
        "GET", brands,
        FakeResponse::json(200, v1Page("data", R"({"sid": "BN1", "status": "FAILED"})",
                                       m_server->baseUrl().toString() + brands +
                                           QStringLiteral("?PageSize=1000&Page=1&PageToken=PT1"))));
    m_server->enqueue("GET", brands,
                      FakeResponse::json(200, v1Page("data", R"({"sid": "BN2", "status": "APPROVED"})")));
    m_server->enqueue(
        "GET", QStringLiteral("/v1/Services"),
        FakeResponse::json(
            200,
            v1Page("services", R"({"sid": ")" + kService.toUtf8() +
                                   R"(", "friendly_name": "Office", "us_app_to_person_registered": true})")));
    m_server->enqueue(
        "GET", QStringLiteral("/v1/Services/%1/Compliance/Usa2p").arg(kService),
        FakeResponse::json(200, v1Page("compliance", R"({"sid": "QE1", "brand_registration_sid": "BN2",
                                                           "campaign_status": "VERIFIED"})")));
    m_server->enqueue("GET", QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(kService),
                      FakeResponse::json(
                          200, v1Page("phone_numbers", R"({"sid": "PN1", "phone_number": "+15125550100"})")));
    m_server->enqueue("GET", QStringLiteral("/v1/Tollfree/Verifications"),
                      FakeResponse::json(200, v1Page("verifications",
                                                     R"({"sid": "HH1", "tollfree_phone_number_sid": "PN2",
                                                            "status": "IN_REVIEW"})")));

    ProviderAwait<TextingCompliance> got;
    m_provider->readTextingCompliance(got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    const TextingCompliance& a = got.value();
    QCOMPARE(a.brands.size(), 2);
    QCOMPARE(a.brands.at(1).status, QStringLiteral("APPROVED"));
    QCOMPARE(a.services.size(), 1);
    QCOMPARE(a.services.first().friendlyName, QStringLiteral("Office"));
    QVERIFY(a.services.first().usA2pRegistered);
    QCOMPARE(a.services.first().campaigns.size(), 1);
    QCOMPARE(a.services.first().campaigns.first().status, QStringLiteral("VERIFIED"));
    QCOMPARE(a.services.first().numberIds, QStringList{QStringLiteral("PN1")});
    QCOMPARE(a.services.first().numbers, QStringList{QStringLiteral("+15125550100")});
    QCOMPARE(a.tollFree.size(), 1);
    QCOMPARE(a.tollFree.first().numberId, QStringLiteral("PN2"));
    QCOMPARE(m_server->requests().size(), 6);
    for (const FakeRequest& r : m_server->requests())
        QVERIFY2(r.header("authorization").startsWith("Basic "), r.target.constData());
    QCOMPARE(m_server->requests().at(0).queryValue(QStringLiteral("PageSize")), QStringLiteral("1000"));
}

void TestTwilioProvider::readinessCheckFailureIsOneSentence_data()
{
    QTest::addColumn<FakeResponse>("answer");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("401") << FakeResponse::json(401,
                                               twilioError(20005, QStringLiteral("Account not active"), 401))
                         << QStringLiteral(
                                "Could not check the texting registration: Twilio refused the Account "
                                "SID or Auth Token. Check them, then check again.");
    QTest::newRow("20003") << FakeResponse::json(403,
                                                 twilioError(20003, QStringLiteral("Permission Denied"), 403))
                           << QStringLiteral(
                                  "Could not check the texting registration: Twilio denied permission "
                                  "(error 20003). Use the main account's Account SID and Auth Token, "
                                  "then check again.");
    QTest::newRow("20003 as 401") << FakeResponse::json(
                                         401, twilioError(20003, QStringLiteral("Authenticate"), 401))
                                  << QStringLiteral(
                                         "Could not check the texting registration: Twilio denied "
                                         "permission (error 20003). Use the main account's Account "
                                         "SID and Auth Token, then check again.");
    QTest::newRow("404") << FakeResponse::json(404, twilioError(20404, QStringLiteral("Not Found"), 404))
                         << QStringLiteral(
                                "Could not check the texting registration: Twilio's messaging address "
                                "was not found. Check the provider address, then check again.");
    QTest::newRow("429") << FakeResponse::json(429,
                                               twilioError(20429, QStringLiteral("Too Many Requests"), 429))
                                .withHeader("Retry-After", "60")
                         << QStringLiteral(
                                "Could not check the texting registration: Twilio asked Ringback to "
                                "slow down. Check again in a minute.");
}

void TestTwilioProvider::readinessCheckFailureIsOneSentence()
{
    QFETCH(FakeResponse, answer);
    QFETCH(QString, sentence);
    // The three listings asked first all answer so; whichever comes first decides.
    for (const char* path : {"/v1/a2p/BrandRegistrations", "/v1/Services", "/v1/Tollfree/Verifications"})
        m_server->enqueue("GET", QString::fromLatin1(path), answer);
    ProviderNumber n;
    n.providerId = QStringLiteral("PN1");
    n.e164 = kBusinessNumber;
    std::optional<ReadinessReport> report;
    TextingReadiness::check(*m_provider, {n}, [&report](const ReadinessReport& r) { report = r; });
    QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 5000));
    QCOMPARE(report->failure, sentence);
    QVERIFY(report->applies);
    QVERIFY(report->numbers.isEmpty());
    QVERIFY(!report->failure.contains(kAuthToken));
}

void TestTwilioProvider::compatibleServiceSendsNoCredentialsToTwilioMessaging()
{
    // Another provider address and no Messaging address: nothing is asked of messaging.twilio.com.
    TwilioOptions options;
    options.baseUrl = m_server->baseUrl();
    TwilioProvider compatible({kAccountSid, {}, kAuthToken}, options);
    ProviderAwait<TextingCompliance> got;
    compatible.readTextingCompliance(got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QVERIFY(got.error().message.startsWith(QLatin1String("This provider does not report")));
    QCOMPARE(compatible.requestCount(), quint64(0));
}

QTEST_GUILESS_MAIN(TestTwilioProvider)
#include "tst_twilioprovider.moc"
