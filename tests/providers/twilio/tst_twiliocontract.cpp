// Contract tests: TwilioProvider against Twilio's own OpenAPI document (shared/provider-specs),
// served by Prism. Prism validates every request against the spec (a violation answers 422, a
// wrong content type 415, and the provider's error carries Prism's report), and answers with the
// spec's examples, which must parse into our types. Every operation Ringback uses is exercised.
// Prism missing or not starting is a failure, never a skip.
#include "PrismServer.h"
#include "ProviderAwait.h"
#include "providers/TextingReadiness.h"
#include "providers/twilio/TwilioErrorMapper.h"
#include "providers/twilio/TwilioProvider.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

// Any well-formed credentials pass Prism's basic-auth check; the path pattern wants AC + 32 hex.
const TwilioCredentials kCredentials{QStringLiteral("AC0123456789abcdef0123456789abcdef"), QString(),
                                     QStringLiteral("contract-test-token")};

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// The spec types the call and message date filters (StartTime, EndTime, DateSent and their </>
// forms) as "date-time", but its own descriptions and example page URIs, and Twilio's docs and API,
// use a date: YYYY-MM-DD. Prism enforces the type, so following the spec's own example
// next_page_uri ("...&EndTime=2009-01-02...") answers 422. We serve a copy with exactly those
// parameters retyped "date" and leave everything else as published; the count guards the patch
// (if Twilio fixes the spec, this says so).
QString specWithDateFilters(const QString& publishedPath, const QString& folder, QString* error)
{
    QFile in(publishedPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the Twilio OpenAPI document at %1").arg(publishedPath);
        return {};
    }
    // Edited as text, not re-serialized: key order must stay, since Prism answers the first example.
    QString text = QString::fromUtf8(in.readAll());
    const QString dateTime = QStringLiteral("\"format\": \"date-time\"");
    int retyped = 0;
    for (const char* name : {"StartTime", "StartTime<", "StartTime>", "EndTime", "EndTime<", "EndTime>",
                             "DateSent", "DateSent<", "DateSent>"}) {
        const QString key = QStringLiteral("\"name\": \"%1\",").arg(QLatin1String(name));
        if (text.count(key) != 1)
            continue;
        const qsizetype at = text.indexOf(key);
        const qsizetype format = text.indexOf(dateTime, at);
        const qsizetype nextParameter = text.indexOf(QLatin1String("\"name\": "), at + key.size());
        if (format < 0 || (nextParameter >= 0 && format > nextParameter))
            continue;
        text.replace(format, dateTime.size(), QStringLiteral("\"format\": \"date\""));
        ++retyped;
    }
    if (retyped != 9) {
        *error =
            QStringLiteral("expected to retype 9 date filters of the Twilio spec, found %1: the published "
                           "document changed, review specWithDateFilters()")
                .arg(retyped);
        return {};
    }
    const QString out = folder + QStringLiteral("/twilio_api_v2010.dates.json");
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) <= 0) {
        *error = QStringLiteral("cannot write %1").arg(out);
        return {};
    }
    return out;
}

// ContentAndApprovals has two examples, "readEmpty" first, and Prism answers the first. We serve a
// copy without the empty one, so the approvals list parsed is the document's own "readResults".
QString contentSpecWithResults(const QString& publishedPath, const QString& folder, QString* error)
{
    QFile in(publishedPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the Content API document at %1").arg(publishedPath);
        return {};
    }
    QJsonObject spec = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject paths = spec.value(QLatin1String("paths")).toObject();
    QJsonObject path = paths.value(QLatin1String("/v1/ContentAndApprovals")).toObject();
    QJsonObject get = path.value(QLatin1String("get")).toObject();
    QJsonObject responses = get.value(QLatin1String("responses")).toObject();
    QJsonObject ok = responses.value(QLatin1String("200")).toObject();
    QJsonObject contentTypes = ok.value(QLatin1String("content")).toObject();
    QJsonObject json = contentTypes.value(QLatin1String("application/json")).toObject();
    QJsonObject examples = json.value(QLatin1String("examples")).toObject();
    if (!examples.contains(QLatin1String("readEmpty")) || !examples.contains(QLatin1String("readResults"))) {
        *error = QStringLiteral("the Content API document no longer has the readEmpty/readResults examples: "
                                "review contentSpecWithResults()");
        return {};
    }
    examples.remove(QLatin1String("readEmpty"));
    json.insert(QLatin1String("examples"), examples);
    contentTypes.insert(QLatin1String("application/json"), json);
    ok.insert(QLatin1String("content"), contentTypes);
    responses.insert(QLatin1String("200"), ok);
    get.insert(QLatin1String("responses"), responses);
    path.insert(QLatin1String("get"), get);
    paths.insert(QLatin1String("/v1/ContentAndApprovals"), path);
    spec.insert(QLatin1String("paths"), paths);
    const QString out = folder + QStringLiteral("/twilio_content_v1.results.json");
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(spec).toJson()) <= 0) {
        *error = QStringLiteral("cannot write %1").arg(out);
        return {};
    }
    return out;
}

template <class T>
const T* find(const QList<T>& items, const QString& id, QString T::*field)
{
    for (const T& item : items) {
        if (item.*field == id)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestTwilioContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void verifyCredentials();
    void listNumbers();
    void listCallsWithChildLegs();
    void listCallsKeepsTheExactWatermark();
    void listCallsOfTheWholeAccount();
    void listMessagesBothDirections();
    void sendMessage();
    void sendWhatsAppTemplate();
    void sendWhatsAppFreeText();
    void listMessagesWithTheWhatsAppSender();
    void listApprovedWhatsAppTemplates();
    void fetchMessage();
    void listLiveCallsFiltersByStatus();
    void fetchCall();
    void listMedia();
    void violationsAreCaught();
    void sendThroughMessagingService();
    void readTextingCompliance();
    void readinessOfTheExampleAccount();
    void lookUpLineType();
    void lineTypeFromTheDocumentsExample();

private:
    std::unique_ptr<TwilioProvider> provider(TwilioOptions options = {});

    QTemporaryDir m_specFolder;
    std::unique_ptr<PrismServer> m_prism;
    std::unique_ptr<PrismServer> m_messagingPrism; // twilio_messaging_v1.json, its own host
    std::unique_ptr<PrismServer> m_lookupsPrism;   // twilio_lookups_v2.json
    std::unique_ptr<PrismServer> m_contentPrism;   // Content v1 (content.twilio.com)
};

void TestTwilioContract::initTestCase()
{
    QVERIFY(m_specFolder.isValid());
    QString error;
    const QString spec =
        specWithDateFilters(QStringLiteral(RINGBACK_TWILIO_SPEC), m_specFolder.path(), &error);
    QVERIFY2(!spec.isEmpty(), qPrintable(error));
    m_prism = std::make_unique<PrismServer>(QStringLiteral(RINGBACK_PRISM_BIN), spec);
    QVERIFY2(m_prism->start(90'000), qPrintable(m_prism->errorText()));
    m_messagingPrism = std::make_unique<PrismServer>(QStringLiteral(RINGBACK_PRISM_BIN),
                                                     QStringLiteral(RINGBACK_TWILIO_MESSAGING_SPEC));
    QVERIFY2(m_messagingPrism->start(90'000), qPrintable(m_messagingPrism->errorText()));
    m_lookupsPrism = std::make_unique<PrismServer>(QStringLiteral(RINGBACK_PRISM_BIN),
                                                   QStringLiteral(RINGBACK_TWILIO_LOOKUPS_SPEC));
    QVERIFY2(m_lookupsPrism->start(90'000), qPrintable(m_lookupsPrism->errorText()));
    const QString content =
        contentSpecWithResults(QStringLiteral(RINGBACK_TWILIO_CONTENT_SPEC), m_specFolder.path(), &error);
    QVERIFY2(!content.isEmpty(), qPrintable(error));
    m_contentPrism = std::make_unique<PrismServer>(QStringLiteral(RINGBACK_PRISM_BIN), content);
    QVERIFY2(m_contentPrism->start(90'000), qPrintable(m_contentPrism->errorText()));
}

void TestTwilioContract::cleanupTestCase()
{
    m_lookupsPrism.reset();
    m_messagingPrism.reset();
    m_prism.reset();
    m_contentPrism.reset();
}

std::unique_ptr<TwilioProvider> TestTwilioContract::provider(TwilioOptions options)
{
    options.baseUrl = m_prism->baseUrl();
    options.messagingBaseUrl = m_messagingPrism->baseUrl();
    options.lookupsBaseUrl = m_lookupsPrism->baseUrl();
    if (m_contentPrism)
        options.contentBaseUrl = m_contentPrism->baseUrl();
    return std::make_unique<TwilioProvider>(kCredentials, options);
}

void TestTwilioContract::verifyCredentials()
{
    auto twilio = provider();
    ProviderAwait<AccountInfo> got;
    twilio->verifyCredentials(got.callback()); // FetchAccount
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().accountId, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(got.value().friendlyName, QStringLiteral("friendly_name"));
    QCOMPARE(got.value().status, QStringLiteral("active"));
}

void TestTwilioContract::listNumbers()
{
    auto twilio = provider();
    ProviderAwait<QList<ProviderNumber>> got;
    twilio->listNumbers(got.callback()); // ListIncomingPhoneNumber, PageSize=1000
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 1);
    const ProviderNumber& n = got.value().first();
    QCOMPARE(n.providerId, QStringLiteral("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(n.e164, QStringLiteral("+18089255327"));
    QCOMPARE(n.friendlyName, QStringLiteral("(808) 925-5327"));
    QVERIFY(n.voiceCapable);
    QVERIFY(!n.smsCapable);
}

void TestTwilioContract::listCallsWithChildLegs()
{
    // ListCall with To, EndTime> and PageSize, then next_page_uri (Prism answers the same example
    // page again, so the repeated URI ends the listing), then ParentCallSid for the completed
    // inbound call of the example.
    auto twilio = provider();
    ProviderAwait<QList<Call>> got;
    twilio->listCalls(CallQuery{{QStringLiteral("+15125550100")}, utc(2019, 10, 18, 0, 0, 0)},
                      got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 8); // 2 pages of 2, then the children listing: 2 pages of 2

    const Call* outbound =
        find(got.value(), QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), &Call::providerCallId);
    QVERIFY(outbound);
    QCOMPARE(outbound->parentProviderCallId, QStringLiteral("CAdeadbeefdeadbeefdeadbeefdeadbeef"));
    QCOMPARE(outbound->direction, CallDirection::OutboundApi);
    QCOMPARE(outbound->fromNumber, QStringLiteral("+13051416799"));
    QCOMPARE(outbound->toNumber, QStringLiteral("+13051913581"));
    QCOMPARE(outbound->status, CallStatus::Completed);
    QCOMPARE(outbound->startedAt, utc(2019, 10, 18, 17, 2, 0));
    QCOMPARE(outbound->endedAt, utc(2019, 10, 18, 17, 3, 0));
    QCOMPARE(outbound->durationSeconds, std::optional<int>(4));
    QCOMPARE(outbound->answeredBy, QStringLiteral("machine_start"));

    const Call* inbound =
        find(got.value(), QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0"), &Call::providerCallId);
    QVERIFY(inbound);
    QCOMPARE(inbound->direction, CallDirection::Inbound);
    QCOMPARE(inbound->fromNumber, QStringLiteral("+13051416798"));
    QCOMPARE(inbound->endedAt, utc(2019, 10, 18, 16, 3, 0));
    QCOMPARE(inbound->durationSeconds, std::optional<int>(3));
}

void TestTwilioContract::listCallsKeepsTheExactWatermark()
{
    // EndTime> is a day; the 16:03 call of the example ended before 16:30 and is dropped, so no
    // completed inbound parent is left and no child listing is asked for.
    auto twilio = provider();
    ProviderAwait<QList<Call>> got;
    twilio->listCalls(CallQuery{{QStringLiteral("+15125550100")}, utc(2019, 10, 18, 16, 30, 0)},
                      got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 2);
    for (const Call& c : got.value())
        QCOMPARE(c.providerCallId, QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}

void TestTwilioContract::listCallsOfTheWholeAccount()
{
    auto twilio = provider();
    ProviderAwait<QList<Call>> got;
    twilio->listCalls(CallQuery{{}, {}}, got.callback()); // ListCall with PageSize only
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 4);
}

void TestTwilioContract::listMessagesBothDirections()
{
    // ListMessage with To, then From, each with DateSent> and PageSize, and their next pages.
    auto twilio = provider();
    ProviderAwait<QList<Message>> got;
    twilio->listMessages(MessageQuery{{QStringLiteral("+15125550100")}, utc(2019, 5, 24, 0, 0, 0)},
                         got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 8);

    const Message* sent =
        find(got.value(), QStringLiteral("SMded05904ccb347238880ca9264e8fe1c"), &Message::providerMessageId);
    QVERIFY(sent);
    QCOMPARE(sent->direction, MessageDirection::Outbound);
    QCOMPARE(sent->status, MessageStatus::Sent);
    QCOMPARE(sent->body, QStringLiteral("testing"));
    QCOMPARE(sent->fromNumber, QStringLiteral("+12019235161"));
    QCOMPARE(sent->toNumber, QStringLiteral("+18182008801"));
    QCOMPARE(sent->createdAt, utc(2019, 5, 24, 17, 44, 46));
    QCOMPARE(sent->sentAt, utc(2019, 5, 24, 17, 44, 50));
    QVERIFY(!sent->errorCode.has_value());

    const Message* received =
        find(got.value(), QStringLiteral("MMc26223853f8c46b4ab7dfaa6abba0a26"), &Message::providerMessageId);
    QVERIFY(received);
    QCOMPARE(received->direction, MessageDirection::Inbound);
    QCOMPARE(received->status, MessageStatus::Received);
    QCOMPARE(received->errorCode, std::optional<int>(30004));
    QCOMPARE(received->errorMessage, QStringLiteral("Message blocked"));
}

void TestTwilioContract::sendMessage()
{
    auto twilio = provider();
    ProviderAwait<SentMessage> got;
    twilio->sendMessage({QStringLiteral("+15125550147"), QStringLiteral("+15125550100"),
                         QStringLiteral("Sorry we missed your call! How can we help?")},
                        got.callback()); // CreateMessage, form-encoded
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().providerMessageId, QStringLiteral("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(got.value().status, MessageStatus::Queued);
    QCOMPARE(got.value().createdAt, utc(2023, 8, 24, 5, 1, 45));
}

void TestTwilioContract::sendWhatsAppTemplate()
{
    // CreateMessage with whatsapp: addresses, ContentSid (the spec's HX pattern) and ContentVariables.
    auto twilio = provider();
    ProviderAwait<SentMessage> got;
    OutgoingMessage m{QStringLiteral("+15125550147"), QStringLiteral("+15125550100"),
                      QStringLiteral("Hi Dana, this is Anderson Plumbing.")};
    m.channel = MessageChannel::WhatsApp;
    m.contentSid = QStringLiteral("HX5fcd48a417c1cb59da349ad6d5da4607");
    m.contentVariables = QStringLiteral(R"({"1":"Dana","2":"Anderson Plumbing"})");
    twilio->sendMessage(m, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().providerMessageId, QStringLiteral("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
}

void TestTwilioContract::sendWhatsAppFreeText()
{
    auto twilio = provider();
    ProviderAwait<SentMessage> got;
    OutgoingMessage m{QStringLiteral("+15125550147"), QStringLiteral("+15125550100"),
                      QStringLiteral("We can come at 9, does that work?")};
    m.channel = MessageChannel::WhatsApp;
    twilio->sendMessage(m, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
}

void TestTwilioContract::listMessagesWithTheWhatsAppSender()
{
    // To=whatsapp:+... and From=whatsapp:+... listings beside the SMS ones: the spec accepts them.
    auto twilio = provider();
    ProviderAwait<QList<Message>> got;
    MessageQuery query{{QStringLiteral("+15125550100")}, utc(2019, 5, 24, 0, 0, 0)};
    query.whatsAppSenders = {QStringLiteral("+15125550100")};
    const quint64 before = twilio->requestCount();
    twilio->listMessages(query, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    // Twice the listings of the SMS-only poll (the example pages repeat the same records).
    QVERIFY(twilio->requestCount() - before >= 4);
    QVERIFY(
        find(got.value(), QStringLiteral("SMded05904ccb347238880ca9264e8fe1c"), &Message::providerMessageId));
}

void TestTwilioContract::listApprovedWhatsAppTemplates()
{
    // GET /v1/ContentAndApprovals on the Content API's own host; the document's example lists
    // three contents: unsubmitted, approved ("Media Test") and rejected. Only the approved one
    // may be sent.
    auto twilio = provider();
    ProviderAwait<QList<WhatsAppTemplate>> got;
    twilio->listWhatsAppTemplates(got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 1);
    const WhatsAppTemplate& t = got.value().first();
    QCOMPARE(t.id, QStringLiteral("HX5fcd48a417c1cb59da349ad6d5da4607"));
    QCOMPARE(t.name, QStringLiteral("Media Test"));
    QCOMPARE(t.language, QStringLiteral("en"));
    QVERIFY(t.body.startsWith(QLatin1String("{{1}}, Congratulations {{2}}!")));
    QCOMPARE(t.variables.size(), 2);
    QCOMPARE(t.variables.at(0), qMakePair(QStringLiteral("1"), QStringLiteral("name")));
    QCOMPARE(t.variables.at(1), qMakePair(QStringLiteral("2"), QStringLiteral("typedocument")));
}

void TestTwilioContract::fetchMessage()
{
    auto twilio = provider();
    ProviderAwait<Message> got;
    twilio->fetchMessage(QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5"),
                         got.callback()); // FetchMessage
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().providerMessageId, QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5"));
    QCOMPARE(got.value().status, MessageStatus::Sent);
    QCOMPARE(got.value().errorCode, std::optional<int>(30007));
    QCOMPARE(got.value().errorMessage, QStringLiteral("Carrier violation"));
    QCOMPARE(got.value().sentAt, utc(2019, 5, 24, 17, 18, 28));
}

void TestTwilioContract::listLiveCallsFiltersByStatus()
{
    // ListCall with To, Status (queued, ringing, in-progress: the spec's call_enum_status) and
    // PageSize, each read to its end. Prism answers the completed calls of its example whatever
    // the filter; only calls not final are kept, so none is left.
    auto twilio = provider();
    ProviderAwait<QList<Call>> got;
    twilio->listLiveCalls({QStringLiteral("+15125550100")}, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QVERIFY(got.value().isEmpty());
    QCOMPARE(twilio->requestCount(), quint64(6)); // three statuses, two example pages each

    ProviderAwait<QList<Call>> everyNumber;
    twilio->listLiveCalls({}, everyNumber.callback());
    QVERIFY(everyNumber.wait());
    QVERIFY2(everyNumber.ok(), everyNumber.describe());
}

void TestTwilioContract::fetchCall()
{
    auto twilio = provider();
    ProviderAwait<Call> got;
    twilio->fetchCall(QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), got.callback()); // FetchCall
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().providerCallId, QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(got.value().status, CallStatus::Completed);
    QCOMPARE(got.value().direction, CallDirection::OutboundApi);
    QCOMPARE(got.value().endedAt, utc(2019, 10, 18, 17, 3, 0));
    QCOMPARE(got.value().durationSeconds, std::optional<int>(4));

    // A malformed call SID breaks the spec's path pattern: Prism refuses it, so the check is real.
    ProviderAwait<Call> badSid;
    twilio->fetchCall(QStringLiteral("not-a-call-sid"), badSid.callback());
    QVERIFY(badSid.wait());
    QVERIFY(!badSid.ok());
    QCOMPARE(badSid.error().httpStatus, 422);
}

void TestTwilioContract::listMedia()
{
    // ListMedia with PageSize: the spec's example lists one JPEG; the file's address is the
    // resource's uri without ".json" (Twilio serves the file there).
    auto twilio = provider();
    ProviderAwait<QList<MessageMedia>> got;
    twilio->listMedia(QStringLiteral("MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().size(), 1);
    const MessageMedia& media = got.value().first();
    QCOMPARE(media.providerMediaId, QStringLiteral("MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(media.contentType, QStringLiteral("image/jpeg"));
    QCOMPARE(media.position, 0);
    QCOMPARE(media.location,
             QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
                            "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Media/MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

    // A malformed message SID breaks the spec's path pattern: Prism refuses it.
    ProviderAwait<QList<MessageMedia>> badSid;
    twilio->listMedia(QStringLiteral("not-a-message-sid"), badSid.callback());
    QVERIFY(badSid.wait());
    QVERIFY(!badSid.ok());
    QCOMPARE(badSid.error().httpStatus, 422);
}

void TestTwilioContract::violationsAreCaught()
{
    // The harness itself: a request that breaks the spec must fail, with Prism's report attached.
    TwilioOptions tooBig;
    tooBig.pageSize = 2000; // the spec's maximum is 1000
    auto twilio = provider(tooBig);
    ProviderAwait<QList<ProviderNumber>> got;
    twilio->listNumbers(got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got.ok());
    QCOMPARE(got.error().httpStatus, 422);
    QCOMPARE(TwilioErrorMapper::kindName(got.error().kind), "Rejected");
    QVERIFY2(got.error().providerMessage.contains(QLatin1String("pagesize must be <= 1000")), got.describe());

    auto plain = provider();
    ProviderAwait<Message> badSid;
    plain->fetchMessage(QStringLiteral("not-a-message-sid"), badSid.callback());
    QVERIFY(badSid.wait());
    QVERIFY(!badSid.ok());
    QCOMPARE(badSid.error().httpStatus, 422);
}

void TestTwilioContract::sendThroughMessagingService()
{
    // CreateMessage with MessagingServiceSid (the spec's pattern: MG + 32 hex) instead of From.
    auto twilio = provider();
    ProviderAwait<SentMessage> got;
    twilio->sendMessage({QStringLiteral("+15125550147"), QStringLiteral("+15125550100"),
                         QStringLiteral("Sorry we missed your call!"),
                         QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")},
                        got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());

    // A malformed service id breaks the spec's pattern: Prism refuses it, so the check is real.
    ProviderAwait<SentMessage> bad;
    twilio->sendMessage({QStringLiteral("+15125550147"), QStringLiteral("+15125550100"), QStringLiteral("Hi"),
                         QStringLiteral("MG-not-a-service")},
                        bad.callback());
    QVERIFY(bad.wait());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().httpStatus, 422);
}

void TestTwilioContract::readTextingCompliance()
{
    // Messaging v1: ListBrandRegistrations, ListService, then for the example service
    // ListUsAppToPerson (list key "compliance") and ListPhoneNumber, and ListTollfreeVerification;
    // each with PageSize=1000, each answered with the document's first example.
    auto twilio = provider();
    ProviderAwait<TextingCompliance> got;
    twilio->readTextingCompliance(got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    const TextingCompliance& a = got.value();
    QCOMPARE(a.brands.size(), 1);
    QCOMPARE(a.brands.first().sid, QStringLiteral("BN0044409f7e067e279523808d267e2d85"));
    QCOMPARE(a.brands.first().status, QStringLiteral("APPROVED"));
    QCOMPARE(a.services.size(), 1);
    const MessagingService& s = a.services.first();
    QCOMPARE(s.sid, QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(s.friendlyName, QStringLiteral("My Service!"));
    QVERIFY(!s.usA2pRegistered);
    QCOMPARE(s.campaigns.size(), 1);
    QCOMPARE(s.campaigns.first().sid, QStringLiteral("QE2c6890da8086d771620e9b13fadeba0b"));
    QCOMPARE(s.campaigns.first().brandSid, QStringLiteral("BNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(s.campaigns.first().status, QStringLiteral("PENDING"));
    QCOMPARE(s.numberIds, QStringList{QStringLiteral("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")});
    QCOMPARE(s.numbers, QStringList{QStringLiteral("+987654321")});
    QCOMPARE(a.tollFree.size(), 1);
    QCOMPARE(a.tollFree.first().sid, QStringLiteral("HHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(a.tollFree.first().numberId, QStringLiteral("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(a.tollFree.first().status, QStringLiteral("TWILIO_APPROVED"));
    QCOMPARE(twilio->requestCount(), quint64(5));
}

void TestTwilioContract::readinessOfTheExampleAccount()
{
    // The v2010 example's number (PNaaa..., +1 808, a US local number) is in the Messaging
    // example's service, whose campaign is PENDING: registered, waiting for approval.
    auto twilio = provider();
    std::optional<ReadinessReport> report;
    TextingReadiness::check(*twilio, [&report](const ReadinessReport& r) { report = r; });
    QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 10'000));
    QVERIFY2(report->failure.isEmpty(), qPrintable(report->failure));
    QCOMPARE(report->numbers.size(), 1);
    QCOMPARE(report->numbers.first().e164, QStringLiteral("+18089255327"));
    QCOMPARE(report->numbers.first().numberClass, NumberClass::UsLocal);
    QCOMPARE(report->numbers.first().readiness, Readiness::AwaitingApproval);
    QCOMPARE(report->numbers.first().serviceSid, QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(TextingReadiness::lines(*report),
             QStringLiteral("(808) 925-5327, US local number: Registered, waiting for approval (usually 1-3 "
                            "weeks); texts to US numbers may be blocked until then"));
}

void TestTwilioContract::lookUpLineType()
{
    // Lookup v2 FetchPhoneNumber with Fields=line_type_intelligence; Prism answers the first
    // example ("fetch"), whose line_type_intelligence is null: a line type nobody knows.
    auto twilio = provider();
    ProviderAwait<LineTypeInfo> got;
    twilio->lookUpLineType(QStringLiteral("+14159929960"), got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got.ok(), got.describe());
    QCOMPARE(got.value().lineType, QStringLiteral("unknown"));
    QCOMPARE(got.value().carrier, QString());
}

void TestTwilioContract::lineTypeFromTheDocumentsExample()
{
    // The document's own example of a line type answer, read as the provider reads an answer.
    QFile spec(QStringLiteral(RINGBACK_TWILIO_LOOKUPS_SPEC));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    QJsonValue at = QJsonDocument::fromJson(spec.readAll()).object();
    for (const char* key : {"paths", "/v2/PhoneNumbers/{PhoneNumber}", "get", "responses", "200", "content",
                            "application/json", "examples", "fetchLineTypeIntelligence", "value"})
        at = at.toObject().value(QLatin1String(key));
    const QJsonObject example = at.toObject();
    QVERIFY(!example.isEmpty());
    const LineTypeInfo line = TwilioProvider::lineTypeOf(example);
    QCOMPARE(line.lineType, QStringLiteral("nonFixedVoip"));
    QCOMPARE(line.carrier, QStringLiteral("Twilio - SMS/MMS-SVR"));
}

QTEST_GUILESS_MAIN(TestTwilioContract)
#include "tst_twiliocontract.moc"
