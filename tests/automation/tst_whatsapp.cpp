// WhatsApp beside SMS (issue 20): the address form, the 24-hour window rules, one person on both
// channels as one lead and one conversation, keywords on WhatsApp, and replies by channel. On
// SQLite, and on PostgreSQL in the +pg variant.
#include "ProviderRecords.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/MessageIngestor.h"
#include "automation/MissedCallProcessor.h"
#include "automation/OutboxSender.h"
#include "automation/QueuedText.h"
#include "automation/StaffReply.h"
#include "automation/TextBackFallback.h"
#include "automation/WhatsAppTemplateFill.h"
#include "automation/WhatsAppWindow.h"
#include "common/Clock.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioErrorMapper.h"
#include "store/CallStore.h"
#include "store/ConversationStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/ScheduledTextStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QDateTime kT0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
const QString kCaller = QStringLiteral("+15125550147");
const QString kMainLine = QStringLiteral("+15125550100");
const QString kTemplateSid = QStringLiteral("HX0000000000000000000000000000a001");
const QString kWhatsAppSender = QStringLiteral("+15125550199");

Message inbound(const QString& sid, MessageChannel channel, const QString& body, const QDateTime& at)
{
    Message m;
    m.providerMessageId = sid;
    m.direction = MessageDirection::Inbound;
    m.channel = channel;
    m.fromNumber = kCaller;
    m.toNumber = kMainLine;
    m.body = body;
    m.status = MessageStatus::Received;
    m.createdAt = at;
    m.sentAt = at;
    return m;
}
} // namespace

class TestWhatsApp : public QObject
{
    Q_OBJECT
private slots:
    void channelAddresses_data();
    void channelAddresses();
    void windowRules_data();
    void windowRules();
    void error63016SaysTheWindowClosed();
    void templateVariablesFromTheLead();
    void onePersonOnBothChannelsIsOneConversation();
    void keywordsOnWhatsAppWorkTheSame_data();
    void keywordsOnWhatsAppWorkTheSame();
    void staffReplyOnWhatsApp_data();
    void staffReplyOnWhatsApp();
    void editingAScheduledTemplateKeepsItsWords();
    void textBackGoesOnWhatsAppOnlyWhenTheOwnerChoseIt_data();
    void textBackGoesOnWhatsAppOnlyWhenTheOwnerChoseIt();
    void textBackFallbackRule_data();
    void textBackFallbackRule();
    void textBackFallsBackToOneSmsOnlyWhenWhatsAppDefinitelyFailed_data();
    void textBackFallsBackToOneSmsOnlyWhenWhatsAppDefinitelyFailed();

private:
    const PhoneNumberService m_phone;
};

void TestWhatsApp::channelAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("channel");
    QTest::newRow("whatsapp") << QStringLiteral("whatsapp:+15552229999") << QStringLiteral("+15552229999")
                              << int(MessageChannel::WhatsApp);
    QTest::newRow("any case, spaces") << QStringLiteral(" WhatsApp:+15552229999 ")
                                      << QStringLiteral("+15552229999") << int(MessageChannel::WhatsApp);
    QTest::newRow("plain E.164 is SMS")
        << QStringLiteral("+15552229999") << QStringLiteral("+15552229999") << int(MessageChannel::Sms);
    QTest::newRow("short code is SMS")
        << QStringLiteral("12345") << QStringLiteral("12345") << int(MessageChannel::Sms);
}

void TestWhatsApp::channelAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, number);
    QFETCH(int, channel);
    const ChannelAddress parsed = parseChannelAddress(address);
    QCOMPARE(parsed.number, number);
    QCOMPARE(int(parsed.channel), channel);
    // And back, as Twilio wants it.
    QCOMPARE(channelAddress(parsed.number, parsed.channel),
             parsed.channel == MessageChannel::WhatsApp ? QStringLiteral("whatsapp:") + number : number);
}

void TestWhatsApp::windowRules_data()
{
    QTest::addColumn<qint64>("agoSeconds"); // the customer's last inbound WhatsApp; -1: never
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("indicator");
    const QString closed = QStringLiteral("WhatsApp window closed: approved templates only");
    QTest::newRow("1 h ago, free text")
        << qint64(3600) << false << true << QStringLiteral("WhatsApp window: 23 h left");
    QTest::newRow("1 h ago, template")
        << qint64(3600) << true << true << QStringLiteral("WhatsApp window: 23 h left");
    QTest::newRow("23 h 59 min ago, free text")
        << qint64(23 * 3600 + 59 * 60) << false << true << QStringLiteral("WhatsApp window: 1 min left");
    QTest::newRow("23 h 59 min ago, template")
        << qint64(23 * 3600 + 59 * 60) << true << true << QStringLiteral("WhatsApp window: 1 min left");
    QTest::newRow("exactly 24 h ago, free text") << qint64(24 * 3600) << false << false << closed;
    QTest::newRow("25 h ago, free text") << qint64(25 * 3600) << false << false << closed;
    QTest::newRow("25 h ago, template") << qint64(25 * 3600) << true << true << closed;
    QTest::newRow("never wrote on WhatsApp, free text") << qint64(-1) << false << false << closed;
    QTest::newRow("never wrote on WhatsApp, template") << qint64(-1) << true << true << closed;
    QTest::newRow("3 h left") << qint64(21 * 3600) << false << true
                              << QStringLiteral("WhatsApp window: 3 h left");
}

void TestWhatsApp::windowRules()
{
    QFETCH(qint64, agoSeconds);
    QFETCH(bool, isTemplate);
    QFETCH(bool, allowed);
    QFETCH(QString, indicator);
    const QDateTime last = agoSeconds < 0 ? QDateTime() : kT0.addSecs(-agoSeconds);
    const QString refusal = WhatsAppWindow::refusal(last, kT0, isTemplate);
    QCOMPARE(refusal.isEmpty(), allowed);
    if (!allowed)
        QCOMPARE(refusal, WhatsAppWindow::closedSentence());
    QCOMPARE(WhatsAppWindow::indicator(last, kT0), indicator);
}

void TestWhatsApp::error63016SaysTheWindowClosed()
{
    const QByteArray body = R"({"code": 63016, "message": "Failed to send freeform message because you are )"
                            R"(outside the allowed window.", "status": 400})";
    const ProviderError e = TwilioErrorMapper(QStringLiteral("api.twilio.com")).fromHttpStatus(400, body, {});
    QCOMPARE(e.providerCode, 63016);
    QCOMPARE(e.message, WhatsAppWindow::closedSentence());
    QVERIFY(!e.isRetryable());
    QVERIFY(WhatsAppWindow::closedSentence().contains(QLatin1String("24 hours")));
}

void TestWhatsApp::templateVariablesFromTheLead()
{
    WhatsAppTemplate t{kTemplateSid,
                       QStringLiteral("missed_call"),
                       QStringLiteral("en"),
                       QStringLiteral("Hi {{1}}, this is {{2}}. Your code is {{3}}."),
                       {{QStringLiteral("1"), QStringLiteral("first_name")},
                        {QStringLiteral("2"), QStringLiteral("business")},
                        {QStringLiteral("3"), QStringLiteral("1234")}}};
    TemplateContext c;
    c.business = QStringLiteral("Anderson Plumbing");
    c.firstName = QStringLiteral("Dana");
    FilledTemplate filled = WhatsAppTemplateFill::fill(t, c);
    QCOMPARE(filled.body, QStringLiteral("Hi Dana, this is Anderson Plumbing. Your code is 1234."));
    QCOMPARE(filled.variablesJson, QStringLiteral(R"({"1":"Dana","2":"Anderson Plumbing","3":"1234"})"));
    c.firstName.clear(); // nobody's name is known: never an empty variable
    filled = WhatsAppTemplateFill::fill(t, c);
    QVERIFY(filled.body.startsWith(QLatin1String("Hi there,")));
}

void TestWhatsApp::onePersonOnBothChannelsIsOneConversation()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0.addSecs(600));
    MessageIngestor ingestor(t.db(), m_phone, clock);
    const auto ingested =
        ingestor.ingest({inbound(QStringLiteral("SM1"), MessageChannel::Sms, QStringLiteral("Hi, leak"), kT0),
                         inbound(QStringLiteral("SM2"), MessageChannel::WhatsApp,
                                 QStringLiteral("Here is a photo"), kT0.addSecs(60))});
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
    QCOMPARE(ingested->size(), 2);
    QCOMPARE(ingested->at(0).leadId, ingested->at(1).leadId);
    QVERIFY(ingested->at(1).isNewReply);

    const auto conversations = ConversationStore(t.db()).page(0, 10);
    QVERIFY(conversations.ok());
    QCOMPARE(conversations->size(), 1);
    QCOMPARE(conversations->first().lead.e164, kCaller);
    const auto thread = MessageStore(t.db()).forLead(ingested->at(0).leadId);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 2);
    QCOMPARE(thread->at(0).channel, MessageChannel::Sms);
    QCOMPARE(thread->at(1).channel, MessageChannel::WhatsApp);
    QCOMPARE(thread->at(1).fromNumber, kCaller);

    const auto state = StaffReply::channelStateFor(t.db(), ingested->at(0).leadId);
    QVERIFY(state.ok());
    QCOMPARE(state->lastInbound, std::optional<MessageChannel>(MessageChannel::WhatsApp));
    QCOMPARE(state->lastWhatsAppInbound, kT0.addSecs(60));
}

void TestWhatsApp::keywordsOnWhatsAppWorkTheSame_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<bool>("helpQueued");
    QTest::addColumn<bool>("intent");
    QTest::newRow("STOP") << QStringLiteral("STOP") << true << false << false;
    QTest::newRow("HELP") << QStringLiteral("help") << false << true << false;
    QTest::newRow("opt-out intent") << QStringLiteral("Please stop texting me") << false << false << true;
}

void TestWhatsApp::keywordsOnWhatsAppWorkTheSame()
{
    QFETCH(QString, body);
    QFETCH(bool, optedOut);
    QFETCH(bool, helpQueued);
    QFETCH(bool, intent);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0.addSecs(60));
    MessageIngestor ingestor(t.db(), m_phone, clock);
    ingestor.setHelpReply([] { return QStringLiteral("Anderson Plumbing: call 512-555-0100."); });
    const auto ingested =
        ingestor.ingest({inbound(QStringLiteral("SM1"), MessageChannel::WhatsApp, body, kT0)});
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : qPrintable(ingested.error().message));
    QCOMPARE(OptOutStore(t.db()).isOptedOut(kCaller).value(), optedOut);
    QCOMPARE(ingested->first().optOutIntent, intent);
    const auto pending = OutboxStore(t.db()).inState(OutboxState::Pending);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), helpQueued ? 1 : 0);
    if (helpQueued) {
        // Answered where they asked: on WhatsApp, from the sender they wrote to.
        QCOMPARE(pending->first().channel, MessageChannel::WhatsApp);
        QCOMPARE(pending->first().fromNumber, kMainLine);
        QCOMPARE(pending->first().toNumber, kCaller);
    }
}

void TestWhatsApp::staffReplyOnWhatsApp_data()
{
    QTest::addColumn<qint64>("agoSeconds"); // their last WhatsApp message; -1: only SMS
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<bool>("queued");
    QTest::newRow("inside the window, free text") << qint64(3600) << false << true;
    QTest::newRow("25 h later, free text") << qint64(25 * 3600) << false << false;
    QTest::newRow("25 h later, template") << qint64(25 * 3600) << true << true;
    QTest::newRow("never on WhatsApp, free text") << qint64(-1) << false << false;
    QTest::newRow("never on WhatsApp, template") << qint64(-1) << true << true;
}

void TestWhatsApp::staffReplyOnWhatsApp()
{
    QFETCH(qint64, agoSeconds);
    QFETCH(bool, isTemplate);
    QFETCH(bool, queued);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const QDateTime now = kT0.addSecs(30 * 3600);
    ManualClock clock(now);
    MessageIngestor ingestor(t.db(), m_phone, clock);
    QList<Message> history{inbound(QStringLiteral("SM1"), MessageChannel::Sms, QStringLiteral("Hello"), kT0)};
    if (agoSeconds >= 0)
        history << inbound(QStringLiteral("SM2"), MessageChannel::WhatsApp, QStringLiteral("Any news?"),
                           now.addSecs(-agoSeconds));
    QVERIFY(ingestor.ingest(history).ok());
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QString(), kT0).value();

    ReplyChannel channel;
    channel.channel = MessageChannel::WhatsApp;
    channel.whatsAppSender = kMainLine;
    if (isTemplate) {
        channel.contentSid = kTemplateSid;
        channel.contentVariables = QStringLiteral(R"({"1":"Dana"})");
    }
    const auto result = StaffReply(t.db(), m_phone)
                            .queue(lead, QStringLiteral("Hi Dana"), {}, now, QString(), QDateTime(), channel);
    QCOMPARE(result.ok(), queued);
    if (!queued) {
        QCOMPARE(result.error().message, WhatsAppWindow::closedSentence());
        QCOMPARE(OutboxStore(t.db()).countInState(OutboxState::Pending).value(), 0);
        return;
    }
    const OutboxItem item = OutboxStore(t.db()).byId(result->id).value().value();
    QCOMPARE(item.channel, MessageChannel::WhatsApp);
    QCOMPARE(item.fromNumber, kMainLine);
    QCOMPARE(item.contentSid, isTemplate ? kTemplateSid : QString());
    QCOMPARE(item.contentVariables, isTemplate ? QStringLiteral(R"({"1":"Dana"})") : QString());
    const Message shown = MessageStore(t.db()).byId(*item.messageId).value().value();
    QCOMPARE(shown.channel, MessageChannel::WhatsApp);
    QCOMPARE(shown.body, QStringLiteral("Hi Dana"));
}

// Send later with a WhatsApp template: Twilio sends the template by its Content SID, so the words
// shown in the thread must stay the template's; an edit moves its moment only.
void TestWhatsApp::editingAScheduledTemplateKeepsItsWords()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QString(), kT0).value();
    ReplyChannel channel;
    channel.channel = MessageChannel::WhatsApp;
    channel.whatsAppSender = kWhatsAppSender;
    channel.contentSid = kTemplateSid;
    channel.contentVariables = QStringLiteral(R"({"1":"Dana"})");
    const QString filled = QStringLiteral("Hi Dana, sorry we missed your call.");
    const auto queued =
        StaffReply(t.db(), m_phone).queue(lead, filled, {}, kT0, QString(), kT0.addSecs(3600), channel);
    QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));

    const QDateTime later = kT0.addSecs(7200);
    QVERIFY(ScheduledTextStore(t.db()).edit(queued->id, QStringLiteral("Something else"), later, kT0).ok());
    const OutboxItem item = OutboxStore(t.db()).byId(queued->id).value().value();
    QCOMPARE(item.scheduledFor, later);
    QCOMPARE(item.body, filled);
    QCOMPARE(MessageStore(t.db()).byId(*item.messageId).value().value().body, filled);
}

void TestWhatsApp::textBackGoesOnWhatsAppOnlyWhenTheOwnerChoseIt_data()
{
    QTest::addColumn<bool>("chosen"); // the owner's option, with its template approved
    QTest::newRow("default: SMS") << false;
    QTest::newRow("WhatsApp with the owner's template") << true;
}

void TestWhatsApp::textBackGoesOnWhatsAppOnlyWhenTheOwnerChoseIt()
{
    QFETCH(bool, chosen);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0.addSecs(120));
    QVERIFY(
        CallStore(t.db())
            .upsert(inboundCall(QStringLiteral("CA1"), kCaller, kMainLine, CallStatus::NoAnswer, kT0), kT0)
            .ok());
    MissedCallProcessor processor(t.db(), m_phone, clock);
    ClassifierConfig classifier;
    classifier.businessNumbers = {kMainLine};
    PolicyConfig policy;
    policy.automationEnabledSince = kT0.addDays(-1);
    policy.businessNumbers = {kMainLine};
    processor.setRules(classifier, policy);
    processor.setComposer(
        [](TextBackTemplate, const Lead&) { return QStringLiteral("Sorry we missed you!"); });
    processor.setWhatsAppTextBack([chosen](const Lead&) -> std::optional<WhatsAppTextBack> {
        if (!chosen)
            return std::nullopt;
        return WhatsAppTextBack{kWhatsAppSender, kTemplateSid, QStringLiteral(R"({"1":"there"})"),
                                QStringLiteral("Hi there, sorry we missed your call.")};
    });
    const auto outcomes = processor.processPending();
    QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : qPrintable(outcomes.error().message));
    QCOMPARE(outcomes->size(), 1);
    const auto pending = OutboxStore(t.db()).inState(OutboxState::Pending);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1); // one text-back for the call, whatever the channel
    const OutboxItem item = pending->first();
    QCOMPARE(item.kind, OutboxKind::TextBack);
    QVERIFY(item.callId.has_value());
    if (!chosen) {
        QCOMPARE(item.channel, MessageChannel::Sms);
        QCOMPARE(item.fromNumber, kMainLine);
        QCOMPARE(item.body, QStringLiteral("Sorry we missed you!"));
        QVERIFY(item.fallbackBody.isEmpty());
        QVERIFY(!TextBackFallback::fallsBack(item));
        return;
    }
    QCOMPARE(item.channel, MessageChannel::WhatsApp);
    QCOMPARE(item.fromNumber, kWhatsAppSender);
    QCOMPARE(item.contentSid, kTemplateSid);
    QCOMPARE(item.body, QStringLiteral("Hi there, sorry we missed your call."));
    // The SMS it stands for, kept for the fallback: the words and the number the caller rang.
    QCOMPARE(item.fallbackBody, QStringLiteral("Sorry we missed you!"));
    QCOMPARE(item.fallbackFrom, kMainLine);
    QVERIFY(TextBackFallback::fallsBack(item));
}

void TestWhatsApp::textBackFallbackRule_data()
{
    QTest::addColumn<bool>("fromSend"); // the send's answer; else a status reported later
    QTest::addColumn<int>("kind");      // ProviderError::Kind (fromSend)
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("fate");   // ProviderError::Fate
    QTest::addColumn<int>("status"); // MessageStatus (a later status)
    QTest::addColumn<int>("code");   // the provider's error code; 0: none
    QTest::addColumn<bool>("fallBack");
    using K = ProviderError::Kind;
    using F = ProviderError::Fate;
    const int none = int(MessageStatus::Queued);
    // Definite: WhatsApp (or Twilio) answered no.
    QTest::newRow("400, template refused (63024)")
        << true << int(K::Rejected) << 400 << int(F::NotAccepted) << none << 63024 << true;
    QTest::newRow("400, not a WhatsApp number (63003)")
        << true << int(K::Rejected) << 400 << int(F::NotAccepted) << none << 63003 << true;
    QTest::newRow("400, invalid number")
        << true << int(K::InvalidNumber) << 400 << int(F::NotAccepted) << none << 21211 << true;
    QTest::newRow("403, sender not allowed")
        << true << int(K::Forbidden) << 403 << int(F::NotAccepted) << none << 63007 << true;
    // Never: it may have gone, it will be retried, or the person said stop.
    QTest::newRow("500") << true << int(K::ServerError) << 500 << int(F::FromKind) << none << 0 << false;
    QTest::newRow("503 with a code") << true << int(K::ServerError) << 503 << int(F::FromKind) << none
                                     << 63024 << false;
    QTest::newRow("timeout") << true << int(K::Timeout) << 0 << int(F::FromKind) << none << 0 << false;
    QTest::newRow("connection dropped after sending")
        << true << int(K::Network) << 0 << int(F::MayHaveBeenAccepted) << none << 0 << false;
    QTest::newRow("4xx yet maybe accepted (redirected)")
        << true << int(K::Rejected) << 400 << int(F::MayHaveBeenAccepted) << none << 0 << false;
    QTest::newRow("never left (connection refused)")
        << true << int(K::Network) << 0 << int(F::NotAccepted) << none << 0 << false;
    QTest::newRow("429") << true << int(K::RateLimited) << 429 << int(F::NotAccepted) << none << 0 << false;
    QTest::newRow("opted out (21610)")
        << true << int(K::OptedOut) << 400 << int(F::NotAccepted) << none << 21610 << false;
    // Reported later by the messages poll.
    QTest::newRow("undelivered, 63024")
        << false << 0 << 0 << 0 << int(MessageStatus::Undelivered) << 63024 << true;
    QTest::newRow("failed, 63016") << false << 0 << 0 << 0 << int(MessageStatus::Failed) << 63016 << true;
    QTest::newRow("failed, carrier error 30008")
        << false << 0 << 0 << 0 << int(MessageStatus::Failed) << 30008 << false;
    QTest::newRow("undelivered, no code")
        << false << 0 << 0 << 0 << int(MessageStatus::Undelivered) << 0 << false;
    QTest::newRow("sent") << false << 0 << 0 << 0 << int(MessageStatus::Sent) << 0 << false;
    QTest::newRow("delivered") << false << 0 << 0 << 0 << int(MessageStatus::Delivered) << 0 << false;
    QTest::newRow("read") << false << 0 << 0 << 0 << int(MessageStatus::Read) << 0 << false;
}

void TestWhatsApp::textBackFallbackRule()
{
    QFETCH(bool, fromSend);
    QFETCH(int, kind);
    QFETCH(int, http);
    QFETCH(int, fate);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(bool, fallBack);
    if (fromSend) {
        ProviderError e;
        e.kind = ProviderError::Kind(kind);
        e.httpStatus = http;
        e.fate = ProviderError::Fate(fate);
        e.providerCode = code;
        QCOMPARE(TextBackFallback::isDefiniteRefusal(e), fallBack);
    } else {
        QCOMPARE(TextBackFallback::isDefiniteNonDelivery(MessageStatus(status),
                                                         code ? std::optional<int>(code) : std::nullopt),
                 fallBack);
    }
}

void TestWhatsApp::textBackFallsBackToOneSmsOnlyWhenWhatsAppDefinitelyFailed_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("laterCode"); // a failed status the poll reports afterwards; 0: none
    QTest::addColumn<int>("smsSent");
    QTest::newRow("refused: 400, 63024") << QStringLiteral("refused") << 0 << 1;
    QTest::newRow("accepted, later undelivered (63024)") << QStringLiteral("ok") << 63024 << 1;
    QTest::newRow("accepted, answered 500: ambiguous") << QStringLiteral("accepted500") << 0 << 0;
    QTest::newRow("timeout, not taken: looked up, resent on WhatsApp") << QStringLiteral("timeout") << 0 << 0;
    QTest::newRow("accepted, later failed with a carrier code (30008)") << QStringLiteral("ok") << 30008 << 0;
    QTest::newRow("accepted, delivered") << QStringLiteral("ok") << 0 << 0;
}

void TestWhatsApp::textBackFallsBackToOneSmsOnlyWhenWhatsAppDefinitelyFailed()
{
    QFETCH(QString, script);
    QFETCH(int, laterCode);
    QFETCH(int, smsSent);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0);
    ScriptedProvider provider;
    provider.clock = &clock;
    if (script == QLatin1String("refused")) {
        ProviderError e = ScriptedProvider::error(ProviderError::Kind::Rejected, 63024);
        e.httpStatus = 400;
        e.fate = ProviderError::Fate::NotAccepted;
        provider.sendErrors.enqueue(e);
    } else if (script == QLatin1String("accepted500")) {
        ProviderError e = ScriptedProvider::error(ProviderError::Kind::ServerError);
        e.httpStatus = 500;
        provider.sendErrorsAfterAccepting.enqueue(e);
    } else if (script == QLatin1String("timeout")) {
        provider.sendErrors.enqueue(ScriptedProvider::error(ProviderError::Kind::Timeout));
    }

    // The text-back as the processor decides it with the WhatsApp option on.
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QString(), kT0).value();
    OutboxItem sms;
    sms.leadId = lead.id;
    sms.kind = OutboxKind::TextBack;
    sms.toNumber = kCaller;
    sms.fromNumber = kMainLine;
    sms.body = QStringLiteral("Sorry we missed your call! How can we help? Reply STOP to opt out.");
    sms.state = OutboxState::Pending;
    sms.notBefore = kT0;
    const OutboxItem whatsApp =
        TextBackFallback::onWhatsApp(sms, {kWhatsAppSender, kTemplateSid, QStringLiteral(R"({"1":"there"})"),
                                           QStringLiteral("Hi there, sorry we missed your call.")});
    QVERIFY(enqueueText(t.db(), whatsApp, true, kT0).ok());

    OutboxSender sender(t.db(), provider, clock, QStringLiteral("desk"));
    MessageIngestor ingestor(t.db(), m_phone, clock);
    const auto runs = [&](int n) {
        for (int run = 0; run < n; ++run) {
            QSignalSpy finished(&sender, &OutboxSender::finished);
            sender.run();
            if (finished.isEmpty() && !finished.wait(10'000))
                return false;
            clock.advanceSecs(11 * 60);
        }
        return true;
    };
    QVERIFY(runs(4));
    if (laterCode) {
        // The messages poll reports the WhatsApp text failed; polled twice, as polls overlap.
        QVERIFY(!provider.messages.isEmpty());
        Message failed = provider.messages.first();
        failed.status = MessageStatus::Undelivered;
        failed.errorCode = laterCode;
        QVERIFY(ingestor.ingest({failed}).ok());
        QVERIFY(ingestor.ingest({failed}).ok());
        QVERIFY(runs(3));
    }

    int onWhatsApp = 0;
    QList<OutgoingMessage> smsTexts;
    for (const OutgoingMessage& m : std::as_const(provider.sent)) {
        if (m.channel == MessageChannel::WhatsApp)
            ++onWhatsApp;
        else
            smsTexts << m;
    }
    QCOMPARE(onWhatsApp, script == QLatin1String("refused") ? 0 : 1); // a refusal is not in `sent`
    QCOMPARE(smsTexts.size(), smsSent);
    if (smsSent) {
        QCOMPARE(smsTexts.first().from, kMainLine);
        QCOMPARE(smsTexts.first().to, kCaller);
        QCOMPARE(smsTexts.first().body, sms.body);
        QVERIFY(smsTexts.first().contentSid.isEmpty());
    }
    // The outbox agrees: one row per channel at most.
    auto rows = t.db().exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE lead_id = ? AND channel = 'sms'"), {lead.id});
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), smsSent);
}

QTEST_GUILESS_MAIN(TestWhatsApp)
#include "tst_whatsapp.moc"
