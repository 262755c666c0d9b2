// Intake by text, whole conversations (issue 18 items 3-5, DESIGN §11): after the caller's first
// reply to a text-back, the owner's questions go one at a time, each only after the previous was
// answered (or once after a silence), each exactly once through the outbox, held by the hourly
// cap, at a time the recipient's quiet hours allow; they stop when staff reply, assign the lead,
// or the caller opts out; answers fill the card. Each row is a conversation and the exact texts
// Ringback sent in it.
#include "TempDatabase.h"
#include "automation/MessageIngestor.h"
#include "automation/QueuedText.h"
#include "common/Clock.h"
#include "intake/IntakeCoordinator.h"
#include "intake/IntakeStore.h"
#include "intake/UrgentWords.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/OutboxStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kCustomer = QStringLiteral("+15125550147");
// Thursday 3 December 2026, 10:00 in Austin (UTC-6).
const QDateTime kStart(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC);

QString questionText(IntakeQuestion q)
{
    return QStringLiteral("Q:") + toText(q);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void conversation_data();
    void conversation();
    void eachQuestionIsQueuedOnce();
    void aQuestionWaitsForTheRecipientsDaytime();
    void overTheHourlyCapAQuestionIsHeld();
    void aQueuedQuestionIsNoLongerWantedOnceStaffReply();
    void offByDefaultButUrgentWordsStillCount();
    void ringbacksQuestionsDoNotEndTheCustomersWait();

private:
    // The text-back went out a minute before kStart.
    void textBackSent();
    QList<IngestedMessage> customerWrites(const QString& body, int media = 0);
    // What Ringback queued, as "Q:<question>", in order (cancelled ones too: they were decided).
    QStringList questionsQueued();
    // Every queued question is "sent" at once, as the sender would.
    void sendQueued();
    Lead lead();
    IntakeCoordinator::Config config() const;
    Database& db() { return m_store->db(); }

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MessageIngestor> m_ingestor;
    std::unique_ptr<IntakeCoordinator> m_intake;
    PhoneNumberService m_phone{QStringLiteral("US")};
    QDateTime m_allowedFrom; // quiet hours: nothing before this
    int m_sequence = 0;
    int m_cap = 30;
};

void TestIntake::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_store = std::make_unique<TempDatabase>(QStringLiteral("intake"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_ingestor = std::make_unique<MessageIngestor>(db(), m_phone, *m_clock);
    m_allowedFrom = QDateTime();
    m_cap = 30;
    m_intake = std::make_unique<IntakeCoordinator>(
        db(), *m_clock,
        [this](const QString&, const QDateTime& at) {
            return m_allowedFrom.isValid() && m_allowedFrom > at ? m_allowedFrom : at;
        },
        [](IntakeQuestion q, const Lead&) { return questionText(q); });
}

void TestIntake::cleanup()
{
    m_intake.reset();
    m_ingestor.reset();
    m_store.reset();
}

IntakeCoordinator::Config TestIntake::config() const
{
    IntakeCoordinator::Config c;
    c.enabled = true;
    c.questions = allIntakeQuestions();
    c.silenceMinutes = 30;
    c.urgentWords = UrgentWords::defaults();
    c.hourlyCap = m_cap;
    c.monthFirst = true;
    c.zone = QTimeZone("America/Chicago");
    return c;
}

void TestIntake::textBackSent()
{
    auto lead = LeadStore(db()).findOrCreate(kCustomer, QStringLiteral("Austin, TX"), kStart.addSecs(-120));
    QVERIFY(lead);
    OutboxItem item;
    item.leadId = lead->id;
    item.kind = OutboxKind::TextBack;
    item.toNumber = kCustomer;
    item.fromNumber = kBusiness;
    item.body = QStringLiteral("Sorry we missed your call - what can we help you with?");
    auto queued = enqueueText(db(), item, true, kStart.addSecs(-60));
    QVERIFY(queued);
    QVERIFY(OutboxStore(db()).markSent(queued->id, QStringLiteral("SMtextback"), kStart.addSecs(-60)));
}

QList<IngestedMessage> TestIntake::customerWrites(const QString& body, int media)
{
    m_clock->advanceSecs(60);
    Message m;
    m.providerMessageId = QStringLiteral("SMin%1").arg(++m_sequence);
    m.direction = MessageDirection::Inbound;
    m.fromNumber = kCustomer;
    m.toNumber = kBusiness;
    m.body = body;
    m.status = MessageStatus::Received;
    m.createdAt = m_clock->nowUtc();
    m.mediaCount = media;
    auto ingested = m_ingestor->ingest({m});
    if (!ingested)
        qWarning() << ingested.error().message;
    return ingested.value_or(QList<IngestedMessage>{});
}

QStringList TestIntake::questionsQueued()
{
    QStringList out;
    auto q = db().exec(QStringLiteral("SELECT body FROM outbox WHERE kind = 'intake' ORDER BY id"));
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

void TestIntake::sendQueued()
{
    auto q = db().exec(QStringLiteral("SELECT id FROM outbox WHERE kind = 'intake' AND state = 'pending'"));
    QList<qint64> ids;
    while (q && q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids)
        QVERIFY(OutboxStore(db()).markSent(id, QStringLiteral("SMq%1").arg(id), m_clock->nowUtc()));
}

Lead TestIntake::lead()
{
    auto l = LeadStore(db()).byNumber(kCustomer);
    return l && l->has_value() ? **l : Lead{};
}

void TestIntake::conversation_data()
{
    // Steps: "C:<text>" the customer writes (then the worker's intake step runs and whatever was
    // queued is sent), "C+<n>:<text>" with n photos, "S" a staff reply, "A" the lead assigned,
    // "O" an opt-out STOP, "W<n>" n minutes pass with the silence check.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("asked");
    QTest::addColumn<QString>("need");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("when");
    QTest::addColumn<int>("photos");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<QString>("place");
    const QStringList all{"Q:need", "Q:address", "Q:when", "Q:photo"};

    QTest::newRow("orderly") << QStringList{"C:hi yes", "C:Water heater not heating",
                                            "C:4512 Oak St, Austin TX 78701", "C:tomorrow morning",
                                            "C+1:here you go"}
                             << all << "Water heater not heating"
                             << "4512 Oak St, Austin TX 78701"
                             << "tomorrow morning" << 1 << false << "Austin";
    QTest::newRow("no answer yet: only the first question")
        << QStringList{"C:hello?"} << QStringList{"Q:need"} << ""
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("address and time in one text skip both")
        << QStringList{"C:hi", "C:Need a new faucet, 4512 Oak St tomorrow afternoon", "C+2:"}
        << QStringList{"Q:need", "Q:photo"} << "Need a new faucet, 4512 Oak St tomorrow afternoon"
        << "4512 Oak St"
        << "tomorrow afternoon" << 2 << false << "Austin, TX";
    QTest::newRow("first reply holds the address")
        << QStringList{"C:yes we're at 77 Elm Street", "C:gutters need cleaning", "C:friday",
                       "C:no photos sorry"}
        << QStringList{"Q:need", "Q:when", "Q:photo"} << "gutters need cleaning"
        << "77 Elm Street"
        << "friday" << 0 << false << "Austin, TX";
    QTest::newRow("out of order: the time before the address")
        << QStringList{"C:hi", "C:shingles blew off the roof", "C:can you come monday",
                       "C:1200 Barton Springs Rd", "C+1:"}
        << QStringList{"Q:need", "Q:address", "Q:photo"} << "shingles blew off the roof"
        << "1200 Barton Springs Rd"
        << "monday" << 1 << false << "Austin, TX";
    QTest::newRow("photo early skips the photo question")
        << QStringList{"C+1:this is the problem", "C:toilet keeps running", "C:5 Pine Ln", "C:today"}
        << QStringList{"Q:need", "Q:address", "Q:when"} << "toilet keeps running"
        << "5 Pine Ln"
        << "today" << 1 << false << "Austin, TX";
    QTest::newRow("staff interrupts")
        << QStringList{"C:hi", "C:need a quote for a panel upgrade", "S", "C:1 Main St"}
        << QStringList{"Q:need", "Q:address"} << "need a quote for a panel upgrade"
        << "1 Main St"
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("assigned midway") << QStringList{"C:hi", "C:ac not cooling", "A", "C:12 Lake Dr"}
                                     << QStringList{"Q:need", "Q:address"} << "ac not cooling"
                                     << "12 Lake Dr"
                                     << "" << 0 << false << "Austin, TX";
    QTest::newRow("STOP midway") << QStringList{"C:hi", "C:water softener install", "O", "C:sorry, 3 Oak Ct"}
                                 << QStringList{"Q:need", "Q:address"} << "water softener install"
                                 << "3 Oak Ct"
                                 << "" << 0 << false << "Austin, TX";
    QTest::newRow("opt-out in words midway")
        << QStringList{"C:hi", "C:please stop texting me"} << QStringList{"Q:need"} << ""
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("silence moves on once")
        << QStringList{"C:hi", "W31", "W31", "W31"} << QStringList{"Q:need", "Q:address"} << ""
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("silence, then answers resume")
        << QStringList{"C:hi", "W31", "C:88 Ridge Rd", "C:Saturday", "C:nope"}
        << QStringList{"Q:need", "Q:address", "Q:when", "Q:photo"} << ""
        << "88 Ridge Rd"
        << "Saturday" << 0 << false << "Austin, TX";
    QTest::newRow("short silence is no silence")
        << QStringList{"C:hi", "W10", "W10"} << QStringList{"Q:need"} << ""
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("urgent stops the questions")
        << QStringList{"C:hi", "C:basement is flooding!!", "C:4512 Oak St"} << QStringList{"Q:need"}
        << "basement is flooding!!"
        << "4512 Oak St"
        << "" << 0 << true << "Austin, TX";
    QTest::newRow("urgent first reply asks nothing") << QStringList{"C:there's a gas smell in the kitchen"}
                                                     << QStringList{} << "there's a gas smell in the kitchen"
                                                     << ""
                                                     << "" << 0 << true << "Austin, TX";
    QTest::newRow("a first reply that describes the job answers the need question")
        << QStringList{"C:Kitchen sink is backed up and won't drain", "C:22 Elm St", "C:tomorrow", "C+1:"}
        << QStringList{"Q:address", "Q:when", "Q:photo"} << "Kitchen sink is backed up and won't drain"
        << "22 Elm St"
        << "tomorrow" << 1 << false << "Austin, TX";
    QTest::newRow("a first reply with only a day still gets the need question")
        << QStringList{"C:Can you come out Thursday morning?", "C:new water softener"}
        << QStringList{"Q:need", "Q:address"} << "new water softener"
        << ""
        << "Thursday morning" << 0 << false << "Austin, TX";
    QTest::newRow("spanish first reply describes the job")
        << QStringList{"C:necesito cambiar el calentador de agua", "C:Calle Mayor 12, 28013 Madrid"}
        << QStringList{"Q:address", "Q:when"} << "necesito cambiar el calentador de agua"
        << "Calle Mayor 12, 28013 Madrid"
        << "" << 0 << false << "Madrid";
    QTest::newRow("not urgent") << QStringList{"C:hi", "C:new faucet, we are not in a hurry"}
                                << QStringList{"Q:need", "Q:address"} << "new faucet, we are not in a hurry"
                                << ""
                                << "" << 0 << false << "Austin, TX";
    QTest::newRow("spanish") << QStringList{"C:hola", "C:necesito cambiar el calentador",
                                            "C:Calle Mayor 12, 28013 Madrid", "C:mañana por la tarde", "C+1:"}
                             << all << "necesito cambiar el calentador"
                             << "Calle Mayor 12, 28013 Madrid"
                             << "mañana por la tarde" << 1 << false << "Madrid";
    QTest::newRow("french") << QStringList{"C:bonjour", "C:changer un chauffe-eau",
                                           "C:12 rue des Lilas, 69003 Lyon", "C:demain matin",
                                           "C:pas de photo"}
                            << all << "changer un chauffe-eau"
                            << "12 rue des Lilas, 69003 Lyon"
                            << "demain matin" << 0 << false << "Lyon";
    QTest::newRow("an answer that is no address is still kept as typed")
        << QStringList{"C:hi", "C:deck repair", "C:the blue house behind the school"}
        << QStringList{"Q:need", "Q:address", "Q:when"} << "deck repair"
        << "the blue house behind the school"
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("all answered: done, later texts ask nothing")
        << QStringList{"C:hi", "C:sink clogged", "C:9 Bay St", "C:today", "C+1:", "C:thanks!"} << all
        << "sink clogged"
        << "9 Bay St"
        << "today" << 1 << false << "Austin, TX";
    QTest::newRow("ZIP in the address answer sets Place")
        << QStringList{"C:hi", "C:fence", "C:out past the feed store, 78620"}
        << QStringList{"Q:need", "Q:address", "Q:when"} << "fence"
        << "out past the feed store, 78620"
        << "" << 0 << false << "78620";
    QTest::newRow("when as a date") << QStringList{"C:hi", "C:tile job", "C:3 Oak St", "C:12/8 works"} << all
                                    << "tile job"
                                    << "3 Oak St"
                                    << "12/8 works" << 0 << false << "Austin, TX";
    QTest::newRow("staff answered before the first reply: nothing asked")
        << QStringList{"S", "C:hi"} << QStringList{} << ""
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("a long rambling need is kept short")
        << QStringList{"C:hi", "C:" + QString(30, QLatin1Char('x')) + QString(" word").repeated(40)}
        << QStringList{"Q:need", "Q:address"}
        << QString(30, QLatin1Char('x')) + QString(" word").repeated(17) + "..."
        << ""
        << "" << 0 << false << "Austin, TX";
    QTest::newRow("STOP as the first reply") << QStringList{"O"} << QStringList{} << ""
                                             << ""
                                             << "" << 0 << false << "Austin, TX";
}

void TestIntake::conversation()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, asked);
    QFETCH(QString, need);
    QFETCH(QString, address);
    QFETCH(QString, when);
    QFETCH(int, photos);
    QFETCH(bool, urgent);
    QFETCH(QString, place);
    textBackSent();
    for (const QString& step : steps) {
        QList<IngestedMessage> ingested;
        if (step.startsWith(QLatin1String("C"))) {
            const qsizetype colon = step.indexOf(QLatin1Char(':'));
            const int media = step.at(1) == QLatin1Char('+') ? step.mid(2, colon - 2).toInt() : 0;
            ingested = customerWrites(step.mid(colon + 1), media);
        } else if (step == QLatin1String("O")) {
            ingested = customerWrites(QStringLiteral("STOP"));
        } else if (step == QLatin1String("S")) {
            m_clock->advanceSecs(60);
            OutboxItem reply;
            reply.leadId = lead().id;
            reply.kind = OutboxKind::Reply;
            reply.toNumber = kCustomer;
            reply.fromNumber = kBusiness;
            reply.body = QStringLiteral("Hi, this is Maria - I'll call you in 5 minutes.");
            QVERIFY(enqueueText(db(), reply, false, m_clock->nowUtc()));
        } else if (step == QLatin1String("A")) {
            QVERIFY(db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria')")));
            QVERIFY(db().exec(
                QStringLiteral("UPDATE leads SET assigned_staff_id = (SELECT id FROM staff) WHERE e164 = ?"),
                {kCustomer}));
        } else if (step.startsWith(QLatin1String("W"))) {
            m_clock->advanceSecs(step.mid(1).toInt() * 60);
            auto moved = m_intake->moveOnAfterSilence(config());
            QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
            sendQueued();
            continue;
        }
        auto read = m_intake->onReplies(ingested, config());
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        sendQueued();
    }
    QCOMPARE(questionsQueued(), asked);
    const Lead l = lead();
    QCOMPARE(l.need, need);
    QCOMPARE(l.address, address);
    QCOMPARE(l.jobWhen, when);
    QCOMPARE(l.photoCount, photos);
    QCOMPARE(l.urgent, urgent);
    QCOMPARE(l.place, place);
}

void TestIntake::eachQuestionIsQueuedOnce()
{
    textBackSent();
    const auto first = customerWrites(QStringLiteral("hi"));
    QVERIFY(m_intake->onReplies(first, config()));
    // The same reply handled again (a second worker, a retried cycle) queues nothing new.
    QVERIFY(m_intake->onReplies(first, config()));
    QCOMPARE(questionsQueued(), QStringList{QStringLiteral("Q:need")});
    auto rows = db().exec(
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'outbound' AND body = 'Q:need'"));
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toInt(), 1); // shown once in the conversation too
}

void TestIntake::aQuestionWaitsForTheRecipientsDaytime()
{
    textBackSent();
    m_allowedFrom = kStart.addSecs(14 * 3600);
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("hi")), config()));
    auto item = db().exec(QStringLiteral("SELECT not_before, state FROM outbox WHERE kind = 'intake'"));
    QVERIFY(item && item->next());
    QCOMPARE(item->value(0).toLongLong(), m_allowedFrom.toMSecsSinceEpoch());
    QCOMPARE(item->value(1).toString(), QStringLiteral("pending"));
}

void TestIntake::overTheHourlyCapAQuestionIsHeld()
{
    textBackSent();
    m_cap = 1; // the text-back already used the hour's one automatic text
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("hi")), config()));
    auto item = db().exec(QStringLiteral("SELECT state FROM outbox WHERE kind = 'intake'"));
    QVERIFY(item && item->next());
    QCOMPARE(item->value(0).toString(), QStringLiteral("held"));
}

void TestIntake::aQueuedQuestionIsNoLongerWantedOnceStaffReply()
{
    textBackSent();
    m_allowedFrom = kStart.addSecs(3600); // queued for later
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("hi")), config()));
    auto items = OutboxStore(db()).inState(OutboxState::Pending);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    const OutboxItem question = items->first();
    QCOMPARE(IntakeStore(db()).stillWanted(question).value_or(false), true);
    OutboxItem reply;
    reply.leadId = question.leadId;
    reply.kind = OutboxKind::Reply;
    reply.toNumber = kCustomer;
    reply.fromNumber = kBusiness;
    reply.body = QStringLiteral("Calling you now");
    m_clock->advanceSecs(60);
    QVERIFY(enqueueText(db(), reply, false, m_clock->nowUtc()));
    QCOMPARE(IntakeStore(db()).stillWanted(question).value_or(true), false);
    // Paused automatic texts hold it too (claimNext without automatic kinds).
    m_clock->set(kStart.addSecs(7200));
    auto claimed = OutboxStore(db()).claimNext(QStringLiteral("desk"), m_clock->nowUtc(), 30000, false);
    QVERIFY(claimed);
    QVERIFY(!claimed->has_value() || (*claimed)->kind != OutboxKind::IntakeQuestion);
}

void TestIntake::offByDefaultButUrgentWordsStillCount()
{
    textBackSent();
    IntakeCoordinator::Config off = config();
    off.enabled = false;
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("no hot water, 4512 Oak St")), off));
    QVERIFY(questionsQueued().isEmpty());
    QCOMPARE(lead().urgent, true);
    QCOMPARE(lead().address, QStringLiteral("4512 Oak St"));
}

void TestIntake::ringbacksQuestionsDoNotEndTheCustomersWait()
{
    textBackSent();
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("hi")), config()));
    const QDateTime firstReply = m_clock->nowUtc();
    sendQueued(); // the question went out
    QVERIFY(m_intake->onReplies(customerWrites(QStringLiteral("new faucet")), config()));
    sendQueued();
    const auto waitingSince = [this] {
        auto q = db().exec(QStringLiteral("SELECT waiting_since FROM leads WHERE e164 = ?"), {kCustomer});
        return q && q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : qint64(-1);
    };
    // Still waiting for a person since their first reply, though Ringback asked two questions.
    QCOMPARE(questionsQueued().size(), 2);
    QCOMPARE(waitingSince(), firstReply.toMSecsSinceEpoch());
    // A person's answer ends the wait.
    m_clock->advanceSecs(60);
    OutboxItem reply;
    reply.leadId = lead().id;
    reply.kind = OutboxKind::Reply;
    reply.toNumber = kCustomer;
    reply.fromNumber = kBusiness;
    reply.body = QStringLiteral("Hi, Maria here, when can we come?");
    QVERIFY(enqueueText(db(), reply, false, m_clock->nowUtc()));
    QCOMPARE(waitingSince(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
