// Reply-waiting escalation, the owner's part (issue 16 item 4, DESIGN §10): during business hours a
// customer left waiting longer than the reminder time gets the owner one text about them per hour
// at most, exactly once however many processes share the database, never as a message of the
// customer's conversation and never counted as an automatic text to a caller.
#include "ProviderRecords.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationWorker.h"
#include "automation/OwnerAlerts.h"
#include "domain/FactWording.h"
#include "hours/BusinessHoursStore.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/BlockListStore.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"
#include "store/OutboxStore.h"
#include "store/OwnerAlertStore.h"
#include "store/TimelineStore.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kCustomer = QStringLiteral("+15125550147");
const QString kOwner = QStringLiteral("+15125550199");
// Monday 2 March 2026, 9:00 in Austin (UTC-6): the office is open 8:00-17:00 Monday to Friday.
const QDateTime kMorning(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);

enum class Case {
    Due,
    WaitedNineMinutes,
    OutsideBusinessHours,
    Answered,
    CustomerOptedOut,
    Done,
    Paused,
    RemindersOff,
    NoOwnerMobile,
    OwnerOptedOut,
    OwnersOwnConversation,
    Blocked,
    Backlog,
    History,
};

BusinessHours officeHours()
{
    BusinessHours hours(QTimeZone("America/Chicago"));
    for (int day = 1; day <= 5; ++day)
        hours.addRange(day, {8 * 60, 17 * 60});
    return hours;
}

int ownerAlertsIn(Database& db)
{
    auto rows = db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'owner_alert'"));
    return rows && rows->next() ? rows->value(0).toInt() : -1;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestOwnerAlerts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void oneTextToTheOwnerPerWaitingConversationPerHour();
    void nothingWhenNoOneShouldBeTold_data();
    void nothingWhenNoOneShouldBeTold();
    void aTextAtNightCountsFromOpeningTime();
    void theSameReminderCannotBeQueuedTwice();
    void atMostThreeTextsAboutOneWait();
    void racingProcessesQueueOne();
    void twoWorkersOneDatabaseTextTheOwnerOnce();
    void aReminderForACustomerAnsweredMeanwhileIsNotSent();

private:
    std::unique_ptr<AutomationWorker> makeWorker(const QString& name);
    // Runs worker cycles with the clock standing at `at` (plus a second a cycle) until `done`
    // holds, then `extra` more cycles.
    bool runAt(AutomationWorker& worker, const QDateTime& at, const std::function<bool()>& done,
               int extra = 3);
    // The customer's text "water heater quote" at `at`, stored as the messages poll stores it (no
    // urgent word: an urgent one texts the owner at once, tst_intakeworker).
    Lead customerWrote(const QString& number, const QDateTime& at);
    Settings& settings() { return *m_settings; }
    Database& db() { return m_store->db(); }

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<KeyValueStore> m_kv;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedProvider> m_provider;
    PhoneNumberService m_phone{QStringLiteral("US")};
};

void TestOwnerAlerts::init()
{
    m_clock = std::make_unique<ManualClock>(kMorning);
    m_store = std::make_unique<TempDatabase>(QStringLiteral("test"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_kv = std::make_unique<KeyValueStore>(db(), KeyValueStore::Table::Settings);
    m_settings = std::make_unique<Settings>(m_kv.get(), nullptr);
    QVERIFY(settings().setValue(SettingKey::BusinessNumbers, QStringList{kBusiness}));
    QVERIFY(settings().setValue(SettingKey::AutomationEnabledSince, qlonglong(m_clock->nowMs() - 3600'000)));
    QVERIFY(settings().setValue(SettingKey::OwnerMobile, kOwner));
    QCOMPARE(settings().intValue(SettingKey::ReplyReminderMinutes), 10); // the default
    QVERIFY(BusinessHoursStore(db()).save(officeHours(), kMorning).ok());
    m_provider = std::make_unique<ScriptedProvider>();
    m_provider->clock = m_clock.get();
}

void TestOwnerAlerts::cleanup()
{
    m_provider.reset();
    m_settings.reset();
    m_kv.reset();
    m_store.reset();
    m_clock.reset();
}

std::unique_ptr<AutomationWorker> TestOwnerAlerts::makeWorker(const QString& name)
{
    AutomationWorker::Options o;
    o.location = m_store->location();
    o.connectionName = name;
    o.holderId = name;
    o.sharedProvider = m_provider.get();
    o.clock = m_clock.get();
    o.pollIntervalMs = 1;
    // Business hours, templates and the rest come from the store, as in the app.
    return std::make_unique<AutomationWorker>(o);
}

bool TestOwnerAlerts::runAt(AutomationWorker& worker, const QDateTime& at, const std::function<bool()>& done,
                            int extra)
{
    m_clock->set(at);
    QSignalSpy cycles(&worker, &AutomationWorker::stateChanged);
    int left = extra;
    for (int i = 0; i < 200; ++i) {
        if (done() && left-- <= 0)
            return true;
        m_clock->advanceSecs(1);
        if (!cycles.wait(10'000))
            return false;
    }
    return done();
}

Lead TestOwnerAlerts::customerWrote(const QString& number, const QDateTime& at)
{
    auto lead = LeadStore(db()).findOrCreate(number, QString(), at);
    if (!lead)
        return {};
    Message m = inboundText(QStringLiteral("SM%1").arg(at.toMSecsSinceEpoch()), number, kBusiness,
                            QStringLiteral("water heater quote"), at);
    m.leadId = lead->id;
    if (!MessageStore(db()).upsertFromProvider(m, at))
        return {};
    return LeadStore(db()).byId(lead->id).value().value_or(Lead{});
}

void TestOwnerAlerts::oneTextToTheOwnerPerWaitingConversationPerHour()
{
    // The customer texts at 9:00; the worker files it like any reply.
    m_provider->messages << inboundText(QStringLiteral("SM1"), kCustomer, kBusiness,
                                        QStringLiteral("water heater quote"), kMorning);
    auto worker = makeWorker(QStringLiteral("w"));
    worker->start();
    const auto filed = [&] {
        auto lead = LeadStore(db()).byNumber(kCustomer);
        return lead && lead->has_value() && (*lead)->status == LeadStatus::Replied;
    };
    QVERIFY(runAt(*worker, kMorning.addSecs(5), filed));

    // 9 minutes: nothing.
    QVERIFY(runAt(
        *worker, kMorning.addSecs(9 * 60), [] { return true; }, 5));
    QCOMPARE(m_provider->sentTo(kOwner), 0);

    // 10 minutes, business hours: one text to the owner.
    QVERIFY(runAt(*worker, kMorning.addSecs(10 * 60), [&] { return m_provider->sentTo(kOwner) == 1; }));
    QCOMPARE(m_provider->sentTo(kOwner), 1);
    QCOMPARE(m_provider->sent.constLast().to, kOwner);
    QCOMPARE(m_provider->sent.constLast().from, kBusiness);
    QCOMPARE(m_provider->sent.constLast().body,
             QStringLiteral("Waiting 10 min: (512) 555-0147 - 'water heater quote'"));

    // Not part of the customer's conversation, and the customer still waits for an answer: the
    // lead, its place in the queue and its conversation are as they were (later polls bring the
    // sent text back from the provider's log, and it starts no conversation with the owner).
    const Lead lead = LeadStore(db()).byNumber(kCustomer).value().value();
    QCOMPARE(lead.status, LeadStatus::Replied);
    QCOMPARE(MessageStore(db()).forLead(lead.id).value().size(), 1);
    QVERIFY(!LeadStore(db()).byNumber(kOwner).value().has_value());
    // Not an automatic text to a caller: outside the hourly cap.
    QCOMPARE(OutboxStore(db()).countAutomaticSince(kMorning).value(), qint64(0));
    // The lead's history says the owner was told.
    const QList<TimelineEvent> history = TimelineStore(db()).forLead(lead.id).value();
    const auto reminded = std::find_if(history.cbegin(), history.cend(), [](const TimelineEvent& e) {
        return e.kind == TimelineKind::Texted && e.code == QLatin1String("owner_alert");
    });
    QVERIFY(reminded != history.cend());
    QVERIFY2(FactWording().event(*reminded).contains(QStringLiteral("Owner reminded by text")),
             qPrintable(FactWording().event(*reminded)));

    // 40 minutes later (50 min of waiting): no second text.
    QVERIFY(runAt(
        *worker, kMorning.addSecs(50 * 60), [] { return true; }, 5));
    QCOMPARE(m_provider->sentTo(kOwner), 1);
    QVERIFY(!LeadStore(db()).byNumber(kOwner).value().has_value());

    // 61 minutes after the first: a second one.
    QVERIFY(runAt(*worker, kMorning.addSecs(71 * 60), [&] { return m_provider->sentTo(kOwner) == 2; }));
    QCOMPARE(m_provider->sentTo(kOwner), 2);
    QCOMPARE(m_provider->sent.constLast().body,
             QStringLiteral("Waiting 1 h 11 min: (512) 555-0147 - 'water heater quote'"));
    QCOMPARE(m_provider->sentTo(kCustomer), 0);
}

void TestOwnerAlerts::nothingWhenNoOneShouldBeTold_data()
{
    QTest::addColumn<Case>("which");
    QTest::addColumn<int>("expected");
    QTest::newRow("waited 10 min in business hours: told") << Case::Due << 1;
    QTest::newRow("waited 9 min") << Case::WaitedNineMinutes << 0;
    QTest::newRow("outside business hours") << Case::OutsideBusinessHours << 0;
    QTest::newRow("answered") << Case::Answered << 0;
    QTest::newRow("customer opted out") << Case::CustomerOptedOut << 0;
    QTest::newRow("job done (booked)") << Case::Done << 0;
    QTest::newRow("automatic texts paused") << Case::Paused << 0;
    QTest::newRow("reminders off (0 min)") << Case::RemindersOff << 0;
    QTest::newRow("no owner mobile") << Case::NoOwnerMobile << 0;
    QTest::newRow("owner's mobile opted out") << Case::OwnerOptedOut << 0;
    QTest::newRow("the owner's own conversation") << Case::OwnersOwnConversation << 0;
    QTest::newRow("blocked number") << Case::Blocked << 0;
    QTest::newRow("backlog: waiting for 5 days") << Case::Backlog << 0;
    QTest::newRow("history: waiting since before automation was on") << Case::History << 0;
}

void TestOwnerAlerts::nothingWhenNoOneShouldBeTold()
{
    QFETCH(Case, which);
    QFETCH(int, expected);
    const QString number = which == Case::OwnersOwnConversation ? kOwner : kCustomer;
    const QDateTime wrote = which == Case::Backlog ? kMorning.addDays(-5) : kMorning;
    const Lead lead = customerWrote(number, wrote);
    QVERIFY(lead.id != 0);
    QCOMPARE(OwnerAlertStore(db()).waitingSince(wrote.addDays(-1), wrote, QString()).value().size(), 1);

    OwnerAlerts::Config config;
    config.remindAfterMinutes = 10;
    config.ownerMobile = kOwner;
    config.hours = officeHours();
    QDateTime now = kMorning.addSecs(10 * 60);
    switch (which) {
    case Case::Due:
    case Case::OwnersOwnConversation:
    case Case::Backlog:
        break;
    case Case::WaitedNineMinutes:
        now = kMorning.addSecs(9 * 60 + 59);
        break;
    case Case::OutsideBusinessHours:
        // 18:10 in Austin: the worker asks the office's hours, in its time zone.
        now = kMorning.addSecs(9 * 3600 + 600);
        break;
    case Case::Answered: {
        Message reply = inboundText(QStringLiteral("SMout"), kBusiness, kCustomer,
                                    QStringLiteral("On our way"), kMorning.addSecs(120));
        reply.direction = MessageDirection::Outbound;
        reply.status = MessageStatus::Delivered;
        reply.leadId = lead.id;
        QVERIFY(MessageStore(db()).upsertFromProvider(reply, kMorning.addSecs(120)).ok());
        break;
    }
    case Case::CustomerOptedOut:
        QVERIFY(OptOutStore(db())
                    .optOut({kCustomer, QStringLiteral("keyword"), QStringLiteral("STOP"), kMorning})
                    .ok());
        break;
    case Case::Done:
        QVERIFY(LeadStore(db()).setStatus(lead.id, LeadStatus::Booked, kMorning).ok());
        break;
    case Case::Paused:
        config.paused = true;
        break;
    case Case::RemindersOff:
        config.remindAfterMinutes = 0;
        break;
    case Case::NoOwnerMobile:
        config.ownerMobile.clear();
        break;
    case Case::OwnerOptedOut:
        QVERIFY(OptOutStore(db())
                    .optOut({kOwner, QStringLiteral("keyword"), QStringLiteral("STOP"), kMorning})
                    .ok());
        break;
    case Case::History:
        config.historyBefore = kMorning.addSecs(60);
        break;
    case Case::Blocked:
        QVERIFY(BlockListStore(db())
                    .add(kCustomer, BlockListStore::Kind::Blocked, QStringLiteral("spam"), kMorning)
                    .ok());
        break;
    }
    m_clock->set(now);
    auto told = OwnerAlerts(db(), m_phone, *m_clock).run(config);
    QVERIFY2(told, qPrintable(told ? QString() : told.error().message));
    QCOMPARE(int(told->size()), expected);
    QCOMPARE(ownerAlertsIn(db()), expected);
}

void TestOwnerAlerts::aTextAtNightCountsFromOpeningTime()
{
    // 18:30 on Monday in Austin (00:30 UTC on Tuesday): the office closed at 17:00.
    const QDateTime evening = kMorning.addSecs(9 * 3600 + 30 * 60);
    m_provider->messages << inboundText(QStringLiteral("SM1"), kCustomer, kBusiness,
                                        QStringLiteral("water heater quote"), evening);
    auto worker = makeWorker(QStringLiteral("w"));
    worker->start();
    const auto filed = [&] {
        auto lead = LeadStore(db()).byNumber(kCustomer);
        return lead && lead->has_value();
    };
    QVERIFY(runAt(*worker, evening.addSecs(5), filed));
    // An hour later, still closed: nothing.
    QVERIFY(runAt(
        *worker, evening.addSecs(3600), [] { return true; }, 5));
    // Tuesday 8:05: open for five minutes; the night does not count.
    const QDateTime opening = kMorning.addDays(1).addSecs(-3600);
    QVERIFY(runAt(
        *worker, opening.addSecs(5 * 60), [] { return true; }, 5));
    QCOMPARE(m_provider->sentTo(kOwner), 0);
    // 8:10: ten minutes of business hours with nobody answering.
    QVERIFY(runAt(*worker, opening.addSecs(10 * 60), [&] { return m_provider->sentTo(kOwner) == 1; }));
    QCOMPARE(m_provider->sent.constLast().body,
             QStringLiteral("Waiting 13 h 40 min: (512) 555-0147 - 'water heater quote'"));
}

void TestOwnerAlerts::theSameReminderCannotBeQueuedTwice()
{
    // A retry of the same decision (or another process that decided it) adds nothing: the key is
    // the database's own unique index, not only the "once an hour" look-up before it.
    const Lead lead = customerWrote(kCustomer, kMorning);
    OutboxItem alert;
    alert.leadId = lead.id;
    alert.kind = OutboxKind::OwnerAlert;
    alert.toNumber = kOwner;
    alert.fromNumber = kBusiness;
    alert.body = QStringLiteral("Waiting 10 min: (512) 555-0147 - 'water heater quote'");
    const QDateTime due = kMorning.addSecs(10 * 60);
    const QString key = OwnerAlertStore::dedupeKey(lead.id, kMorning, 10, due);
    QCOMPARE(key, OwnerAlertStore::dedupeKey(lead.id, kMorning, 10, due.addSecs(59 * 60)));
    QVERIFY(key != OwnerAlertStore::dedupeKey(lead.id, kMorning, 10, due.addSecs(60 * 60)));
    OwnerAlertStore store(db());
    QCOMPARE(store.enqueue(alert, key, kMorning, due).value(), true);
    QCOMPARE(store.enqueue(alert, key, kMorning, due).value(), false);
    // Even past the hour (a process whose "once an hour" look-up saw nothing), the key holds.
    QCOMPARE(store.enqueue(alert, key, kMorning, due.addSecs(61 * 60)).value(), false);
    QCOMPARE(ownerAlertsIn(db()), 1);
}

void TestOwnerAlerts::atMostThreeTextsAboutOneWait()
{
    customerWrote(kCustomer, kMorning);
    OwnerAlerts::Config config;
    config.ownerMobile = kOwner;
    config.hours = officeHours();
    QList<int> told;
    for (int minutes : {10, 71, 132, 193, 254}) {
        m_clock->set(kMorning.addSecs(minutes * 60));
        told << int(OwnerAlerts(db(), m_phone, *m_clock).run(config).value().size());
    }
    QCOMPARE(told, (QList<int>{1, 1, 1, 0, 0}));
    QCOMPARE(ownerAlertsIn(db()), 3);
}

void TestOwnerAlerts::racingProcessesQueueOne()
{
    // Several processes' worth of connections decide the same reminder at the same moment.
    customerWrote(kCustomer, kMorning);
    m_clock->set(kMorning.addSecs(10 * 60));
    constexpr int kRacers = 6;
    std::atomic<int> ready{0};
    std::atomic<int> failures{0};
    std::atomic<int> told{0};
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            auto opened = Database::open(m_store->location(), QStringLiteral("racer%1").arg(i));
            if (!opened) {
                ++failures;
                ++ready;
                return;
            }
            std::unique_ptr<Database> mine = std::move(opened).value();
            ++ready;
            while (ready.load() < kRacers)
                std::this_thread::yield();
            const PhoneNumberService phone(QStringLiteral("US"));
            OwnerAlerts::Config config;
            config.ownerMobile = kOwner;
            config.hours = officeHours();
            auto r = OwnerAlerts(*mine, phone, *m_clock).run(config);
            if (!r)
                ++failures; // a busy database refusing a writer is allowed; a second text is not
            else
                told += int(r->size());
            mine.reset();
            QSqlDatabase::removeDatabase(QStringLiteral("racer%1").arg(i));
        });
    }
    for (std::thread& t : racers)
        t.join();
    QVERIFY(failures.load() < kRacers);
    QCOMPARE(told.load(), 1);
    QCOMPARE(ownerAlertsIn(db()), 1);
}

void TestOwnerAlerts::twoWorkersOneDatabaseTextTheOwnerOnce()
{
    m_provider->messages << inboundText(QStringLiteral("SM1"), kCustomer, kBusiness,
                                        QStringLiteral("water heater quote"), kMorning);
    auto a = makeWorker(QStringLiteral("desk-a"));
    auto b = makeWorker(QStringLiteral("headless"));
    a->start();
    b->start();
    QVERIFY(runAt(
        *a, kMorning.addSecs(10 * 60), [&] { return m_provider->sentTo(kOwner) >= 1; }, 10));
    QCOMPARE(m_provider->sentTo(kOwner), 1);
    QCOMPARE(ownerAlertsIn(db()), 1);
}

void TestOwnerAlerts::aReminderForACustomerAnsweredMeanwhileIsNotSent()
{
    // Queued while automatic texts were paused, then the customer was answered: when the sender
    // gets to it, it is dropped, not sent late.
    const Lead lead = customerWrote(kCustomer, kMorning);
    OwnerAlerts::Config config;
    config.ownerMobile = kOwner;
    config.hours = officeHours();
    m_clock->set(kMorning.addSecs(10 * 60));
    QCOMPARE(OwnerAlerts(db(), m_phone, *m_clock).run(config).value().size(), 1);
    Message reply = inboundText(QStringLiteral("SMout"), kBusiness, kCustomer, QStringLiteral("On our way"),
                                kMorning.addSecs(11 * 60));
    reply.direction = MessageDirection::Outbound;
    reply.status = MessageStatus::Delivered;
    reply.leadId = lead.id;
    QVERIFY(MessageStore(db()).upsertFromProvider(reply, kMorning.addSecs(11 * 60)).ok());
    m_provider->messages << reply;

    auto worker = makeWorker(QStringLiteral("w"));
    worker->start();
    const auto dropped = [&] {
        return OutboxStore(db()).countInState(OutboxState::Cancelled).value_or(0) == 1;
    };
    QVERIFY(runAt(*worker, kMorning.addSecs(12 * 60), dropped));
    QCOMPARE(m_provider->sentTo(kOwner), 0);
}

QTEST_GUILESS_MAIN(TestOwnerAlerts)
#include "tst_owneralerts.moc"
