// Text-back pipeline figures (DESIGN §8):
//  1. overhead: call record received from the provider -> send request issued, per call
//  2. time to text with a real 5 s poll: call logged at the provider -> text sent
//  3. a poll cycle's cost with 0 and with 100,000 stored calls
//  4. catch-up: 5,000 backlog calls classified and decided
// The provider is in-process (tests/support/ScriptedProvider), so these are Ringback's own costs.
#include "BenchFigures.h"
#include "ScriptedProvider.h"
#include "automation/AutomationWorker.h"
#include "automation/MissedCallProcessor.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");

QString callerNumber(int i)
{
    return QStringLiteral("+1512%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

Call missedCall(int i, const QDateTime& ended)
{
    Call c;
    c.providerCallId = QStringLiteral("CA%1").arg(i, 32, 10, QLatin1Char('0'));
    c.direction = CallDirection::Inbound;
    c.fromNumber = callerNumber(i);
    c.toNumber = kBusiness;
    c.status = CallStatus::NoAnswer;
    c.startedAt = ended.addSecs(-25);
    c.endedAt = ended;
    return c;
}

using bench::Figures;
using bench::figures;

void print(const char* what, const Figures& f, const char* unit)
{
    std::printf("%-58s median %9.3f  p95 %9.3f  max %9.3f %s\n", what, f.median, f.p95, f.max, unit);
    std::fflush(stdout);
}

struct Bench
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::unique_ptr<Database> db;
    ScriptedProvider provider;

    Bench()
    {
        db = std::move(Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("bench")).value());
        KeyValueStore kv(*db, KeyValueStore::Table::Settings);
        Settings settings(&kv, nullptr);
        settings.setValue(SettingKey::BusinessNumbers, QStringList{kBusiness});
        settings.setValue(SettingKey::AutomationEnabledSince,
                          qlonglong(QDateTime::currentMSecsSinceEpoch() - 86400'000));
        settings.setValue(SettingKey::HourlyAutoTextCap, 1'000'000);
    }

    std::unique_ptr<AutomationWorker> worker(int pollMs)
    {
        AutomationWorker::Options o;
        o.location = DatabaseLocation::sqliteFile(path);
        o.connectionName = QStringLiteral("worker");
        o.holderId = QStringLiteral("bench");
        o.sharedProvider = &provider;
        o.pollIntervalMs = pollMs;
        o.compose = [](TextBackTemplate, const Lead&) {
            return QStringLiteral("Sorry we missed your call!");
        };
        return std::make_unique<AutomationWorker>(o);
    }
};

// Waits (processing events) until `done` or the deadline.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

void pipelineOverhead(int calls)
{
    Bench b;
    auto w = b.worker(1);
    QList<double> overheadMs;
    QElapsedTimer clock;
    clock.start();
    qint64 listedAt = 0;
    // The moment the provider's answer with the new call is handed to Ringback...
    QObject::connect(w.get(), &AutomationWorker::decided, w.get(), [] {});
    w->start();
    waitFor([&] { return w->state().mode == AutomationState::Mode::Live; }, 5000);
    for (int i = 0; i < calls; ++i) {
        const int before = int(b.provider.sent.size());
        b.provider.calls = {missedCall(i, QDateTime::currentDateTimeUtc())};
        b.provider.onListCalls = [&] {
            listedAt = clock.nsecsElapsed();
        };
        b.provider.onSend = [&] {
            overheadMs << (clock.nsecsElapsed() - listedAt) / 1e6;
        };
        w->pollNow();
        if (!waitFor([&] { return b.provider.sent.size() > before; }, 5000)) {
            std::printf("call %d was not texted in time\n", i);
            return;
        }
    }
    print(qPrintable(QStringLiteral("overhead: record received -> send issued (%1 calls)").arg(calls)),
          figures(overheadMs), "ms");
}

void timeToText(int calls, int pollMs, int spreadMs)
{
    Bench b;
    auto w = b.worker(pollMs);
    w->start();
    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> loggedAt;
    QList<double> seconds;
    b.provider.onSend = [&] {
        const QString to = b.provider.lastSendTo;
        seconds << (clock.nsecsElapsed() - loggedAt.value(to)) / 1e9;
    };
    QList<int> arrivals;
    for (int i = 0; i < calls; ++i)
        arrivals << QRandomGenerator::global()->bounded(spreadMs);
    std::sort(arrivals.begin(), arrivals.end());
    int next = 0;
    waitFor(
        [&] {
            while (next < calls && clock.elapsed() >= arrivals.at(next)) {
                b.provider.calls << missedCall(next, QDateTime::currentDateTimeUtc());
                loggedAt.insert(callerNumber(next), clock.nsecsElapsed());
                ++next;
            }
            return b.provider.sent.size() == calls;
        },
        spreadMs + 4 * pollMs + 10'000);
    print(qPrintable(QStringLiteral("time to text, %1 ms poll (%2 calls over %3 s)")
                         .arg(pollMs)
                         .arg(calls)
                         .arg(spreadMs / 1000)),
          figures(seconds), "s");
}

void pollCycleCost(int storedCalls)
{
    Bench b;
    if (storedCalls > 0) {
        QList<Call> history;
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-20);
        for (int i = 0; i < storedCalls; ++i)
            history << missedCall(1'000'000 + i, old.addSecs(i));
        // A figure measured on a half-filled store would be a wrong figure: stop instead.
        if (!CallStore(*b.db).upsertAll(history, old) ||
            !b.db->exec(QStringLiteral("UPDATE calls SET verdict = 'missed', decided_at = 1")))
            qFatal("could not fill the store for the benchmark");
    }
    // A steady-state cycle: the provider returns the same recent page each time (overlap).
    for (int i = 0; i < 50; ++i)
        b.provider.calls << missedCall(i, QDateTime::currentDateTimeUtc().addSecs(-600 + i));
    auto w = b.worker(1);
    w->start();
    waitFor([&] { return b.provider.sent.size() == 50; }, 20'000);
    QList<double> cycleMs;
    QSignalSpy states(w.get(), &AutomationWorker::stateChanged);
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        const int before = int(states.size());
        waitFor([&] { return states.size() > before; }, 5000);
        cycleMs << t.nsecsElapsed() / 1e6;
    }
    print(qPrintable(QStringLiteral("poll cycle, 50-call page, %1 calls stored").arg(storedCalls)),
          figures(cycleMs), "ms");
}

void catchUp(int backlog)
{
    Bench b;
    QList<Call> calls;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < backlog; ++i)
        calls << missedCall(i, now.addSecs(-2 * 86400 + i * 20));
    if (!CallStore(*b.db).upsertAll(calls, now))
        qFatal("could not fill the store for the benchmark");
    const PhoneNumberService phone;
    MissedCallProcessor processor(*b.db, phone, SystemClock::instance());
    PolicyConfig policy;
    policy.automationEnabledSince = now.addDays(-7);
    policy.businessNumbers = {kBusiness};
    policy.hourlyCap = 1'000'000;
    processor.setRules({{kBusiness}, 10, 10}, policy);
    QElapsedTimer t;
    t.start();
    auto outcomes = processor.processPending(backlog + 10);
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("%-58s %9.3f s for %lld decisions (stale rule: all left for a person)\n",
                qPrintable(QStringLiteral("catch-up: %1 backlog calls classified and decided").arg(backlog)),
                seconds, outcomes ? qlonglong(outcomes->size()) : -1LL);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    if (app.arguments().contains(QStringLiteral("--catch-up"))) { // that figure alone (profiling)
        catchUp(5000);
        return 0;
    }
    pipelineOverhead(quick ? 100 : 1000);
    timeToText(quick ? 10 : 40, 5000, quick ? 10'000 : 60'000);
    pollCycleCost(0);
    pollCycleCost(quick ? 10'000 : 100'000);
    catchUp(5000);
    return 0;
}
