// Text-back pipeline figures (DESIGN §8):
//  1. overhead: call record received from the provider -> send request issued, per call
//  2. time to text with a real 5 s poll: call logged at the provider -> text sent
//  3. a poll cycle's cost with 0 and with 100,000 stored calls
//  4. catch-up: 5,000 backlog calls classified and decided
// The provider is in-process (tests/support/ScriptedProvider), so these are Ringback's own costs.
//  5. ringing (issue 17): 40 calls ringing 6-20 s before no-answer over 60 s, against a loopback
//     Twilio-shaped fake (tests/support/FakeHttpServer) through the real TwilioProvider: time from
//     the call becoming final to the send request, and requests per minute
//  6. faults (issue 17): a storm of 160 missed callers over 30 s; the call log's first answer is a
//     500 and the first four sends get 429 with Retry-After: 2: time from the call in the log to
//     the send request
#include "BenchFigures.h"
#include "FakeHttpServer.h"
#include "ProviderRecords.h"
#include "ScriptedProvider.h"
#include "automation/AutomationWorker.h"
#include "automation/MissedCallProcessor.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioProvider.h"
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

    std::unique_ptr<AutomationWorker> worker(int pollMs, VoipProvider* other = nullptr)
    {
        AutomationWorker::Options o;
        o.location = DatabaseLocation::sqliteFile(path);
        o.connectionName = QStringLiteral("worker");
        o.holderId = QStringLiteral("bench");
        o.sharedProvider = other ? other : &provider;
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

// A Twilio account on a loopback server whose calls move on in real time: listed "ringing" (no end
// time) from their start, then "no-answer" with their end time. It answers the call log (by end
// day, and by Status), single-call fetches, the message log and sends, as the 2010 API does.
struct FakeTwilioAccount
{
    struct FakeCall
    {
        QString sid;
        QString from;
        qint64 startMs = 0; // on `clock`
        qint64 endMs = 0;
        QDateTime startUtc;
        QDateTime endUtc;
    };

    const QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    FakeHttpServer server;
    QElapsedTimer clock;
    QList<FakeCall> calls;
    QByteArrayList sent;             // message JSON of every accepted send
    QHash<QString, qint64> sentAtMs; // caller -> when its send request arrived
    int failCallLogTimes = 0;        // the next call-log listings (EndTime>) answer 500
    int rateLimitSendTimes = 0;      // the next sends answer 429, Retry-After: 2
    qint64 requests = 0;

    QString status(const FakeCall& c, qint64 now) const
    {
        return now < c.endMs ? QStringLiteral("ringing") : QStringLiteral("no-answer");
    }

    QByteArray json(const FakeCall& c, qint64 now) const
    {
        const bool ended = now >= c.endMs;
        const QString end =
            ended ? QLatin1Char('"') + test::rfc2822(c.endUtc) + QLatin1Char('"') : QStringLiteral("null");
        return QStringLiteral(
                   R"({"sid": "%1", "account_sid": "%2", "parent_call_sid": null, "direction": "inbound", )"
                   R"("from": "%3", "to": "%4", "status": "%5", "start_time": "%6", "end_time": %7, )"
                   R"("duration": null, "answered_by": null, "price": null})")
            .arg(c.sid, accountSid, c.from, kBusiness, status(c, now), test::rfc2822(c.startUtc), end)
            .toUtf8();
    }

    static FakeResponse page(const char* key, const QByteArrayList& items)
    {
        return FakeResponse::json(200, "{\"" + QByteArray(key) + "\": [" + items.join(", ") +
                                           "], \"next_page_uri\": null, \"page_size\": 1000}");
    }

    bool start()
    {
        server.setRecordRequests(false);
        clock.start();
        server.setHandler([this](const FakeRequest& r) -> std::optional<FakeResponse> {
            ++requests;
            const qint64 now = clock.elapsed();
            if (r.path.endsWith(QLatin1String("/Calls.json"))) {
                const QString wanted = r.queryValue(QStringLiteral("Status"));
                const bool callLog =
                    wanted.isEmpty() && r.queryValue(QStringLiteral("ParentCallSid")).isEmpty();
                if (callLog && failCallLogTimes > 0) {
                    --failCallLogTimes;
                    return FakeResponse::json(
                        500, R"({"code": 20500, "message": "Internal Server Error", "status": 500})");
                }
                QByteArrayList items;
                if (r.queryValue(QStringLiteral("ParentCallSid")).isEmpty()) {
                    for (const FakeCall& c : calls) {
                        if (now < c.startMs)
                            continue;
                        const QString s = status(c, now);
                        if (wanted.isEmpty() ? s != QLatin1String("ringing") : s == wanted)
                            items << json(c, now);
                    }
                }
                return page("calls", items);
            }
            if (r.path.contains(QLatin1String("/Calls/"))) {
                const QString sid = r.path.section(QLatin1Char('/'), -1).chopped(5);
                for (const FakeCall& c : calls) {
                    if (c.sid == sid && now >= c.startMs)
                        return FakeResponse::json(200, json(c, now));
                }
                return FakeResponse::json(404, R"({"code": 20404, "message": "Not Found", "status": 404})");
            }
            if (r.path.endsWith(QLatin1String("/Messages.json")) && r.method == "GET")
                return page("messages",
                            r.queryValue(QStringLiteral("From")).isEmpty() ? QByteArrayList() : sent);
            if (r.path.endsWith(QLatin1String("/Messages.json")) && r.method == "POST") {
                if (rateLimitSendTimes > 0) {
                    --rateLimitSendTimes;
                    return FakeResponse::json(
                               429, R"({"code": 20429, "message": "Too Many Requests", "status": 429})")
                        .withHeader("Retry-After", "2");
                }
                const QString to = r.form().queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
                if (!sentAtMs.contains(to))
                    sentAtMs.insert(to, now);
                const QString sid = QStringLiteral("SM%1").arg(sent.size() + 1, 32, 16, QLatin1Char('0'));
                const QString at = test::rfc2822(QDateTime::currentDateTimeUtc());
                const QByteArray message =
                    QStringLiteral(
                        R"({"sid": "%1", "direction": "outbound-api", "from": "%2", "to": "%3", )"
                        R"("body": "Sorry we missed your call!", "status": "queued", "error_code": null, )"
                        R"("error_message": null, "date_created": "%4", "date_sent": "%4", "date_updated": "%4"})")
                        .arg(sid, kBusiness, to, at)
                        .toUtf8();
                sent << message;
                return FakeResponse::json(201, message);
            }
            return std::nullopt;
        });
        return server.listen();
    }

    // A call starting `startInMs` from now that rings `ringMs` and ends no-answer. Its logged end
    // time is its end in whole seconds, as Twilio writes it.
    void addCall(int i, qint64 startInMs, qint64 ringMs)
    {
        FakeCall c;
        c.sid = QStringLiteral("CA%1").arg(i, 32, 16, QLatin1Char('0'));
        c.from = callerNumber(i);
        const qint64 base = clock.elapsed();
        const QDateTime wallBase = QDateTime::currentDateTimeUtc();
        c.startMs = base + startInMs;
        c.endMs = c.startMs + ringMs;
        c.startUtc = wallBase.addMSecs(startInMs);
        c.endUtc = wallBase.addMSecs(startInMs + ringMs);
        c.endUtc.setTime(QTime(c.endUtc.time().hour(), c.endUtc.time().minute(), c.endUtc.time().second()));
        calls << c;
    }

    std::unique_ptr<TwilioProvider> provider()
    {
        TwilioOptions options;
        options.baseUrl = server.baseUrl();
        return std::make_unique<TwilioProvider>(
            TwilioCredentials{accountSid, {}, QStringLiteral("bench-token")}, options);
    }
};

void ringing(int calls, int spreadMs)
{
    Bench b;
    FakeTwilioAccount account;
    if (!account.start())
        qFatal("the fake Twilio server did not start");
    auto twilio = account.provider();
    auto w = b.worker(5000, twilio.get());
    QRandomGenerator rng(17);
    for (int i = 0; i < calls; ++i)
        account.addCall(i, 2000 + rng.bounded(spreadMs), 6000 + rng.bounded(14'001));
    w->start();
    waitFor([&] { return account.sentAtMs.size() == calls; }, spreadMs + 60'000);
    const qint64 elapsedMs = account.clock.elapsed();
    QList<double> seconds;
    for (const auto& c : std::as_const(account.calls)) {
        if (account.sentAtMs.contains(c.from))
            seconds << (account.sentAtMs.value(c.from) - c.endMs) / 1000.0;
    }
    print(qPrintable(QStringLiteral("ringing: final -> send request (%1 of %2 calls, Twilio fake)")
                         .arg(seconds.size())
                         .arg(calls)),
          figures(seconds), "s");
    std::printf("%-58s %9.1f per minute (%lld in %.1f s; %.0f per hour in the status)\n",
                "ringing: requests to the provider", account.requests * 60'000.0 / double(elapsedMs),
                account.requests, elapsedMs / 1000.0, double(w->state().requestsPerHour));
    std::fflush(stdout);
    w->stop();
    waitFor([&] { return w->state().mode == AutomationState::Mode::Stopped; }, 5000);
}

void faultStorm(int callers, int spreadMs, bool ringFirst)
{
    Bench b;
    FakeTwilioAccount account;
    if (!account.start())
        qFatal("the fake Twilio server did not start");
    auto twilio = account.provider();
    auto w = b.worker(5000, twilio.get());
    w->start();
    waitFor([&] { return w->state().mode == AutomationState::Mode::Live; }, 10'000);
    // At the storm's start the call log answers one 500 and the sends four 429s (Retry-After: 2).
    account.failCallLogTimes = 1;
    account.rateLimitSendTimes = 4;
    QRandomGenerator rng(160);
    for (int i = 0; i < callers; ++i) {
        // Ringing first: the calls start ringing over the storm and end 6-20 s later; else each
        // appears in the log at its end, somewhere in the storm.
        const qint64 at = rng.bounded(spreadMs);
        const qint64 ringMs = ringFirst ? 6000 + rng.bounded(14'001) : 15'000;
        account.addCall(1000 + i, ringFirst ? at : at - ringMs, ringMs);
    }
    // Without ringing first, a call is in the log only once it ended: the regular poll finds it.
    if (!ringFirst) {
        for (auto& c : account.calls)
            c.startMs = c.endMs;
    }
    waitFor([&] { return account.sentAtMs.size() == callers; }, spreadMs + 120'000);
    QList<double> seconds;
    for (const auto& c : std::as_const(account.calls)) {
        if (account.sentAtMs.contains(c.from))
            seconds << (account.sentAtMs.value(c.from) - c.endMs) / 1000.0;
    }
    print(qPrintable(QStringLiteral("faults: 500 + four 429s, %1/%2 callers over %3 s, %4")
                         .arg(seconds.size())
                         .arg(callers)
                         .arg(spreadMs / 1000)
                         .arg(ringFirst ? QStringLiteral("ringing first") : QStringLiteral("log only"))),
          figures(seconds), "s");
    w->stop();
    waitFor([&] { return w->state().mode == AutomationState::Mode::Stopped; }, 5000);
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
    // --only ringing|faults: just that scenario
    const int only = int(app.arguments().indexOf(QStringLiteral("--only")));
    const QString scenario = only >= 0 ? app.arguments().value(only + 1) : QString();
    if (scenario == QLatin1String("ringing") || scenario == QLatin1String("faults")) {
        if (scenario == QLatin1String("ringing"))
            ringing(quick ? 10 : 40, quick ? 15'000 : 60'000);
        else {
            faultStorm(160, 30'000, false);
            faultStorm(160, 30'000, true);
        }
        return 0;
    }
    pipelineOverhead(quick ? 100 : 1000);
    timeToText(quick ? 10 : 40, 5000, quick ? 10'000 : 60'000);
    pollCycleCost(0);
    pollCycleCost(quick ? 10'000 : 100'000);
    catchUp(5000);
    ringing(quick ? 10 : 40, quick ? 15'000 : 60'000);
    faultStorm(160, 30'000, false);
    faultStorm(160, 30'000, true);
    return 0;
}
