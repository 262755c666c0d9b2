// Issue 21, items 2 and 4: who is texting, from the heartbeats every automation worker writes in
// the store, and the gaps when nobody was. On SQLite and (tst_senderheartbeat_postgres) on the
// shared PostgreSQL database the desks and the always-on worker use.
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationWorker.h"
#include "automation/SenderPresence.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "store/SenderHeartbeatStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kDesk = QStringLiteral("Front desk (pid 11 on front-pc)");
const QString kWorker = QStringLiteral("office-server headless (pid 22 on office-server)");
const QString kOtherDesk = QStringLiteral("Back office (pid 33 on back-pc)");
constexpr qint64 kFreshMs = 35'000; // a 30 s lease plus a 5 s poll

SenderBeat beatOf(const QString& holder, SenderBeat::Kind kind, bool sending, const QDateTime& at)
{
    SenderBeat b;
    b.holder = holder;
    b.label = holder.section(QLatin1Char(' '), 0, 0);
    b.machine = holder.section(QLatin1Char(' '), -1).chopped(1);
    b.kind = kind;
    b.sending = sending;
    b.freshMs = kFreshMs;
    b.lastSeenAt = at;
    return b;
}

} // namespace

class TestSenderHeartbeat : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void whoIsTexting_data();
    void whoIsTexting();
    void gapsAreRecordedWhenASenderStartsAfterASilence();
    void workersSayWhoIsTexting();

private:
    SenderPresence presenceAt(const QDateTime& now);
    std::unique_ptr<AutomationWorker> makeWorker(const QString& holder, const QString& label,
                                                 SenderBeat::Kind kind);

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedProvider> m_provider;
};

void TestSenderHeartbeat::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(17, 30), Qt::UTC));
    m_store = std::make_unique<TempDatabase>(QStringLiteral("test"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    KeyValueStore kv(m_store->db(), KeyValueStore::Table::Settings);
    Settings settings(&kv, nullptr);
    settings.setValue(SettingKey::BusinessNumbers, QStringList{QStringLiteral("+15125550100")});
    settings.setValue(SettingKey::AutomationEnabledSince, qlonglong(m_clock->nowMs() - 3600'000));
    m_provider = std::make_unique<ScriptedProvider>();
    m_provider->clock = m_clock.get();
}

void TestSenderHeartbeat::cleanup()
{
    m_provider.reset();
    m_store.reset();
    m_clock.reset();
}

SenderPresence TestSenderHeartbeat::presenceAt(const QDateTime& now)
{
    SenderHeartbeatStore store(m_store->db());
    SenderPresence p;
    p.ownHolder = kDesk;
    p.beats = store.runningSince(now.addSecs(-3600)).value();
    p.lastSendingAt = store.lastSendingAt().value();
    p.readAt = now;
    return p;
}

void TestSenderHeartbeat::whoIsTexting_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("sender"); // the holder texting now; "" for nobody
    QTest::addColumn<bool>("thisDesk");
    QTest::addColumn<bool>("workerKind");

    QTest::newRow("nobody ever ran") << "none"
                                     << "" << false << false;
    QTest::newRow("this desk texts") << "desk sends" << kDesk << true << false;
    QTest::newRow("the worker texts, seen 3 s ago") << "worker 3 s" << kWorker << false << true;
    QTest::newRow("another desk texts, the worker stands by") << "other desk" << kOtherDesk << false << false;
    QTest::newRow("the worker's beat went stale") << "worker stale"
                                                  << "" << false << false;
    QTest::newRow("the worker stopped cleanly") << "worker stopped"
                                                << "" << false << false;
    QTest::newRow("only a desk standing by") << "desk standby"
                                             << "" << false << false;
}

void TestSenderHeartbeat::whoIsTexting()
{
    QFETCH(QString, scenario);
    QFETCH(QString, sender);
    QFETCH(bool, thisDesk);
    QFETCH(bool, workerKind);
    SenderHeartbeatStore store(m_store->db());
    const QDateTime now = m_clock->nowUtc();
    const auto write = [&](const SenderBeat& b) {
        QVERIFY(store.beat(b).ok());
    };
    if (scenario == QLatin1String("desk sends")) {
        write(beatOf(kDesk, SenderBeat::Kind::Desk, true, now.addSecs(-1)));
    } else if (scenario == QLatin1String("worker 3 s")) {
        write(beatOf(kWorker, SenderBeat::Kind::Worker, true, now.addSecs(-3)));
        write(beatOf(kDesk, SenderBeat::Kind::Desk, false, now.addSecs(-1)));
    } else if (scenario == QLatin1String("other desk")) {
        write(beatOf(kOtherDesk, SenderBeat::Kind::Desk, true, now.addSecs(-4)));
        write(beatOf(kWorker, SenderBeat::Kind::Worker, false, now.addSecs(-2)));
    } else if (scenario == QLatin1String("worker stale")) {
        write(beatOf(kWorker, SenderBeat::Kind::Worker, true, now.addMSecs(-kFreshMs - 1000)));
    } else if (scenario == QLatin1String("worker stopped")) {
        write(beatOf(kWorker, SenderBeat::Kind::Worker, true, now.addSecs(-10)));
        QVERIFY(store.stopped(kWorker, now.addSecs(-5)).ok());
    } else if (scenario == QLatin1String("desk standby")) {
        write(beatOf(kOtherDesk, SenderBeat::Kind::Desk, false, now.addSecs(-2)));
    }

    const SenderPresence p = presenceAt(now);
    const std::optional<SenderBeat> texting = p.sender(now);
    QCOMPARE(texting ? texting->holder : QString(), sender);
    QCOMPARE(p.thisProcessSends(now), thisDesk);
    if (texting) {
        QCOMPARE(texting->kind == SenderBeat::Kind::Worker, workerKind);
        QVERIFY(!texting->label.isEmpty());
        QVERIFY(!texting->machine.isEmpty());
    }
}

void TestSenderHeartbeat::gapsAreRecordedWhenASenderStartsAfterASilence()
{
    SenderHeartbeatStore store(m_store->db());
    const QDateTime evening = m_clock->nowUtc();
    // The very first sender of a store: nobody was expected to text before it, so no gap.
    auto first = store.beat(beatOf(kWorker, SenderBeat::Kind::Worker, true, evening));
    QVERIFY(first.ok());
    QVERIFY(!first->has_value());
    // Beats inside the freshness: no gap; a desk standing by changes nothing.
    QVERIFY(!store.beat(beatOf(kWorker, SenderBeat::Kind::Worker, true, evening.addSecs(5)))->has_value());
    QVERIFY(!store.beat(beatOf(kDesk, SenderBeat::Kind::Desk, false, evening.addSecs(6)))->has_value());
    // The worker dies (no clean stop) at 17:30:05; a desk takes over within the lease's time: no gap.
    auto takeover = store.beat(beatOf(kDesk, SenderBeat::Kind::Desk, true, evening.addSecs(35)));
    QVERIFY(takeover.ok());
    QVERIFY(!takeover->has_value());
    // The desk quits at 17:31; nothing texts until the worker is back at 19:31.
    QVERIFY(store.stopped(kDesk, evening.addSecs(60)).ok());
    auto back = store.beat(beatOf(kWorker, SenderBeat::Kind::Worker, true, evening.addSecs(60 + 7200)));
    QVERIFY(back.ok());
    QVERIFY(back->has_value());
    QCOMPARE((*back)->startedAt, evening.addSecs(60));
    QCOMPARE((*back)->endedAt, evening.addSecs(60 + 7200));
    QCOMPARE((*back)->endedBy, kWorker);
    // A laptop that slept while sending: its own next beat ends a gap too.
    auto woke = store.beat(beatOf(kWorker, SenderBeat::Kind::Worker, true, evening.addSecs(60 + 7200 + 600)));
    QVERIFY(woke.ok());
    QVERIFY(woke->has_value());
    QCOMPARE((*woke)->startedAt, evening.addSecs(60 + 7200));

    const QList<SenderGap> gaps = store.gaps(evening, evening.addDays(1)).value();
    QCOMPARE(gaps.size(), 2);
    QCOMPARE(gaps.first().startedAt, evening.addSecs(60));
    QCOMPARE(store.gaps(evening.addDays(1), evening.addDays(2)).value().size(), 0);
}

std::unique_ptr<AutomationWorker> TestSenderHeartbeat::makeWorker(const QString& holder, const QString& label,
                                                                  SenderBeat::Kind kind)
{
    AutomationWorker::Options o;
    o.location = m_store->location();
    o.connectionName = label;
    o.holderId = holder;
    o.senderLabel = label;
    o.senderKind = kind;
    o.sharedProvider = m_provider.get();
    o.clock = m_clock.get();
    o.pollIntervalMs = 50;
    o.compose = [](TextBackTemplate, const Lead&) {
        return QStringLiteral("Sorry we missed your call - how can we help?");
    };
    o.helpText = [] {
        return QStringLiteral("Reply STOP to opt out.");
    };
    o.followUpAllowedAt = [](const QString&, const QDateTime& at) {
        return at;
    };
    o.composeFollowUp = [](const Lead&) {
        return QStringLiteral("Still need a hand?");
    };
    return std::make_unique<AutomationWorker>(o);
}

void TestSenderHeartbeat::workersSayWhoIsTexting()
{
    // The always-on worker starts first and texts; a desk opened later stands by and says so.
    auto worker = makeWorker(kWorker, QStringLiteral("office-server"), SenderBeat::Kind::Worker);
    auto desk = makeWorker(kDesk, QStringLiteral("Front desk"), SenderBeat::Kind::Desk);
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->state().mode == AutomationState::Mode::Live, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(worker->state().senders.thisProcessSends(m_clock->nowUtc()), 30'000);
    desk->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        desk->state().mode == AutomationState::Mode::Standby && desk->state().senders.known(), 30'000);
    std::optional<SenderBeat> seen = desk->state().senders.sender(m_clock->nowUtc());
    QVERIFY(seen);
    QCOMPARE(seen->holder, kWorker);
    QCOMPARE(seen->kind, SenderBeat::Kind::Worker);
    QCOMPARE(seen->label, QStringLiteral("office-server"));
    QVERIFY(!desk->state().senders.thisProcessSends(m_clock->nowUtc()));
    QVERIFY(desk->state().senders.anotherSeenSince(m_clock->nowUtc().addSecs(-60)));
    // ... and the worker sees the desk standing by.
    QTRY_VERIFY_WITH_TIMEOUT(worker->state().senders.anotherSeenSince(m_clock->nowUtc().addSecs(-60)),
                             30'000);

    // The worker stops: its beat says so at once, and the desk takes over and says it texts.
    QSignalSpy stopped(worker.get(), &AutomationWorker::stopped);
    worker->stop();
    QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(desk->state().senders.thisProcessSends(m_clock->nowUtc()), 30'000);
    QVERIFY(!desk->state().senders.anotherSeenSince(m_clock->nowUtc().addSecs(-60)));
    // It took over at once: nobody was missing, so no gap.
    QCOMPARE(SenderHeartbeatStore(m_store->db())
                 .gaps(m_clock->nowUtc().addDays(-1), m_clock->nowUtc().addDays(1))
                 .value()
                 .size(),
             0);
    QSignalSpy deskStopped(desk.get(), &AutomationWorker::stopped);
    desk->stop();
    QVERIFY(deskStopped.count() == 1 || deskStopped.wait(10'000));
}

QTEST_GUILESS_MAIN(TestSenderHeartbeat)
#include "tst_senderheartbeat.moc"
