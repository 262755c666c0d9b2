// The built-in office simulator: a deterministic VoipProvider whose calls follow Twilio's shapes
// and whose texts are delivered, bounced by land lines, answered and opted out of, all in
// simulated time driven by a ManualClock.
#include "common/Clock.h"
#include "phone/PhoneNumberService.h"
#include "providers/simulator/ReplyScript.h"
#include "providers/simulator/SimulatedCallers.h"
#include "providers/simulator/SimulatedCarrier.h"
#include "providers/simulator/SimulatedOffice.h"
#include "providers/simulator/SimulatorProvider.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <cmath>
#include <map>
#include <memory>
#include <set>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::OutcomeWeights)
Q_DECLARE_METATYPE(ringback::MessageStatus)
Q_DECLARE_METATYPE(ringback::ProviderError::Kind)

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); // a Monday, 3 a.m. in Austin
const QString mainLine = QStringLiteral("+15125550100");

// What a request answered, and whether it answered only after the request had returned.
template <class T>
struct Answer
{
    bool async = false;
    std::optional<ProviderResult<T>> result;

    bool ok() const { return async && result && result->ok(); }
    // An empty value when the request failed, so that a failing test reports instead of crashing.
    const T& value() const
    {
        static const T none{};
        return result && result->ok() ? result->value() : none;
    }
    ProviderError::Kind errorKind() const
    {
        return result && !result->ok() ? result->error().kind : ProviderError::Kind::MalformedResponse;
    }
    QString why() const
    {
        if (!result)
            return QStringLiteral("no answer");
        if (!async)
            return QStringLiteral("answered synchronously, inside the request");
        return result->ok() ? QString() : result->error().message;
    }
};

template <class T, class Request>
Answer<T> ask(Request&& request)
{
    auto answer = std::make_shared<Answer<T>>();
    auto returned = std::make_shared<bool>(false);
    request([answer, returned](ProviderResult<T> r) {
        answer->async = *returned;
        answer->result.emplace(std::move(r));
    });
    *returned = true;
    // A missing answer shows in the caller's check (why(): "no answer").
    (void)QTest::qWaitFor([&] { return answer->result.has_value(); }, 5000);
    return *answer;
}

#define REQUIRE_OK(answer) QVERIFY2((answer).ok(), qPrintable((answer).why()))

Answer<QList<Call>> listCalls(SimulatorProvider& p, const QDateTime& endedSince,
                              const QStringList& numbers = {})
{
    return ask<QList<Call>>([&](auto done) { p.listCalls(CallQuery{numbers, endedSince}, done); });
}

Answer<QList<Message>> listMessages(SimulatorProvider& p, const QDateTime& sentSince,
                                    const QStringList& numbers = {})
{
    return ask<QList<Message>>([&](auto done) { p.listMessages(MessageQuery{numbers, sentSince}, done); });
}

Answer<SentMessage> send(SimulatorProvider& p, const QString& to, const QString& from = mainLine)
{
    const QString body = QStringLiteral("Sorry we missed your call! How can we help?");
    return ask<SentMessage>([&](auto done) { p.sendMessage(OutgoingMessage{to, from, body}, done); });
}

Answer<Message> fetch(SimulatorProvider& p, const QString& id)
{
    return ask<Message>([&](auto done) { p.fetchMessage(id, done); });
}

SimulatorSettings liveOnly(quint64 seed = 7)
{
    SimulatorSettings s;
    s.seed = seed;
    s.start = t0;
    s.historyDays = 0;
    return s;
}

// A parent leg with its child legs, as a reader of the log groups them.
struct LoggedCall
{
    Call parent;
    QList<Call> children;
};

QList<LoggedCall> group(const QList<Call>& legs)
{
    std::map<QString, LoggedCall> bySid;
    for (const Call& c : legs) {
        if (c.parentProviderCallId.isEmpty())
            bySid[c.providerCallId].parent = c;
    }
    for (const Call& c : legs) {
        if (!c.parentProviderCallId.isEmpty())
            bySid[c.parentProviderCallId].children << c;
    }
    QList<LoggedCall> out;
    for (auto& [sid, call] : bySid)
        out << call;
    std::sort(out.begin(), out.end(), [](const LoggedCall& a, const LoggedCall& b) {
        return a.parent.startedAt < b.parent.startedAt;
    });
    return out;
}

// Which outcome the legs show, read the way the classifier reads them.
std::optional<SimulatedOutcome> outcomeOf(const LoggedCall& call, const SimulatorSettings& s)
{
    switch (call.parent.status) {
    case CallStatus::NoAnswer:
        return SimulatedOutcome::NoAnswer;
    case CallStatus::Busy:
        return SimulatedOutcome::Busy;
    case CallStatus::Canceled:
        return SimulatedOutcome::Canceled;
    case CallStatus::Failed:
        return SimulatedOutcome::Failed;
    case CallStatus::Completed:
        break;
    default:
        return std::nullopt;
    }
    if (call.children.size() != 1)
        return std::nullopt;
    const Call& child = call.children.first();
    if (child.status == CallStatus::NoAnswer || child.status == CallStatus::Busy)
        return SimulatedOutcome::ForwardedMissed;
    if (child.status != CallStatus::Completed || !child.durationSeconds)
        return std::nullopt;
    if (child.toNumber == s.frontDeskPhone)
        return SimulatedOutcome::Answered;
    return *child.durationSeconds < 10 ? SimulatedOutcome::CarrierVoicemail
                                       : SimulatedOutcome::ForwardedAnswered;
}

QList<Call> sortedBySid(QList<Call> legs)
{
    std::sort(legs.begin(), legs.end(),
              [](const Call& a, const Call& b) { return a.providerCallId < b.providerCallId; });
    return legs;
}

// Numbers the simulator's carrier knows as land lines (wantLandline) or mobiles.
QStringList callersOfKind(const SimulatorProvider& p, bool wantLandline, int count)
{
    QStringList out;
    for (const QString& n : p.office().callers().regulars()) {
        if (p.isLandline(n) == wantLandline && out.size() < count)
            out << n;
    }
    return out;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void callbacksAreQueued();
    void noCallbackAfterDestruction();
    void accountAndNumbers();
    void aRestartedCarrierNeverReusesATextId();
    void aRestartedDemoNeverReusesACallId();

    void sameSeedSameCallsWhateverThePolling_data();
    void sameSeedSameCallsWhateverThePolling();
    void differentSeedDifferentCalls();
    void outcomesFollowTheWeights_data();
    void outcomesFollowTheWeights();
    void liveRateMatchesTheSetting_data();
    void liveRateMatchesTheSetting();
    void speedRunsSimulatedTimeFaster();
    void historyCoversThirtyDaysAtTheHistoryRate();
    void historyHoldsTheOfficesTextsAndWhatCameOfThem();

    void forwardedMissHasCompletedParentAndUnansweredChild();
    void carrierVoicemailIsCompletedAndShort();
    void unansweredCallsHaveNoDuration();
    void everyCallerIsE164OrWithheld();
    void callsShowRingingBeforeTheirFinalStatus();
    void ringingCallsAreListedLiveAndFetchedById();
    void watermarkAndNumberFilter();

    void textDeliveryFollowsTheLineType_data();
    void textDeliveryFollowsTheLineType();
    void repliesArriveAfterTheirDelayAndNotBefore();
    void sameSeedSameReplies();
    void conversationsOpenWithAJobAndGoOnBriefly();
    void stopReplyOptsOutUntilStart();
    void sendRefusesWhatCannotSucceed_data();
    void sendRefusesWhatCannotSucceed();
    void injectedFailuresAreTypedAndRunOut();
    void demoIsLivelyInItsFirstTwoMinutes();
};

void TestSimulator::callbacksAreQueued()
{
    ManualClock clock(t0);
    SimulatorProvider p(liveOnly(), clock);
    clock.advanceSecs(600);
    // ask() records whether the answer came before the request returned.
    REQUIRE_OK(ask<AccountInfo>([&](auto done) { p.verifyCredentials(done); }));
    REQUIRE_OK(ask<QList<ProviderNumber>>([&](auto done) { p.listNumbers(done); }));
    REQUIRE_OK(listCalls(p, t0));
    REQUIRE_OK(listMessages(p, t0));
    const auto sent = send(p, callersOfKind(p, false, 1).value(0));
    REQUIRE_OK(sent);
    REQUIRE_OK(fetch(p, sent.value().providerMessageId));
}

void TestSimulator::noCallbackAfterDestruction()
{
    ManualClock clock(t0);
    auto p = std::make_unique<SimulatorProvider>(liveOnly(), clock);
    int calls = 0;
    p->listCalls(CallQuery{{}, t0}, [&calls](ProviderResult<QList<Call>>) { ++calls; });
    p->verifyCredentials([&calls](ProviderResult<AccountInfo>) { ++calls; });
    p.reset();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

void TestSimulator::accountAndNumbers()
{
    ManualClock clock(t0);
    SimulatorProvider p(liveOnly(), clock);
    QCOMPARE(p.kind(), QStringLiteral("simulator"));
    const auto account = ask<AccountInfo>([&](auto done) { p.verifyCredentials(done); });
    REQUIRE_OK(account);
    QVERIFY(account.value().accountId.startsWith(QLatin1String("ACsimulator")));
    QCOMPARE(account.value().accountId.size(), 34);
    QVERIFY(account.value().friendlyName.contains(p.settings().businessName));
    QCOMPARE(account.value().status, QStringLiteral("active"));

    const auto numbers = ask<QList<ProviderNumber>>([&](auto done) { p.listNumbers(done); });
    REQUIRE_OK(numbers);
    QCOMPARE(numbers.value().size(), p.settings().businessNumbers.size());
    PhoneNumberService phone;
    for (const ProviderNumber& n : numbers.value()) {
        QVERIFY(p.settings().businessNumbers.contains(n.e164));
        QVERIFY2(phone.parse(n.e164).isValid(), qPrintable(n.e164));
        QVERIFY(n.providerId.startsWith(QLatin1String("PN")));
        QVERIFY(n.smsCapable && n.voiceCapable);
    }
}

void TestSimulator::sameSeedSameCallsWhateverThePolling_data()
{
    QTest::addColumn<int>("pollEverySeconds");
    QTest::newRow("every 5 s") << 5;
    QTest::newRow("every 61 s") << 61;
    QTest::newRow("every 17 min") << 17 * 60;
    QTest::newRow("once") << 3 * 3600;
}

void TestSimulator::sameSeedSameCallsWhateverThePolling()
{
    QFETCH(int, pollEverySeconds);
    const QDateTime end = t0.addSecs(3 * 3600);

    // Reference: one poll at the end for everything that ended since the start.
    ManualClock refClock(end);
    SimulatorProvider reference(liveOnly(), refClock);
    const auto all = listCalls(reference, t0);
    REQUIRE_OK(all);
    QVERIFY(all.value().size() > 100);

    // A poller that asks for what ended since its previous poll, keeping the latest view of each leg.
    ManualClock clock(t0);
    SimulatorProvider polled(liveOnly(), clock);
    QHash<QString, Call> seen;
    QDateTime watermark = t0;
    while (clock.nowUtc() < end) {
        clock.set(std::min(end, clock.nowUtc().addSecs(pollEverySeconds)));
        const auto page = listCalls(polled, watermark);
        REQUIRE_OK(page);
        for (const Call& c : page.value())
            seen.insert(c.providerCallId, c);
        watermark = clock.nowUtc();
    }
    const QList<Call> expected = sortedBySid(all.value());
    const QList<Call> got = sortedBySid(seen.values());
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i)
        QVERIFY2(got.at(i).sameProviderFacts(expected.at(i)), qPrintable(got.at(i).providerCallId));
}

void TestSimulator::differentSeedDifferentCalls()
{
    ManualClock clock(t0.addSecs(3600));
    SimulatorProvider a(liveOnly(1), clock);
    SimulatorProvider b(liveOnly(2), clock);
    const auto callsA = listCalls(a, t0);
    const auto callsB = listCalls(b, t0);
    REQUIRE_OK(callsA);
    REQUIRE_OK(callsB);
    QSet<QString> sidsA, startsA, startsB;
    for (const Call& c : callsA.value()) {
        sidsA << c.providerCallId;
        startsA << c.startedAt.toString(Qt::ISODate) + c.fromNumber;
    }
    for (const Call& c : callsB.value()) {
        QVERIFY(!sidsA.contains(c.providerCallId));
        startsB << c.startedAt.toString(Qt::ISODate) + c.fromNumber;
    }
    QVERIFY(!startsA.isEmpty() && !startsB.isEmpty());
    QVERIFY(!startsA.intersects(startsB));
}

void TestSimulator::outcomesFollowTheWeights_data()
{
    QTest::addColumn<OutcomeWeights>("weights");
    QTest::newRow("defaults") << OutcomeWeights{};
    QTest::newRow("every missed kind alike, nothing answered")
        << OutcomeWeights{0, 20, 20, 20, 20, 20, 0, 20};
    QTest::newRow("answered or forwarded only") << OutcomeWeights{50, 0, 0, 0, 0, 25, 25, 0};
}

void TestSimulator::outcomesFollowTheWeights()
{
    QFETCH(OutcomeWeights, weights);
    SimulatorSettings s = liveOnly(11);
    s.outcomes = weights;
    ManualClock clock(t0.addDays(2));
    SimulatorProvider p(s, clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);

    std::map<SimulatedOutcome, int> counts;
    int n = 0;
    for (const LoggedCall& call : group(legs.value())) {
        if (!isFinal(call.parent.status))
            continue;
        const auto outcome = outcomeOf(call, s);
        QVERIFY2(outcome, qPrintable(call.parent.providerCallId));
        ++counts[*outcome];
        ++n;
    }
    QVERIFY(n > 5000); // two days at one call per 30 s: 5,760 expected
    // Each count is binomial(n, p). With n near 5,760 a count 4.5 standard deviations away from n*p
    // has a chance below 7e-6 per outcome: a seed that fails this is broken, not unlucky. A zero
    // weight must give exactly zero.
    const std::map<SimulatedOutcome, int> weightOf{
        {SimulatedOutcome::Answered, weights.answered},
        {SimulatedOutcome::NoAnswer, weights.noAnswer},
        {SimulatedOutcome::Busy, weights.busy},
        {SimulatedOutcome::Canceled, weights.canceled},
        {SimulatedOutcome::Failed, weights.failed},
        {SimulatedOutcome::ForwardedMissed, weights.forwardedMissed},
        {SimulatedOutcome::ForwardedAnswered, weights.forwardedAnswered},
        {SimulatedOutcome::CarrierVoicemail, weights.carrierVoicemail},
    };
    int total = 0;
    for (const auto& [outcome, weight] : weightOf)
        total += weight;
    for (const auto& [outcome, weight] : weightOf) {
        const int i = int(outcome);
        const double pr = double(weight) / total;
        const double expected = n * pr;
        const double sigma = std::sqrt(n * pr * (1 - pr));
        const int got = counts[outcome];
        QVERIFY2(std::abs(got - expected) <= 4.5 * sigma,
                 qPrintable(QStringLiteral("outcome %1: %2 calls, expected %3 ± %4")
                                .arg(i)
                                .arg(got)
                                .arg(expected)
                                .arg(4.5 * sigma)));
    }
}

void TestSimulator::liveRateMatchesTheSetting_data()
{
    QTest::addColumn<int>("meanSeconds");
    QTest::newRow("demo, one call per 25 s") << 25;
    QTest::newRow("one call per 40 s") << 40;
    QTest::newRow("one call per 5 min") << 300;
}

void TestSimulator::liveRateMatchesTheSetting()
{
    QFETCH(int, meanSeconds);
    SimulatorSettings s = liveOnly(3);
    s.liveMeanSecondsBetweenCalls = meanSeconds;
    const int seconds = 24 * 3600;
    ManualClock clock(t0.addSecs(seconds));
    SimulatorProvider p(s, clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    int parents = 0;
    for (const Call& c : legs.value()) {
        QVERIFY(c.startedAt >= t0);
        parents += c.parentProviderCallId.isEmpty() ? 1 : 0;
    }
    // A Poisson count: its standard deviation is the square root of its mean; 4.5 of them is a
    // deviation no working seed reaches (p < 7e-6), and still well inside a broken rate's miss.
    const double expected = double(seconds) / meanSeconds;
    QVERIFY2(std::abs(parents - expected) <= 4.5 * std::sqrt(expected),
             qPrintable(QStringLiteral("%1 calls in a day, expected %2").arg(parents).arg(expected)));
}

void TestSimulator::speedRunsSimulatedTimeFaster()
{
    SimulatorSettings s = liveOnly(5);
    s.speed = 10;
    ManualClock clock(t0);
    SimulatorProvider p(s, clock);
    QCOMPARE(p.simulatedNow(), t0);
    clock.advanceSecs(60);
    QCOMPARE(p.simulatedNow(), t0.addSecs(600));
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    QDateTime latest;
    for (const Call& c : legs.value()) {
        QVERIFY(c.startedAt <= t0.addSecs(600));
        latest = std::max(latest, c.startedAt);
    }
    // Ten minutes of calls after one real minute (one call per 30 s: a call after 60 s is certain
    // enough: the chance of none in nine minutes is e^-18).
    QVERIFY(latest > t0.addSecs(60));
}

void TestSimulator::historyCoversThirtyDaysAtTheHistoryRate()
{
    SimulatorSettings s;
    s.seed = 9;
    s.start = t0;
    s.historyCallsPerBusinessDay = 30;
    ManualClock clock(t0);
    SimulatorProvider p(s, clock);
    const auto legs = listCalls(p, t0.addDays(-40));
    REQUIRE_OK(legs);

    // Count only the local days wholly inside the 30-day window.
    const QTimeZone austin("America/Chicago");
    const QDate firstDay = t0.addDays(-30).toTimeZone(austin).date().addDays(1);
    const QDate lastDay = t0.toTimeZone(austin).date().addDays(-1);
    int weekdays = 0, weekendDays = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1))
        ++(d.dayOfWeek() <= 5 ? weekdays : weekendDays);
    int onWeekdays = 0, inBusinessHours = 0, onWeekends = 0;
    for (const Call& c : legs.value()) {
        if (!c.parentProviderCallId.isEmpty())
            continue;
        QVERIFY(c.startedAt >= t0.addDays(-30));
        QVERIFY(c.startedAt < t0);
        const QDateTime local = c.startedAt.toTimeZone(austin);
        if (local.date() < firstDay || local.date() > lastDay)
            continue;
        if (local.date().dayOfWeek() > 5) {
            ++onWeekends;
            continue;
        }
        ++onWeekdays;
        if (local.time().hour() >= 7 && local.time().hour() < 18)
            ++inBusinessHours;
    }
    // 20 weekdays at 30 calls: a Poisson count near 600, whose standard deviation is 24.5; 20% is
    // 4.9 of them.
    QCOMPARE(weekdays, 20);
    const double perWeekday = double(onWeekdays) / weekdays;
    QVERIFY2(std::abs(perWeekday - 30) <= 30 * 0.2,
             qPrintable(QStringLiteral("%1 calls per weekday, expected 30").arg(perWeekday)));
    // By the hourly profile, 88% of a weekday's calls fall between 7:00 and 18:00.
    QVERIFY2(inBusinessHours > 0.8 * onWeekdays, qPrintable(QString::number(inBusinessHours)));
    // Weekends: a third of a weekday on Saturday, less on Sunday.
    QVERIFY(weekendDays > 0 && double(onWeekends) / weekendDays < 0.5 * perWeekday);
}

void TestSimulator::historyHoldsTheOfficesTextsAndWhatCameOfThem()
{
    SimulatorSettings s;
    s.seed = 19;
    s.start = t0;
    ManualClock clock(t0);
    SimulatorProvider p(s, clock);
    const auto legs = listCalls(p, {});
    REQUIRE_OK(legs);
    QSet<QString> missedCallers;
    for (const LoggedCall& call : group(legs.value())) {
        const auto outcome = outcomeOf(call, s);
        if (outcome && outcome != SimulatedOutcome::Answered &&
            outcome != SimulatedOutcome::ForwardedAnswered)
            missedCallers << call.parent.fromNumber;
    }
    const auto messages = listMessages(p, {});
    REQUIRE_OK(messages);
    int delivered = 0, undelivered = 0, replies = 0;
    QStringList stopped;
    for (const Message& m : messages.value()) {
        QVERIFY(m.createdAt < t0);
        if (m.direction == MessageDirection::Outbound) {
            // Texted by hand, only to people whose call was missed, and long since final.
            QVERIFY(s.businessNumbers.contains(m.fromNumber));
            QVERIFY2(missedCallers.contains(m.toNumber), qPrintable(m.toNumber));
            QCOMPARE(m.status,
                     p.isLandline(m.toNumber) ? MessageStatus::Undelivered : MessageStatus::Delivered);
            ++(m.status == MessageStatus::Delivered ? delivered : undelivered);
        } else {
            ++replies;
            if (sim::SimulatedCarrier::isStopKeyword(m.body))
                stopped << m.fromNumber;
        }
    }
    // About 700 calls, half missed, 40% of those texted: some of every kind.
    QVERIFY2(delivered > 50 && undelivered > 0 && replies > 20 && !stopped.isEmpty(),
             qPrintable(QStringLiteral("%1 delivered, %2 undelivered, %3 replies, %4 STOP")
                            .arg(delivered)
                            .arg(undelivered)
                            .arg(replies)
                            .arg(stopped.size())));
    // An opt-out from the history still holds.
    const auto refused = send(p, stopped.first());
    QCOMPARE(refused.errorKind(), ProviderError::Kind::OptedOut);
}

void TestSimulator::forwardedMissHasCompletedParentAndUnansweredChild()
{
    ManualClock clock(t0.addSecs(6 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    const QRegularExpression sid(QStringLiteral("^CA[0-9a-f]{32}$"));
    std::set<CallStatus> childStatuses;
    for (const LoggedCall& call : group(legs.value())) {
        QVERIFY(sid.match(call.parent.providerCallId).hasMatch());
        QCOMPARE(call.parent.direction, CallDirection::Inbound);
        QVERIFY(p.settings().businessNumbers.contains(call.parent.toNumber));
        if (outcomeOf(call, p.settings()) != SimulatedOutcome::ForwardedMissed)
            continue;
        const Call& child = call.children.first();
        QCOMPARE(call.parent.status, CallStatus::Completed);
        QVERIFY(sid.match(child.providerCallId).hasMatch());
        QCOMPARE(child.parentProviderCallId, call.parent.providerCallId);
        QCOMPARE(child.direction, CallDirection::OutboundDial);
        QVERIFY(p.settings().staffCells.contains(child.toNumber));
        QCOMPARE(child.fromNumber, call.parent.fromNumber);
        QVERIFY(!child.durationSeconds);
        QVERIFY(child.endedAt <= call.parent.endedAt);
        childStatuses.insert(child.status);
    }
    QVERIFY(childStatuses == (std::set<CallStatus>{CallStatus::NoAnswer, CallStatus::Busy}));
}

void TestSimulator::carrierVoicemailIsCompletedAndShort()
{
    ManualClock clock(t0.addSecs(6 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    int voicemails = 0;
    for (const LoggedCall& call : group(legs.value())) {
        if (outcomeOf(call, p.settings()) != SimulatedOutcome::CarrierVoicemail)
            continue;
        ++voicemails;
        QCOMPARE(call.parent.status, CallStatus::Completed);
        QVERIFY(call.parent.durationSeconds);
        QVERIFY2(*call.parent.durationSeconds >= 3 && *call.parent.durationSeconds <= 8,
                 qPrintable(QString::number(*call.parent.durationSeconds)));
        QVERIFY(*call.children.first().durationSeconds >= 3);
    }
    QVERIFY(voicemails > 20);
}

void TestSimulator::unansweredCallsHaveNoDuration()
{
    ManualClock clock(t0.addSecs(6 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    std::set<CallStatus> unanswered;
    int answered = 0;
    for (const LoggedCall& call : group(legs.value())) {
        const CallStatus st = call.parent.status;
        if (st == CallStatus::Busy || st == CallStatus::NoAnswer || st == CallStatus::Failed ||
            st == CallStatus::Canceled) {
            unanswered.insert(st);
            QVERIFY(!call.parent.durationSeconds);
            QVERIFY(call.children.isEmpty());
        }
        const auto outcome = outcomeOf(call, p.settings());
        if (outcome == SimulatedOutcome::Answered || outcome == SimulatedOutcome::ForwardedAnswered) {
            ++answered;
            QVERIFY(*call.children.first().durationSeconds >= 45);
            QVERIFY(*call.parent.durationSeconds > *call.children.first().durationSeconds);
        }
    }
    QCOMPARE(unanswered.size(), std::size_t(4));
    QVERIFY(answered > 100);
}

void TestSimulator::everyCallerIsE164OrWithheld()
{
    ManualClock clock(t0.addDays(1));
    SimulatorProvider p(liveOnly(21), clock);
    const auto legs = listCalls(p, t0);
    REQUIRE_OK(legs);
    PhoneNumberService phone;
    QHash<QString, int> callsPerNumber;
    QSet<QString> areaCodes;
    int withheld = 0;
    for (const Call& c : legs.value()) {
        if (!c.parentProviderCallId.isEmpty())
            continue;
        if (PhoneNumberService::isWithheldCallerId(c.fromNumber)) {
            ++withheld;
            continue;
        }
        const PhoneNumberInfo info = phone.parse(c.fromNumber);
        QVERIFY2(info.isValid() && info.e164 == c.fromNumber, qPrintable(c.fromNumber));
        QVERIFY(!p.settings().businessNumbers.contains(c.fromNumber));
        ++callsPerNumber[c.fromNumber];
        areaCodes << c.fromNumber.mid(2, 3);
    }
    QVERIFY(withheld > 0);
    // Regulars call again.
    QVERIFY(std::count_if(callsPerNumber.cbegin(), callsPerNumber.cend(), [](int n) { return n >= 3; }) >=
            10);
    for (const QString& code : p.settings().localAreaCodes + p.settings().neighbourAreaCodes)
        QVERIFY2(areaCodes.contains(code), qPrintable(code));
    // Some are land lines, most are not.
    int landlines = 0;
    for (auto it = callsPerNumber.cbegin(); it != callsPerNumber.cend(); ++it)
        landlines += p.isLandline(it.key()) ? 1 : 0;
    QVERIFY(landlines > 0 && landlines < callsPerNumber.size() / 3);
}

void TestSimulator::callsShowRingingBeforeTheirFinalStatus()
{
    ManualClock clock(t0.addSecs(3 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const auto all = listCalls(p, t0);
    REQUIRE_OK(all);
    std::optional<LoggedCall> noAnswer, answered;
    for (const LoggedCall& call : group(all.value())) {
        const auto outcome = outcomeOf(call, p.settings());
        if (outcome == SimulatedOutcome::NoAnswer && !noAnswer)
            noAnswer = call;
        if (outcome == SimulatedOutcome::Answered && !answered)
            answered = call;
    }
    QVERIFY(noAnswer && answered);

    // A leg's status in a poll now; Unknown when the poll does not list it.
    const auto statusNow = [&](const QString& sid) {
        const auto page = listCalls(p, clock.nowUtc());
        for (const Call& c : page.value()) {
            if (c.providerCallId == sid)
                return c.status;
        }
        return CallStatus::Unknown;
    };
    const auto legNow = [&](const QString& sid) -> std::optional<Call> {
        const auto page = listCalls(p, clock.nowUtc());
        for (const Call& c : page.value()) {
            if (c.providerCallId == sid)
                return c;
        }
        return std::nullopt;
    };

    // Not listed before it starts; ringing while it rings; then straight to no-answer.
    const Call& missed = noAnswer->parent;
    clock.set(missed.startedAt.addSecs(-1));
    QCOMPARE(statusNow(missed.providerCallId), CallStatus::Unknown);
    clock.set(missed.startedAt.addSecs(5));
    const auto ringing = legNow(missed.providerCallId);
    QVERIFY(ringing);
    QCOMPARE(ringing->status, CallStatus::Ringing);
    QVERIFY(!ringing->endedAt.isValid());
    QVERIFY(!ringing->durationSeconds);
    clock.set(missed.endedAt);
    QCOMPARE(statusNow(missed.providerCallId), CallStatus::NoAnswer);

    // An answered call: the parent is in progress while its desk leg rings, then is answered.
    const Call& child = answered->children.first();
    clock.set(child.startedAt);
    QCOMPARE(statusNow(answered->parent.providerCallId), CallStatus::InProgress);
    QCOMPARE(statusNow(child.providerCallId), CallStatus::Ringing);
    clock.set(child.endedAt.addSecs(-1));
    QCOMPARE(statusNow(child.providerCallId), CallStatus::InProgress);
    clock.set(answered->parent.endedAt);
    QCOMPARE(statusNow(answered->parent.providerCallId), CallStatus::Completed);
    QCOMPARE(statusNow(child.providerCallId), CallStatus::Completed);
}

// Issue 17: unanswered calls ring 6-20 s; while they ring the live listing shows them, and a
// fetch by id follows each one to its final status.
void TestSimulator::ringingCallsAreListedLiveAndFetchedById()
{
    ManualClock clock(t0.addSecs(3 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const auto all = listCalls(p, t0);
    REQUIRE_OK(all);
    QList<Call> unanswered;
    for (const LoggedCall& call : group(all.value())) {
        if (outcomeOf(call, p.settings()) == SimulatedOutcome::NoAnswer)
            unanswered << call.parent;
    }
    QVERIFY(unanswered.size() >= 3);
    for (const Call& c : std::as_const(unanswered)) {
        const qint64 rings = c.startedAt.secsTo(c.endedAt);
        QVERIFY2(rings >= 6 && rings <= 20, qPrintable(QString::number(rings)));
    }

    const Call& missed = unanswered.first();
    clock.set(missed.startedAt.addSecs(3));
    const auto live = ask<QList<Call>>([&](auto done) { p.listLiveCalls({mainLine}, done); });
    REQUIRE_OK(live);
    bool listed = false;
    for (const Call& c : live.value()) {
        QVERIFY(!isFinal(c.status));
        QCOMPARE(c.direction, CallDirection::Inbound);
        listed = listed || c.providerCallId == missed.providerCallId;
    }
    QVERIFY(listed);
    const auto ringing = ask<Call>([&](auto done) { p.fetchCall(missed.providerCallId, done); });
    REQUIRE_OK(ringing);
    QCOMPARE(ringing.value().status, CallStatus::Ringing);

    clock.set(missed.endedAt);
    const auto ended = ask<Call>([&](auto done) { p.fetchCall(missed.providerCallId, done); });
    REQUIRE_OK(ended);
    QCOMPARE(ended.value().status, CallStatus::NoAnswer);
    QCOMPARE(ended.value().endedAt, missed.endedAt);
    const auto after = ask<QList<Call>>([&](auto done) { p.listLiveCalls({mainLine}, done); });
    for (const Call& c : after.value())
        QVERIFY(c.providerCallId != missed.providerCallId);

    const auto unknown = ask<Call>([&](auto done) { p.fetchCall(QStringLiteral("CAnosuchcall"), done); });
    QCOMPARE(unknown.errorKind(), ProviderError::Kind::NotFound);
}

void TestSimulator::watermarkAndNumberFilter()
{
    ManualClock clock(t0.addSecs(2 * 3600));
    SimulatorProvider p(liveOnly(), clock);
    const QDateTime since = t0.addSecs(3600);
    const auto recent = listCalls(p, since);
    REQUIRE_OK(recent);
    const auto everything = listCalls(p, t0);
    REQUIRE_OK(everything);
    QVERIFY(!recent.value().isEmpty() && recent.value().size() < everything.value().size());
    for (const Call& c : recent.value())
        QVERIFY(!isFinal(c.status) || c.endedAt >= since);

    const QString second = p.settings().businessNumbers.at(1);
    const auto onSecond = listCalls(p, t0, {second});
    REQUIRE_OK(onSecond);
    QVERIFY(!onSecond.value().isEmpty());
    for (const LoggedCall& call : group(onSecond.value()))
        QCOMPARE(call.parent.toNumber, second);
}

void TestSimulator::textDeliveryFollowsTheLineType_data()
{
    QTest::addColumn<bool>("landline");
    QTest::addColumn<MessageStatus>("finalStatus");
    QTest::addColumn<int>("errorCode");
    QTest::newRow("mobile: delivered") << false << MessageStatus::Delivered << 0;
    QTest::newRow("landline: undelivered 30006") << true << MessageStatus::Undelivered << 30006;
}

void TestSimulator::textDeliveryFollowsTheLineType()
{
    QFETCH(bool, landline);
    QFETCH(MessageStatus, finalStatus);
    QFETCH(int, errorCode);
    ManualClock clock(t0);
    SimulatorProvider p(liveOnly(), clock);
    const QString to = callersOfKind(p, landline, 1).value(0);
    QVERIFY(!to.isEmpty());

    const auto sent = send(p, to);
    REQUIRE_OK(sent);
    QVERIFY(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$"))
                .match(sent.value().providerMessageId)
                .hasMatch());
    QCOMPARE(sent.value().status, MessageStatus::Queued);
    QCOMPARE(sent.value().createdAt, t0);

    // Sampled every second: queued, then sent, then the final status, which stays.
    QList<MessageStatus> sequence;
    for (int s = 0; s <= 30; ++s) {
        const auto m = fetch(p, sent.value().providerMessageId);
        REQUIRE_OK(m);
        if (sequence.isEmpty() || sequence.last() != m.value().status)
            sequence << m.value().status;
        clock.advanceSecs(1);
    }
    QCOMPARE(sequence, (QList<MessageStatus>{MessageStatus::Queued, MessageStatus::Sent, finalStatus}));
    const auto final = fetch(p, sent.value().providerMessageId);
    QCOMPARE(final.value().errorCode.value_or(0), errorCode);
    QCOMPARE(final.value().direction, MessageDirection::Outbound);
    QCOMPARE(final.value().toNumber, to);
    QCOMPARE(final.value().fromNumber, mainLine);

    // listMessages reports the same current status.
    const auto listed = listMessages(p, t0);
    REQUIRE_OK(listed);
    const auto ours = std::find_if(listed.value().cbegin(), listed.value().cend(), [&](const Message& m) {
        return m.providerMessageId == sent.value().providerMessageId;
    });
    QVERIFY(ours != listed.value().cend());
    QCOMPARE(ours->status, finalStatus);
}

void TestSimulator::repliesArriveAfterTheirDelayAndNotBefore()
{
    ManualClock clock(t0);
    SimulatorSettings s = liveOnly(13);
    SimulatorProvider p(s, clock);
    const QStringList mobiles = callersOfKind(p, false, 25);
    QCOMPARE(mobiles.size(), 25);
    for (const QString& to : mobiles)
        REQUIRE_OK(send(p, to));

    // Poll every 5 s for 10 minutes: a reply is never listed before its time.
    QHash<QString, Message> replies;
    while (clock.nowUtc() < t0.addSecs(600)) {
        clock.advanceSecs(5);
        const auto page = listMessages(p, t0);
        REQUIRE_OK(page);
        for (const Message& m : page.value()) {
            QVERIFY(m.createdAt <= clock.nowUtc());
            if (m.direction == MessageDirection::Inbound)
                replies.insert(m.providerMessageId, m);
        }
    }
    const QStringList openings = sim::ReplyScript::openings();
    QVERIFY(openings.size() >= 40);
    QSet<QString> answered;
    int openingReplies = 0;
    for (const Message& m : std::as_const(replies)) {
        QVERIFY(mobiles.contains(m.fromNumber));
        QCOMPARE(m.toNumber, mainLine);
        QCOMPARE(m.status, MessageStatus::Received);
        // First replies come between the minimum and maximum delay; second ones up to 2 min later.
        QVERIFY2(m.createdAt >= t0.addSecs(s.replyDelayMinSeconds),
                 qPrintable(m.createdAt.toString(Qt::ISODate)));
        QVERIFY(m.createdAt <= t0.addSecs(s.replyDelayMaxSeconds + 120));
        answered << m.fromNumber;
        openingReplies += openings.contains(m.body) ? 1 : 0;
    }
    // With 60% replying and 7% STOP among 25 people, both repliers and the silent exist.
    QVERIFY(answered.size() >= 5 && answered.size() < mobiles.size());
    QVERIFY(openingReplies >= 5);
}

void TestSimulator::sameSeedSameReplies()
{
    const auto conversation = [](quint64 seed) {
        ManualClock clock(t0);
        SimulatorProvider p(liveOnly(seed), clock);
        for (const QString& to : callersOfKind(p, false, 10))
            send(p, to);
        clock.advanceSecs(900);
        QStringList lines;
        const auto page = listMessages(p, t0);
        for (const Message& m : page.value())
            lines << m.providerMessageId + m.createdAt.toString(Qt::ISODate) + m.fromNumber + m.body;
        return lines;
    };
    const QStringList first = conversation(31);
    QVERIFY(first.size() > 10); // our ten texts and some replies
    QCOMPARE(conversation(31), first);
    QVERIFY(conversation(32) != first);
}

void TestSimulator::conversationsOpenWithAJobAndGoOnBriefly()
{
    SimulatorSettings s = liveOnly(23);
    s.replyPercent = 100;
    s.stopPercent = 0;
    s.followUpPercent = 0;
    ManualClock clock(t0);
    SimulatorProvider p(s, clock);
    const QString to = callersOfKind(p, false, 1).value(0);
    const QStringList openings = sim::ReplyScript::openings();
    // The reply to a text sent now, once it has come.
    const auto replyToTextNow = [&] {
        const QDateTime sentAt = clock.nowUtc();
        if (!send(p, to).ok())
            return QStringLiteral("send failed");
        clock.advanceSecs(s.replyDelayMaxSeconds);
        const auto page = listMessages(p, sentAt);
        for (const Message& m : page.value()) {
            if (m.direction == MessageDirection::Inbound)
                return m.body;
        }
        return QStringLiteral("no reply");
    };
    const QString first = replyToTextNow();
    QVERIFY2(openings.contains(first), qPrintable(first));
    clock.advanceSecs(600);
    const QString second = replyToTextNow();
    QVERIFY2(!openings.contains(second) && second != QLatin1String("no reply"), qPrintable(second));
    // A day later it is a new job.
    clock.advanceSecs(24 * 3600);
    const QString third = replyToTextNow();
    QVERIFY2(openings.contains(third), qPrintable(third));
}

void TestSimulator::stopReplyOptsOutUntilStart()
{
    SimulatorSettings s = liveOnly(17);
    s.stopPercent = 100; // everyone answers STOP
    ManualClock clock(t0);
    SimulatorProvider p(s, clock);
    const QString to = callersOfKind(p, false, 1).value(0);
    REQUIRE_OK(send(p, to));

    // Until the STOP arrives, texting is still allowed.
    clock.advanceSecs(s.replyDelayMinSeconds - 1);
    REQUIRE_OK(send(p, to));
    clock.advanceSecs(s.replyDelayMaxSeconds + 1);
    const auto page = listMessages(p, t0);
    REQUIRE_OK(page);
    QVERIFY(std::any_of(page.value().cbegin(), page.value().cend(), [&](const Message& m) {
        return m.direction == MessageDirection::Inbound && m.fromNumber == to &&
               sim::SimulatedCarrier::isStopKeyword(m.body);
    }));

    const auto refused = send(p, to);
    QVERIFY(refused.async && refused.result && !refused.result->ok());
    QCOMPARE(refused.errorKind(), ProviderError::Kind::OptedOut);
    QCOMPARE(refused.result->error().providerCode, 21610);
    QVERIFY(!refused.result->error().isRetryable());
    QVERIFY(!refused.result->error().message.isEmpty());

    // Other people are unaffected; START opts back in.
    REQUIRE_OK(send(p, callersOfKind(p, false, 2).value(1)));
    clock.advanceSecs(1);
    p.receiveText(to, QStringLiteral("start"));
    REQUIRE_OK(send(p, to));
}

void TestSimulator::sendRefusesWhatCannotSucceed_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("withheld caller ID")
        << QStringLiteral("anonymous") << mainLine << ProviderError::Kind::InvalidNumber << 21211;
    QTest::newRow("too short") << QStringLiteral("+1512555") << mainLine << ProviderError::Kind::InvalidNumber
                               << 21211;
    QTest::newRow("from a number not on the account")
        << QStringLiteral("+15125550147") << QStringLiteral("+15125550199") << ProviderError::Kind::Rejected
        << 21606;
}

void TestSimulator::sendRefusesWhatCannotSucceed()
{
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(ProviderError::Kind, kind);
    QFETCH(int, code);
    ManualClock clock(t0);
    SimulatorProvider p(liveOnly(), clock);
    const auto refused = send(p, to, from);
    QVERIFY(refused.async && refused.result && !refused.result->ok());
    QCOMPARE(refused.errorKind(), kind);
    QCOMPARE(refused.result->error().providerCode, code);
    QVERIFY(!refused.result->error().isRetryable());
    // Nothing was recorded.
    QVERIFY(listMessages(p, {}).value().isEmpty());
}

void TestSimulator::injectedFailuresAreTypedAndRunOut()
{
    ManualClock clock(t0.addSecs(600));
    SimulatorProvider p(liveOnly(), clock);
    p.failNextRequests(2, ProviderError::Kind::ServerError);
    for (int i = 0; i < 2; ++i) {
        const auto failed = listCalls(p, t0);
        QVERIFY(failed.async && failed.result && !failed.result->ok());
        QCOMPARE(failed.errorKind(), ProviderError::Kind::ServerError);
        QVERIFY(failed.result->error().isRetryable());
    }
    REQUIRE_OK(listCalls(p, t0));

    p.failNextRequests(1, ProviderError::Kind::RateLimited);
    const auto limited = send(p, callersOfKind(p, false, 1).value(0));
    QCOMPARE(limited.errorKind(), ProviderError::Kind::RateLimited);
    QVERIFY(limited.async && limited.result->error().retryAfterSeconds);
    REQUIRE_OK(send(p, callersOfKind(p, false, 1).value(0)));
}

void TestSimulator::demoIsLivelyInItsFirstTwoMinutes()
{
    // What `ringback --demo` promises: within two minutes, several missed calls and replies.
    // Played like the worker: poll every 5 s, text each missed caller back at once.
    ManualClock clock(t0);
    SimulatorProvider p(SimulatorSettings::demo(t0), clock);
    QSet<QString> texted;
    for (int t = 5; t <= 120; t += 5) {
        clock.set(t0.addSecs(t));
        const auto legs = listCalls(p, t0);
        REQUIRE_OK(legs);
        for (const LoggedCall& call : group(legs.value())) {
            const auto outcome = outcomeOf(call, p.settings());
            if (!outcome || outcome == SimulatedOutcome::Answered ||
                outcome == SimulatedOutcome::ForwardedAnswered ||
                PhoneNumberService::isWithheldCallerId(call.parent.fromNumber) ||
                texted.contains(call.parent.fromNumber))
                continue;
            texted << call.parent.fromNumber;
            REQUIRE_OK(send(p, call.parent.fromNumber));
        }
    }
    const auto messages = listMessages(p, t0);
    REQUIRE_OK(messages);
    const auto replies =
        std::count_if(messages.value().cbegin(), messages.value().cend(),
                      [](const Message& m) { return m.direction == MessageDirection::Inbound; });
    QVERIFY2(texted.size() >= 4 && replies >= 3,
             qPrintable(QStringLiteral("%1 callers texted, %2 replies").arg(texted.size()).arg(replies)));
}

QTEST_GUILESS_MAIN(TestSimulator)
// The demo restarted on the same database: a fresh carrier counts its turns from zero again, yet
// its texts must not take the ids of the last run's (the store would update those old texts).
void TestSimulator::aRestartedCarrierNeverReusesATextId()
{
    const SimulatorSettings settings = liveOnly();
    const sim::SimulatedCallers callers(settings);
    const QString business = QStringLiteral("+15125550100");
    const QString caller = QStringLiteral("+15125550147");
    sim::SimulatedCarrier firstRun(settings, callers);
    const QString before = firstRun.send(business, caller, QStringLiteral("Hi"), t0);
    sim::SimulatedCarrier secondRun(settings, callers);
    const QString after = secondRun.send(business, caller, QStringLiteral("Hi"), t0.addSecs(3600));
    QVERIFY(!before.isEmpty());
    QVERIFY(before != after);
    // Still deterministic: the same run replayed gives the same id.
    sim::SimulatedCarrier replay(settings, callers);
    QCOMPARE(replay.send(business, caller, QStringLiteral("Hi"), t0), before);
}

// The demo restarted on the same database starts its office again at the new moment: its calls
// must not take the ids of the last run's (the store would take them for those old calls, and the
// restarted demo would look dead). Same start, same calls: still deterministic.
void TestSimulator::aRestartedDemoNeverReusesACallId()
{
    SimulatorSettings first = liveOnly();
    SimulatorSettings second = liveOnly();
    second.start = t0.addSecs(2 * 3600); // restarted two hours later
    ManualClock clock(t0.addSecs(4 * 3600));
    SimulatorProvider firstRun(first, clock);
    SimulatorProvider secondRun(second, clock);
    SimulatorProvider replay(first, clock);
    const auto before = listCalls(firstRun, t0);
    const auto after = listCalls(secondRun, second.start);
    const auto again = listCalls(replay, t0);
    REQUIRE_OK(before);
    REQUIRE_OK(after);
    REQUIRE_OK(again);
    QSet<QString> used;
    for (const Call& c : before.value())
        used << c.providerCallId;
    QVERIFY(!after.value().isEmpty());
    for (const Call& c : after.value())
        QVERIFY2(!used.contains(c.providerCallId), qPrintable(c.providerCallId));
    QCOMPARE(again.value().size(), before.value().size());
    for (int i = 0; i < before.value().size(); ++i)
        QCOMPARE(again.value().at(i).providerCallId, before.value().at(i).providerCallId);
}

#include "tst_simulator.moc"
