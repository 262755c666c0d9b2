// The typed stores: idempotent upserts by provider id, the outbox's uniqueness and claims, lead
// edits that detect a concurrent change, opt-outs and key/value tables.
#include "TempDatabase.h"
#include "store/CallStore.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/TimelineStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

Q_DECLARE_METATYPE(ringback::Call)

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(14, 2), Qt::UTC);

Call missedCall(const QString& sid)
{
    Call c;
    c.providerCallId = sid;
    c.direction = CallDirection::Inbound;
    c.fromNumber = QStringLiteral("+15125550147");
    c.toNumber = QStringLiteral("+15125550100");
    c.status = CallStatus::NoAnswer;
    c.startedAt = t0;
    c.endedAt = t0.addSecs(25);
    return c;
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void callUpsert_data();
    void callUpsert();
    void callUpsertKeepsFirstSeen();
    void pageWithDuplicatesCountsOnce();
    void childLegsAndRecentCalls();
    void messageUpsertIsIdempotent();
    void localMessageMeetsItsProviderCopy();
    void outboxIsUniquePerCallAndKind();
    void outboxClaimTakesEachRowOnce();
    void outboxRetryAndExpiredLease();
    void leadFindOrCreateIsIdempotent();
    void leadSaveDetectsConcurrentEdit();
    void optOutAndBackIn();
    void timelineKeepsOrder();
    void keyValueTablesAreSeparate();

private:
    std::unique_ptr<TempDatabase> m_t;
};

void TestStores::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->errorText()));
}

void TestStores::cleanup()
{
    m_t.reset();
}

void TestStores::callUpsert_data()
{
    QTest::addColumn<Call>("second");
    QTest::addColumn<bool>("changed");

    const Call base = missedCall(QStringLiteral("CA001"));
    QTest::newRow("same record re-polled") << base << false;
    Call ringingToNoAnswer = base;
    ringingToNoAnswer.status = CallStatus::Completed;
    ringingToNoAnswer.durationSeconds = 4;
    QTest::newRow("status and duration change") << ringingToNoAnswer << true;
    Call laterEnd = base;
    laterEnd.endedAt = base.endedAt.addSecs(3);
    QTest::newRow("end time corrected") << laterEnd << true;
    Call recorded = base;
    recorded.hasRecording = true;
    QTest::newRow("recording flag appears") << recorded << true;
    Call answered = base;
    answered.answeredBy = QStringLiteral("human");
    QTest::newRow("answered-by from empty") << answered << true;
}

void TestStores::callUpsert()
{
    QFETCH(Call, second);
    QFETCH(bool, changed);
    CallStore calls(m_t->db());

    auto first = calls.upsert(missedCall(QStringLiteral("CA001")), t0);
    QVERIFY(first.ok());
    QVERIFY(first->inserted);
    auto again = calls.upsert(second, t0.addSecs(5));
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    QVERIFY(!again->inserted);
    QCOMPARE(again->changed, changed);
    QCOMPARE(calls.count().value(), qint64(1));

    auto stored = calls.byProviderId(QStringLiteral("CA001"));
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY(stored.value()->sameProviderFacts(second));
    QCOMPARE(stored.value()->updatedAt, changed ? t0.addSecs(5) : t0);
}

void TestStores::callUpsertKeepsFirstSeen()
{
    CallStore calls(m_t->db());
    Call c = missedCall(QStringLiteral("CA002"));
    c.status = CallStatus::Ringing;
    QVERIFY(calls.upsert(c, t0).ok());
    c.status = CallStatus::NoAnswer;
    QVERIFY(calls.upsert(c, t0.addSecs(60)).ok());
    const auto stored = calls.byProviderId(QStringLiteral("CA002")).value().value();
    QCOMPARE(stored.firstSeenAt, t0);
    QCOMPARE(stored.status, CallStatus::NoAnswer);
}

void TestStores::pageWithDuplicatesCountsOnce()
{
    CallStore calls(m_t->db());
    // Provider logs are eventually consistent: overlapping polls return the same record again.
    const QList<Call> page1{missedCall(QStringLiteral("CA1")), missedCall(QStringLiteral("CA2"))};
    const QList<Call> page2{missedCall(QStringLiteral("CA2")), missedCall(QStringLiteral("CA3"))};
    auto r1 = calls.upsertAll(page1, t0);
    auto r2 = calls.upsertAll(page2, t0.addSecs(5));
    QVERIFY(r1.ok() && r2.ok());
    int inserted = 0;
    for (const auto& o : r1.value() + r2.value())
        inserted += o.inserted ? 1 : 0;
    QCOMPARE(inserted, 3);
    QVERIFY(!r2->at(0).changed);
    QCOMPARE(calls.count().value(), qint64(3));
}

void TestStores::childLegsAndRecentCalls()
{
    CallStore calls(m_t->db());
    Call parent = missedCall(QStringLiteral("CAparent"));
    parent.status = CallStatus::Completed;
    Call leg1 = missedCall(QStringLiteral("CAleg1"));
    leg1.parentProviderCallId = parent.providerCallId;
    leg1.direction = CallDirection::OutboundDial;
    Call leg2 = leg1;
    leg2.providerCallId = QStringLiteral("CAleg2");
    leg2.status = CallStatus::Busy;
    leg2.startedAt = leg1.startedAt.addSecs(1);
    QVERIFY(calls.upsertAll({parent, leg1, leg2}, t0).ok());

    const auto legs = calls.childLegs(parent.providerCallId).value();
    QCOMPARE(legs.size(), 2);
    QCOMPARE(legs.at(0).providerCallId, QStringLiteral("CAleg1"));
    QCOMPARE(legs.at(1).status, CallStatus::Busy);

    const auto recent = calls.fromNumberSince(parent.fromNumber, t0).value();
    QCOMPARE(recent.size(), 3);
    QVERIFY(calls.fromNumberSince(parent.fromNumber, t0.addSecs(3600)).value().isEmpty());
}

void TestStores::messageUpsertIsIdempotent()
{
    LeadStore leads(m_t->db());
    MessageStore messages(m_t->db());
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Texas"), t0).value();

    Message m;
    m.providerMessageId = QStringLiteral("SM100");
    m.leadId = lead.id;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = lead.e164;
    m.toNumber = QStringLiteral("+15125550100");
    m.body = QStringLiteral("Water heater leaking in the garage, can someone come today?");
    m.status = MessageStatus::Received;
    m.createdAt = t0;

    auto a = messages.upsertFromProvider(m, t0);
    auto b = messages.upsertFromProvider(m, t0.addSecs(5));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->inserted);
    QCOMPARE(b->id, a->id);
    QVERIFY(!b->changed);

    Message failed = m;
    failed.status = MessageStatus::Undelivered;
    failed.errorCode = 30006;
    auto c = messages.upsertFromProvider(failed, t0.addSecs(10));
    QVERIFY(c.ok() && c->changed);
    const Message stored = messages.byProviderId(QStringLiteral("SM100")).value().value();
    QCOMPARE(stored.errorCode, std::optional<int>(30006));
    QCOMPARE(stored.body, m.body);
    QCOMPARE(messages.forLead(lead.id).value().size(), 1);
}

void TestStores::localMessageMeetsItsProviderCopy()
{
    LeadStore leads(m_t->db());
    MessageStore messages(m_t->db());
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();

    Message queued;
    queued.leadId = lead.id;
    queued.direction = MessageDirection::Outbound;
    queued.fromNumber = QStringLiteral("+15125550100");
    queued.toNumber = lead.e164;
    queued.body =
        QStringLiteral("Hi, this is Anderson Roofing. Sorry we missed your call - what can we help with?");
    queued.status = MessageStatus::Queued;
    queued.automated = true;
    auto id = messages.insertLocal(queued, t0);
    QVERIFY(id.ok() && id.value() > 0);
    QVERIFY(messages.attachProviderId(id.value(), QStringLiteral("SM200"), MessageStatus::Queued, t0).ok());

    // The next poll of the message log brings the same text back: it lands on our row.
    Message fromLog = queued;
    fromLog.providerMessageId = QStringLiteral("SM200");
    fromLog.status = MessageStatus::Delivered;
    auto r = messages.upsertFromProvider(fromLog, t0.addSecs(6));
    QVERIFY(r.ok());
    QCOMPARE(r->id, id.value());
    QVERIFY(!r->inserted);
    const auto all = messages.forLead(lead.id).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().status, MessageStatus::Delivered);
    QVERIFY(all.first().automated);
}

void TestStores::outboxIsUniquePerCallAndKind()
{
    CallStore calls(m_t->db());
    LeadStore leads(m_t->db());
    OutboxStore outbox(m_t->db());
    const qint64 callId = calls.upsert(missedCall(QStringLiteral("CA9")), t0).value().id;
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();

    OutboxItem item;
    item.callId = callId;
    item.leadId = lead.id;
    item.kind = OutboxKind::TextBack;
    item.toNumber = lead.e164;
    item.fromNumber = QStringLiteral("+15125550100");
    item.body = QStringLiteral("Sorry we missed your call");
    auto first = outbox.enqueue(item, t0);
    auto second = outbox.enqueue(item, t0.addSecs(1));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->created);
    QVERIFY(!second->created);
    QCOMPARE(second->id, first->id);

    OutboxItem followUp = item;
    followUp.kind = OutboxKind::FollowUp;
    QVERIFY(outbox.enqueue(followUp, t0).value().created);

    // Staff replies have no call: each one is its own row.
    OutboxItem reply = item;
    reply.callId.reset();
    reply.kind = OutboxKind::Reply;
    QVERIFY(outbox.enqueue(reply, t0).value().created);
    QVERIFY(outbox.enqueue(reply, t0).value().created);
    QCOMPARE(outbox.countInState(OutboxState::Pending).value(), qint64(4));
}

void TestStores::outboxClaimTakesEachRowOnce()
{
    LeadStore leads(m_t->db());
    OutboxStore outbox(m_t->db());
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    OutboxItem item;
    item.leadId = lead.id;
    item.kind = OutboxKind::Reply;
    item.toNumber = lead.e164;
    item.fromNumber = QStringLiteral("+15125550100");
    item.body = QStringLiteral("On our way");
    const qint64 due = outbox.enqueue(item, t0).value().id;
    item.notBefore = t0.addSecs(30); // a grace delay: not due yet
    const qint64 later = outbox.enqueue(item, t0).value().id;

    auto claimed = outbox.claimNext(QStringLiteral("desk-a"), t0, 60'000);
    QVERIFY(claimed.ok() && claimed->has_value());
    QCOMPARE(claimed.value()->id, due);
    QCOMPARE(claimed.value()->state, OutboxState::Sending);
    QCOMPARE(claimed.value()->attempts, 1);
    QCOMPARE(claimed.value()->leaseOwner, QStringLiteral("desk-a"));

    QVERIFY(!outbox.claimNext(QStringLiteral("desk-b"), t0, 60'000).value().has_value());
    auto afterGrace = outbox.claimNext(QStringLiteral("desk-b"), t0.addSecs(31), 60'000);
    QCOMPARE(afterGrace.value()->id, later);

    QVERIFY(outbox.markSent(due, QStringLiteral("SM1"), t0.addSecs(1)).ok());
    const OutboxItem sent = outbox.byId(due).value().value();
    QCOMPARE(sent.state, OutboxState::Sent);
    QCOMPARE(sent.providerMessageId, QStringLiteral("SM1"));
    QVERIFY(sent.leaseOwner.isEmpty());
}

void TestStores::outboxRetryAndExpiredLease()
{
    LeadStore leads(m_t->db());
    OutboxStore outbox(m_t->db());
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    OutboxItem item;
    item.leadId = lead.id;
    item.kind = OutboxKind::Reply;
    item.toNumber = lead.e164;
    item.fromNumber = QStringLiteral("+15125550100");
    item.body = QStringLiteral("Hello");
    const qint64 id = outbox.enqueue(item, t0).value().id;

    QVERIFY(outbox.claimNext(QStringLiteral("a"), t0, 10'000).value().has_value());
    QVERIFY(outbox.expiredLeases(t0.addSecs(5)).value().isEmpty());
    const auto expired = outbox.expiredLeases(t0.addSecs(11)).value();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().id, id);

    const QVariantMap http503{{QStringLiteral("http"), 503}};
    QVERIFY(
        outbox.reschedule(id, t0.addSecs(20), QStringLiteral("server_error"), http503, t0.addSecs(11)).ok());
    QVERIFY(!outbox.claimNext(QStringLiteral("a"), t0.addSecs(15), 10'000).value().has_value());
    auto retried = outbox.claimNext(QStringLiteral("a"), t0.addSecs(20), 10'000);
    QCOMPARE(retried.value()->attempts, 2);
    QCOMPARE(retried.value()->lastError, QStringLiteral("server_error"));
    QCOMPARE(retried.value()->lastErrorParams, http503);
    const QVariantMap invalid{{QStringLiteral("error"), 21211}};
    QVERIFY(outbox.markFailed(id, QStringLiteral("invalid_number"), invalid, t0.addSecs(21)).ok());
    QCOMPARE(outbox.byId(id).value()->state, OutboxState::Failed);
    QCOMPARE(outbox.byId(id).value()->lastError, QStringLiteral("invalid_number"));
    QCOMPARE(outbox.byId(id).value()->lastErrorParams, invalid);
}

void TestStores::leadFindOrCreateIsIdempotent()
{
    LeadStore leads(m_t->db());
    auto a = leads.findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Texas"), t0);
    auto b = leads.findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Elsewhere"), t0.addSecs(60));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->id, b->id);
    QCOMPARE(b->place, QStringLiteral("Texas"));
    QCOMPARE(b->status, LeadStatus::New);
    QCOMPARE(leads.count().value(), qint64(1));
}

void TestStores::leadSaveDetectsConcurrentEdit()
{
    LeadStore leads(m_t->db());
    const Lead original = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();

    Lead deskA = original;
    deskA.displayName = QStringLiteral("Dana Whitfield");
    deskA.estimatedValueCents = 185000;
    deskA.status = LeadStatus::Qualified;
    auto savedA = leads.save(deskA, t0.addSecs(10));
    QVERIFY(savedA.ok());
    QCOMPARE(savedA->revision, original.revision + 1);

    Lead deskB = original; // read before desk A saved
    deskB.notes = QStringLiteral("Gate code 4411");
    auto savedB = leads.save(deskB, t0.addSecs(11));
    QVERIFY(!savedB.ok());
    QCOMPARE(savedB.error().kind, StoreError::Kind::Conflict);

    const Lead stored = leads.byId(original.id).value().value();
    QCOMPARE(stored.displayName, QStringLiteral("Dana Whitfield"));
    QCOMPARE(stored.estimatedValueCents, std::optional<qint64>(185000));
    QCOMPARE(stored.status, LeadStatus::Qualified);
    QVERIFY(stored.notes.isEmpty());
}

void TestStores::optOutAndBackIn()
{
    OptOutStore optOuts(m_t->db());
    const QString n = QStringLiteral("+15125550147");
    QVERIFY(!optOuts.isOptedOut(n).value());
    QVERIFY(optOuts.optOut({n, QStringLiteral("keyword"), QStringLiteral("STOP"), t0}).ok());
    QVERIFY(optOuts.optOut({n, QStringLiteral("keyword"), QStringLiteral("QUIT"), t0.addSecs(9)}).ok());
    QVERIFY(optOuts.isOptedOut(n).value());
    QCOMPARE(optOuts.entry(n).value()->keyword, QStringLiteral("STOP"));
    QVERIFY(optOuts.optIn(n).ok());
    QVERIFY(!optOuts.isOptedOut(n).value());
}

void TestStores::timelineKeepsOrder()
{
    LeadStore leads(m_t->db());
    TimelineStore timeline(m_t->db());
    const Lead lead = leads.findOrCreate(QStringLiteral("+15125550147"), QString(), t0).value();
    TimelineEvent notTexted;
    notTexted.leadId = lead.id;
    notTexted.kind = TimelineKind::NotTexted;
    notTexted.code = QStringLiteral("cannot_receive_sms");
    notTexted.occurredAt = t0.addSecs(5);
    QVERIFY(timeline.append(notTexted).ok());
    TimelineEvent missed;
    missed.leadId = lead.id;
    missed.kind = TimelineKind::CallMissed;
    missed.code = QStringLiteral("busy");
    missed.params = {{QStringLiteral("n"), 1}};
    missed.actor = QStringLiteral("Maria");
    missed.occurredAt = t0;
    QVERIFY(timeline.append(missed).ok());
    const auto events = timeline.forLead(lead.id).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, TimelineKind::CallMissed);
    QCOMPARE(events.at(0).params, missed.params); // codes and parameters come back as stored
    QCOMPARE(events.at(0).actor, QStringLiteral("Maria"));
    QCOMPARE(events.at(1).code, QStringLiteral("cannot_receive_sms"));
}

void TestStores::keyValueTablesAreSeparate()
{
    KeyValueStore settings(m_t->db(), KeyValueStore::Table::Settings);
    KeyValueStore sync(m_t->db(), KeyValueStore::Table::SyncState);
    QVERIFY(settings.setValue(QStringLiteral("business/name"), QStringLiteral("Anderson Roofing"), t0).ok());
    QVERIFY(
        settings.setValue(QStringLiteral("business/name"), QStringLiteral("Anderson Roofing & Gutters"), t0)
            .ok());
    QCOMPARE(settings.value(QStringLiteral("business/name")).value().value(),
             QStringLiteral("Anderson Roofing & Gutters"));
    QVERIFY(!sync.value(QStringLiteral("business/name")).value().has_value());
    QVERIFY(settings.remove(QStringLiteral("business/name")).ok());
    QVERIFY(!settings.value(QStringLiteral("business/name")).value().has_value());
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
