// What was seen 11: whether a caller's old reply cancelled the text-back of a new missed call
// depended on which poll ran first. DESIGN §3: the same provider history gives the same texts
// whatever the timing and order of the calls and messages polls.
//
// A property test. A seeded generator writes one office's history (missed and answered calls,
// replies, STOP, START, HELP, repeat callers within and beyond the cooldown) and replays it
// through the real pipeline (MissedCallProcessor, MessageIngestor, OutboxSender against a
// ScriptedProvider) several times: each replay polls at random moments (random chunkings of the
// history) and in a random order of the two polls each cycle. Every replay must send the same set
// of texts (to whom, which kind, for which call). RINGBACK_ORDER_SEEDS=n replays n histories
// instead of 50.
//
// One thing no poll order can decide is left out of the histories: a message or an answered call
// that comes within minutes AFTER a missed call (racing its text-back). Whether the text went
// first is then a real race, not an order of polls. Every such event comes later than the longest
// gap between two polls, so it always falls in a later poll than that missed call.
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/MessageIngestor.h"
#include "automation/MissedCallProcessor.h"
#include "automation/OutboxSender.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
constexpr qint64 kMaxPollGapSecs = 20 * 60; // a poll at least every 20 minutes (the PC is on)

struct History
{
    QList<Call> calls;
    QList<Message> messages;
    QDateTime end;
};

enum class Event { Missed, Answered, Reply, Stop, Start, Help };

History generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    History h;
    const int callers = 4 + int(rng.bounded(5));
    int serial = 0;
    for (int c = 0; c < callers; ++c) {
        const QString number = QStringLiteral("+1512555%1").arg(3000 + c);
        QDateTime t = kStart.addSecs(rng.bounded(6 * 3600));
        bool lastWasMissed = false;
        const int events = 3 + int(rng.bounded(7));
        for (int e = 0; e < events; ++e) {
            const quint32 roll = rng.bounded(100);
            const Event ev = roll < 40   ? Event::Missed
                             : roll < 48 ? Event::Answered
                             : roll < 70 ? Event::Reply
                             : roll < 80 ? Event::Stop
                             : roll < 90 ? Event::Start
                                         : Event::Help;
            const bool isCall = ev == Event::Missed || ev == Event::Answered;
            // The gap since this number's previous event: close (a repeat caller, a reply just
            // before a call), within the 24 h cooldown, or well beyond it.
            const quint32 g = rng.bounded(3);
            qint64 gap = g == 0   ? 30 + rng.bounded(8 * 60)
                         : g == 1 ? 3600 + rng.bounded(18 * 3600)
                                  : 28 * 3600 + rng.bounded(12 * 3600);
            if (lastWasMissed && ev != Event::Missed) // no reply or answered call racing a text-back
                gap = qMax<qint64>(gap, kMaxPollGapSecs + 5 * 60);
            if (e > 0)
                t = t.addSecs(gap);
            ++serial;
            if (isCall) {
                Call call;
                call.providerCallId = QStringLiteral("CA%1").arg(serial, 6, 10, QLatin1Char('0'));
                call.direction = CallDirection::Inbound;
                call.fromNumber = number;
                call.toNumber = kBusiness;
                call.status = ev == Event::Missed ? CallStatus::NoAnswer : CallStatus::Completed;
                call.startedAt = t.addSecs(-40);
                call.endedAt = t;
                if (ev == Event::Answered)
                    call.durationSeconds = 40;
                h.calls << call;
                if (ev == Event::Answered) {
                    // Answered: a staff cell phone took it (a completed child leg).
                    Call leg = call;
                    leg.providerCallId += QStringLiteral("L");
                    leg.parentProviderCallId = call.providerCallId;
                    leg.direction = CallDirection::OutboundDial;
                    leg.toNumber = QStringLiteral("+15125550188");
                    leg.durationSeconds = 35;
                    h.calls << leg;
                }
            } else {
                Message m;
                m.providerMessageId = QStringLiteral("SM%1").arg(serial, 6, 10, QLatin1Char('0'));
                m.direction = MessageDirection::Inbound;
                m.fromNumber = number;
                m.toNumber = kBusiness;
                m.status = MessageStatus::Received;
                m.createdAt = t;
                m.body = ev == Event::Reply   ? QStringLiteral("Yes please, the kitchen sink is blocked")
                         : ev == Event::Stop  ? QStringLiteral("STOP")
                         : ev == Event::Start ? QStringLiteral("START")
                                              : QStringLiteral("HELP");
                h.messages << m;
            }
            lastWasMissed = ev == Event::Missed;
            h.end = qMax(h.end.isValid() ? h.end : t, t);
        }
    }
    return h;
}

QDateTime timeOf(const Call& c)
{
    return c.endedAt;
}
QDateTime timeOf(const Message& m)
{
    return m.createdAt;
}

template <class Record>
QList<Record> visibleBetween(const QList<Record>& all, const QDateTime& after, const QDateTime& upTo)
{
    QList<Record> out;
    for (const Record& r : all) {
        if (timeOf(r) > after && timeOf(r) <= upTo)
            out << r;
    }
    return out;
}

// One replay: the sorted set of "to|kind|call" of every text sent.
QStringList replay(const History& h, quint32 chunkSeed, QString* error)
{
    QRandomGenerator rng(chunkSeed);
    ManualClock clock(kStart);
    TempDatabase store(QStringLiteral("replay"));
    if (!store.ok()) {
        *error = store.errorText();
        return {};
    }
    Database& db = store.db();
    const PhoneNumberService phone(QStringLiteral("US"));
    ScriptedProvider provider;
    provider.clock = &clock;
    MissedCallProcessor processor(db, phone, clock);
    ClassifierConfig classifier;
    classifier.businessNumbers = {kBusiness};
    PolicyConfig policy;
    policy.automationEnabledSince = kStart.addSecs(-3600);
    policy.businessNumbers = {kBusiness};
    processor.setRules(classifier, policy);
    processor.setComposer(
        [](TextBackTemplate, const Lead&) { return QStringLiteral("Sorry we missed your call!"); });
    MessageIngestor ingestor(db, phone, clock);
    ingestor.setHelpReply([] { return QStringLiteral("Test office: reply STOP to opt out."); });
    ingestor.setHourlyCap(policy.hourlyCap);
    OutboxSender sender(db, provider, clock, QStringLiteral("desk"));
    QSignalSpy finished(&sender, &OutboxSender::finished);

    QDateTime polled = kStart.addSecs(-1);
    QDateTime messagesKnownUntil = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const auto fail = [&](const StoreError& e) {
        *error = e.message + QStringLiteral(" / ") + e.detail;
        return QStringList();
    };
    const auto decide = [&]() -> bool {
        auto decided = processor.processPending(1000, messagesKnownUntil);
        if (!decided)
            fail(decided.error());
        return decided.ok();
    };
    while (polled < h.end.addSecs(3600)) {
        // A random moment for the next poll: seconds to kMaxPollGapSecs later.
        const QDateTime now = polled.addSecs(1 + rng.bounded(kMaxPollGapSecs));
        clock.set(now);
        const auto pollCalls = [&]() -> bool {
            if (auto r = CallStore(db).upsertAll(visibleBetween(h.calls, polled, now), now); !r)
                return fail(r.error()), false;
            return decide();
        };
        const auto pollMessages = [&]() -> bool {
            if (auto r = ingestor.ingest(visibleBetween(h.messages, polled, now)); !r)
                return fail(r.error()), false;
            messagesKnownUntil = now;
            return decide();
        };
        const bool callsFirst = rng.bounded(2) == 0;
        if (!(callsFirst ? pollCalls() && pollMessages() : pollMessages() && pollCalls()))
            return {};
        polled = now;
        const qsizetype before = finished.size();
        sender.run();
        if (finished.size() == before && !finished.wait(10'000)) {
            *error = QStringLiteral("the sender did not finish");
            return {};
        }
    }
    QStringList texts;
    auto q =
        db.exec(QStringLiteral("SELECT o.to_number, o.kind, COALESCE(c.provider_call_id, '') FROM outbox o "
                               "LEFT JOIN calls c ON c.id = o.call_id WHERE o.state = 'sent'"));
    if (!q)
        return fail(q.error());
    while (q->next())
        texts << QStringLiteral("%1|%2|%3")
                     .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    if (texts.size() != provider.sent.size()) {
        *error =
            QStringLiteral("%1 texts recorded as sent, %2 sent").arg(texts.size()).arg(provider.sent.size());
        return {};
    }
    texts.sort();
    return texts;
}

} // namespace

class TestOrderIndependence : public QObject
{
    Q_OBJECT
private slots:
    void sameHistorySameTexts_data();
    void sameHistorySameTexts();
};

void TestOrderIndependence::sameHistorySameTexts_data()
{
    QTest::addColumn<quint32>("seed");
    const int histories = qEnvironmentVariableIntValue("RINGBACK_ORDER_SEEDS") > 0
                              ? qEnvironmentVariableIntValue("RINGBACK_ORDER_SEEDS")
                              : 50;
    for (int i = 0; i < histories; ++i)
        QTest::newRow(qPrintable(QStringLiteral("history %1").arg(i + 1))) << quint32(20261203 + i * 7919);
}

void TestOrderIndependence::sameHistorySameTexts()
{
    QFETCH(quint32, seed);
    const History history = generate(seed);
    QString error;
    const QStringList first = replay(history, seed ^ 0x5eed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (quint32 chunking = 1; chunking <= 3; ++chunking) {
        const QStringList again = replay(history, seed * 31 + chunking, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (again != first) {
            QStringList onlyFirst, onlyAgain;
            for (const QString& t : first)
                if (!again.contains(t))
                    onlyFirst << t;
            for (const QString& t : again)
                if (!first.contains(t))
                    onlyAgain << t;
            // The history of the numbers concerned, to follow by hand.
            QStringList story;
            for (const QString& t : onlyFirst + onlyAgain) {
                const QString number = t.section(QLatin1Char('|'), 0, 0);
                for (const Call& c : history.calls) {
                    if (c.fromNumber == number && c.parentProviderCallId.isEmpty())
                        story << QStringLiteral("%1 call %2 %3")
                                     .arg(c.endedAt.toString(Qt::ISODate), c.providerCallId,
                                          toText(c.status));
                }
                for (const Message& m : history.messages) {
                    if (m.fromNumber == number)
                        story << QStringLiteral("%1 text %2 %3")
                                     .arg(m.createdAt.toString(Qt::ISODate), m.providerMessageId, m.body);
                }
            }
            story.sort();
            story.removeDuplicates();
            QFAIL(qPrintable(
                QStringLiteral("chunking %1 sent a different set of texts; only in the first replay: "
                               "[%2]; only in this one: [%3]; their history:\n  %4")
                    .arg(chunking)
                    .arg(onlyFirst.join(QStringLiteral(", ")), onlyAgain.join(QStringLiteral(", ")),
                         story.join(QStringLiteral("\n  ")))));
        }
    }
}

QTEST_GUILESS_MAIN(TestOrderIndependence)
#include "tst_orderindependence.moc"
