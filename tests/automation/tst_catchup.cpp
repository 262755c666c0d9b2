// Catching up on a backlog of calls (issue 17): decisions are committed a batch at a time, and a
// batch that fails leaves nothing of itself behind (no verdict, lead, timeline line or text) while
// the batches before it stay; the next run decides the rest exactly once. A batch parses each
// caller once and decides exactly as one call at a time would. Whether a caller was reached since
// a missed call is read through two index probes; the table pins what it means.
#include "ProviderRecords.h"
#include "TempDatabase.h"
#include "automation/MissedCallProcessor.h"
#include "common/Clock.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/LeadStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QDateTime kT0(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);

QString caller(int i)
{
    return QStringLiteral("+1512555%1").arg(2000 + i);
}

qint64 count(Database& db, const QString& sql, const QVariantList& args = {})
{
    auto r = db.exec(sql, args);
    return r && r->next() ? r->value(0).toLongLong() : -1;
}

} // namespace

class TestCatchUp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aFailedBatchLeavesNothingHalfDone();
    void aBatchDecidesAsOneCallAtATimeWould();
    void reachedSince_data();
    void reachedSince();

private:
    Database& db() { return m_t->db(); }
    std::unique_ptr<MissedCallProcessor> processor();
    // Makes the timeline refuse the missed-call line of one call, as a failing write would.
    void failTimelineOf(qint64 callId);
    void stopFailing();

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    PhoneNumberService m_phone;
};

void TestCatchUp::init()
{
    m_t.reset(); // before the next one takes its connection name
    m_t = std::make_unique<TempDatabase>(TestBackend::kind(), QStringLiteral("catchup"));
    QVERIFY2(m_t->ok(), qPrintable(m_t->errorText()));
    m_clock = std::make_unique<ManualClock>(kT0);
}

std::unique_ptr<MissedCallProcessor> TestCatchUp::processor()
{
    auto p = std::make_unique<MissedCallProcessor>(db(), m_phone, *m_clock);
    ClassifierConfig classifier;
    classifier.businessNumbers = {kBusiness};
    PolicyConfig policy;
    policy.automationEnabledSince = kT0.addDays(-1);
    policy.businessNumbers = {kBusiness};
    policy.hourlyCap = 100'000;
    p->setRules(classifier, policy);
    p->setComposer([](TextBackTemplate, const Lead&) { return QStringLiteral("Sorry we missed you!"); });
    return p;
}

void TestCatchUp::failTimelineOf(qint64 callId)
{
    if (m_t->backend() == SqlDialect::Kind::Postgres) {
        QVERIFY(db().exec(QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                         "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"))
                    .ok());
        QVERIFY(db().exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON timeline_events FOR "
                                         "EACH ROW WHEN (NEW.call_id = %1) EXECUTE FUNCTION test_refuse()")
                              .arg(callId))
                    .ok());
    } else {
        QVERIFY(db().exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON timeline_events WHEN "
                                         "NEW.call_id = %1 BEGIN SELECT RAISE(ABORT, 'refused by the test'); "
                                         "END")
                              .arg(callId))
                    .ok());
    }
}

void TestCatchUp::stopFailing()
{
    QVERIFY(db().exec(m_t->backend() == SqlDialect::Kind::Postgres
                          ? QStringLiteral("DROP TRIGGER test_refuse ON timeline_events")
                          : QStringLiteral("DROP TRIGGER test_refuse"))
                .ok());
}

void TestCatchUp::aFailedBatchLeavesNothingHalfDone()
{
    // 260 missed callers: a first batch of 250 decisions, then 10. The 255th cannot be written.
    constexpr int kCalls = 260;
    constexpr int kFailing = 254;
    QList<Call> calls;
    for (int i = 0; i < kCalls; ++i) {
        calls << inboundCall(QStringLiteral("CA%1").arg(i, 4, 10, QLatin1Char('0')), caller(i), kBusiness,
                             CallStatus::NoAnswer, kT0.addSecs(-1200 + i));
    }
    const auto stored = CallStore(db()).upsertAll(calls, kT0);
    QVERIFY(stored.ok());
    failTimelineOf(stored->at(kFailing).id);
    auto p = processor();

    const auto failed = p->processPending(1000);
    QVERIFY(!failed.ok());
    // The first batch is kept, whole.
    const QString decided = QStringLiteral("SELECT COUNT(*) FROM calls WHERE decided_at IS NOT NULL");
    QCOMPARE(count(db(), decided), qint64(250));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM leads")), qint64(250));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(250));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events")), qint64(250));
    // Of the second, nothing: not the decisions before the failing one, not a part of it.
    const QVariantList secondBatch{stored->at(250).id};
    QCOMPARE(count(db(),
                   QStringLiteral("SELECT COUNT(*) FROM calls WHERE id >= ? AND decided_at IS NOT NULL"),
                   secondBatch),
             qint64(0));
    QCOMPARE(
        count(db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE call_id >= ?"), secondBatch),
        qint64(0));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE call_id >= ?"), secondBatch),
             qint64(0));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM leads WHERE e164 = ?"), {caller(250)}),
             qint64(0));

    // Once the store takes writes again, the same processor (its statements prepared meanwhile)
    // decides the rest, each once.
    stopFailing();
    const auto rest = p->processPending(1000);
    QVERIFY(rest.ok());
    QCOMPARE(rest->size(), kCalls - 250);
    QCOMPARE(count(db(), decided), qint64(kCalls));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM leads")), qint64(kCalls));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(DISTINCT call_id) FROM outbox")), qint64(kCalls));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(kCalls));
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events")), qint64(kCalls));
}

void TestCatchUp::aBatchDecidesAsOneCallAtATimeWould()
{
    // One caller three times (written three ways), a caller from abroad, a withheld number, and a
    // caller who was missed and then answered (a leg to a cell phone that talked for a minute):
    // one batch against one call per batch, each on its own store.
    Call answeredLeg = inboundCall(QStringLiteral("CA6leg"), kBusiness, QStringLiteral("+15125550111"),
                                   CallStatus::Completed, kT0.addSecs(-400), 60);
    answeredLeg.direction = CallDirection::OutboundDial;
    answeredLeg.parentProviderCallId = QStringLiteral("CA6");
    const QList<Call> calls{
        inboundCall(QStringLiteral("CA1"), QStringLiteral("+15125550147"), kBusiness, CallStatus::NoAnswer,
                    kT0.addSecs(-900)),
        inboundCall(QStringLiteral("CA2"), QStringLiteral("(512) 555-0147"), kBusiness, CallStatus::Busy,
                    kT0.addSecs(-800)),
        inboundCall(QStringLiteral("CA3"), QStringLiteral("+447400123456"), kBusiness, CallStatus::NoAnswer,
                    kT0.addSecs(-700)),
        inboundCall(QStringLiteral("CA4"), QStringLiteral("anonymous"), kBusiness, CallStatus::NoAnswer,
                    kT0.addSecs(-600)),
        inboundCall(QStringLiteral("CA5"), QStringLiteral("+15125550199"), kBusiness, CallStatus::NoAnswer,
                    kT0.addSecs(-500)),
        answeredLeg,
        inboundCall(QStringLiteral("CA6"), QStringLiteral("(512) 555-0199"), kBusiness, CallStatus::Completed,
                    kT0.addSecs(-400), 90),
        inboundCall(QStringLiteral("CA7"), QStringLiteral("+1 512 555 0147"), kBusiness, CallStatus::NoAnswer,
                    kT0.addSecs(-300)),
    };
    const auto decideAll = [&](Database& store, bool oneAtATime) {
        QList<CallOutcome> outcomes;
        MissedCallProcessor p(store, m_phone, *m_clock);
        ClassifierConfig classifier;
        classifier.businessNumbers = {kBusiness};
        PolicyConfig policy;
        policy.automationEnabledSince = kT0.addDays(-1);
        policy.businessNumbers = {kBusiness};
        p.setRules(classifier, policy);
        for (const Call& c : calls) {
            if (!CallStore(store).upsert(c, kT0).ok())
                return QList<CallOutcome>();
            if (oneAtATime)
                outcomes += p.processPending().value_or({});
        }
        if (!oneAtATime)
            outcomes = p.processPending().value_or({});
        return outcomes;
    };
    const QList<CallOutcome> batch = decideAll(db(), false);
    TempDatabase other(TestBackend::kind(), QStringLiteral("catchup-other"));
    QVERIFY2(other.ok(), qPrintable(other.errorText()));
    const QList<CallOutcome> single = decideAll(other.db(), true);
    QCOMPARE(batch.size(), calls.size() - 1); // the leg is part of its call's decision
    QCOMPARE(single.size(), batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        QCOMPARE(batch.at(i).verdict, single.at(i).verdict);
        QCOMPARE(batch.at(i).action, single.at(i).action);
        QCOMPARE(batch.at(i).reason, single.at(i).reason);
        QCOMPARE(batch.at(i).leadId != 0, single.at(i).leadId != 0);
    }
    // One lead per caller, each with what a parse of its own number says.
    QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM leads")), qint64(3));
    QCOMPARE(batch.at(0).leadId, batch.at(1).leadId);
    QCOMPARE(batch.at(0).leadId, batch.at(6).leadId);
    QCOMPARE(batch.at(3).leadId, qint64(0));
    QCOMPARE(batch.at(5).verdict, CallVerdict::Answered);
    for (const char* number : {"+15125550147", "+447400123456", "+15125550199"}) {
        const auto lead = LeadStore(db()).byNumber(QString::fromLatin1(number));
        QVERIFY(lead.ok() && lead->has_value());
        QCOMPARE(lead->value().place, m_phone.parse(QString::fromLatin1(number)).place);
    }
    QCOMPARE(batch.at(0).action, PolicyAction::Send);
    QCOMPARE(batch.at(1).reason, PolicyReason::Cooldown);
    // CA5's text was cancelled when CA6 was answered, in the batch as one at a time.
    for (Database* store : {&db(), &other.db()}) {
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM outbox WHERE to_number = ? AND state = ?"),
                       {QStringLiteral("+15125550199"), QStringLiteral("cancelled")}),
                 qint64(1));
    }
}

void TestCatchUp::reachedSince_data()
{
    QTest::addColumn<QString>("direction"); // of the later call
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("startsAfterSecs"); // after `since`
    QTest::addColumn<bool>("childLeg");
    QTest::addColumn<bool>("reached");
    const QString them = QStringLiteral("+15125550147");
    const QString other = QStringLiteral("+15125550148");
    const QString in = QStringLiteral("inbound");
    const QString out = QStringLiteral("outbound-dial");
    QTest::newRow("they called again and were answered") << in << them << kBusiness << "completed"
                                                         << "answered" << 60 << false << true;
    QTest::newRow("answered before the missed call") << in << them << kBusiness << "completed"
                                                     << "answered" << -60 << false << false;
    QTest::newRow("they called again, missed again") << in << them << kBusiness << "no-answer"
                                                     << "missed" << 60 << false << false;
    QTest::newRow("someone else was answered") << in << other << kBusiness << "completed"
                                               << "answered" << 60 << false << false;
    QTest::newRow("the office called them back") << out << kBusiness << them << "completed"
                                                 << "" << 60 << false << true;
    QTest::newRow("the office is calling them now") << out << kBusiness << them << "in-progress"
                                                    << "" << 60 << false << true;
    QTest::newRow("the office called them, no answer") << out << kBusiness << them << "no-answer"
                                                       << "" << 60 << false << false;
    QTest::newRow("the office called them before") << out << kBusiness << them << "completed"
                                                   << "" << -60 << false << false;
    QTest::newRow("the office called someone else") << out << kBusiness << other << "completed"
                                                    << "" << 60 << false << false;
    QTest::newRow("an inbound call to their number is not a call back") << in << other << them << "completed"
                                                                        << "answered" << 60 << false << false;
    QTest::newRow("only a leg of a call back") << out << kBusiness << them << "completed"
                                               << "" << 60 << true << false;
}

void TestCatchUp::reachedSince()
{
    QFETCH(QString, direction);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, status);
    QFETCH(QString, verdict);
    QFETCH(int, startsAfterSecs);
    QFETCH(bool, childLeg);
    QFETCH(bool, reached);
    const QDateTime since = kT0.addSecs(-3600);
    Call later = inboundCall(QStringLiteral("CAlater"), from, to, CallStatus::Completed,
                             since.addSecs(startsAfterSecs + 30), 30);
    later.direction = callDirectionFromString(direction);
    later.status = callStatusFromString(status);
    later.startedAt = since.addSecs(startsAfterSecs);
    if (childLeg)
        later.parentProviderCallId = QStringLiteral("CAparent");
    QVERIFY(CallStore(db()).upsert(later, kT0).ok());
    if (!verdict.isEmpty()) {
        QVERIFY(db().exec(QStringLiteral("UPDATE calls SET verdict = ? WHERE provider_call_id = 'CAlater'"),
                          {verdict})
                    .ok());
    }
    const auto answer = CallStore(db()).reachedSince(QStringLiteral("+15125550147"), since);
    QVERIFY(answer.ok());
    QCOMPARE(answer.value(), reached);
}

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catchup.moc"
