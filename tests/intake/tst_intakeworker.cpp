// Intake through the running worker (issue 18 items 3 and 5): a missed call is texted back, the
// caller's reply arrives in the provider's log, and the worker sends the owner's first question in
// the same cycle, the next after the answer; an urgent reply stops the questions and texts the
// owner; with automatic texts paused nothing is asked.
#include "ProviderRecords.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationWorker.h"
#include "hours/BusinessHoursStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "templates/TemplateDefaults.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kCaller = QStringLiteral("+15125550147");
const QString kOwner = QStringLiteral("+15125550199");
// Thursday 3 December 2026, 10:00 in Austin: open.
const QDateTime kStart(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC);

} // namespace

class TestIntakeWorker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void questionsFollowAnswersThroughTheWorker();
    void urgentReplyStopsQuestionsAndTextsTheOwner();
    void pausedAsksNothing();

private:
    std::unique_ptr<AutomationWorker> makeWorker();
    bool runUntil(AutomationWorker& worker, const std::function<bool()>& done, int extra = 2);
    QStringList textsTo(const QString& number) const;
    void callerWrites(const QString& body);
    Database& db() { return m_store->db(); }

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<KeyValueStore> m_kv;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedProvider> m_provider;
    int m_texts = 0;
};

void TestIntakeWorker::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_store = std::make_unique<TempDatabase>(QStringLiteral("intakeworker"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_kv = std::make_unique<KeyValueStore>(db(), KeyValueStore::Table::Settings);
    m_settings = std::make_unique<Settings>(m_kv.get(), nullptr);
    QVERIFY(m_settings->setValue(SettingKey::BusinessNumbers, QStringList{kBusiness}));
    QVERIFY(m_settings->setValue(SettingKey::AutomationEnabledSince, qlonglong(m_clock->nowMs() - 3600'000)));
    QVERIFY(m_settings->setValue(SettingKey::GraceDelaySeconds, 0));
    QVERIFY(m_settings->setValue(SettingKey::IntakeEnabled, true));
    BusinessHours hours(QTimeZone("America/Chicago"));
    for (int day = 1; day <= 7; ++day)
        hours.addRange(day, {0, 24 * 60 - 1});
    QVERIFY(BusinessHoursStore(db()).save(hours, kStart).ok());
    m_provider = std::make_unique<ScriptedProvider>();
    m_provider->clock = m_clock.get();
    m_provider->calls << inboundCall(QStringLiteral("CA1"), kCaller, kBusiness, CallStatus::NoAnswer,
                                     kStart.addSecs(-20));
}

void TestIntakeWorker::cleanup()
{
    m_provider.reset();
    m_settings.reset();
    m_kv.reset();
    m_store.reset();
    m_clock.reset();
}

std::unique_ptr<AutomationWorker> TestIntakeWorker::makeWorker()
{
    AutomationWorker::Options o;
    o.location = m_store->location();
    o.connectionName = QStringLiteral("w");
    o.holderId = QStringLiteral("w");
    o.sharedProvider = m_provider.get();
    o.clock = m_clock.get();
    o.pollIntervalMs = 1;
    return std::make_unique<AutomationWorker>(o);
}

bool TestIntakeWorker::runUntil(AutomationWorker& worker, const std::function<bool()>& done, int extra)
{
    QSignalSpy cycles(&worker, &AutomationWorker::stateChanged);
    int left = extra;
    for (int i = 0; i < 100; ++i) {
        if (done() && left-- <= 0)
            return true;
        m_clock->advanceSecs(1);
        if (!cycles.wait(10'000))
            return false;
    }
    return done();
}

QStringList TestIntakeWorker::textsTo(const QString& number) const
{
    QStringList out;
    for (const OutgoingMessage& m : m_provider->sent) {
        if (m.to == number)
            out << m.body;
    }
    return out;
}

void TestIntakeWorker::callerWrites(const QString& body)
{
    m_provider->messages << inboundText(QStringLiteral("SMc%1").arg(++m_texts), kCaller, kBusiness, body,
                                        m_clock->nowUtc());
}

void TestIntakeWorker::questionsFollowAnswersThroughTheWorker()
{
    auto worker = makeWorker();
    worker->start();
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 1; })); // the text-back
    callerWrites(QStringLiteral("hi, yes"));
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 2; }));
    QCOMPARE(textsTo(kCaller).at(1), TemplateDefaults::body(TemplateRole::IntakeNeed));
    // No answer yet: nothing more, however many cycles run.
    QVERIFY(runUntil(
        *worker, [] { return true; }, 5));
    QCOMPARE(textsTo(kCaller).size(), 2);
    callerWrites(QStringLiteral("Water heater not heating, 4512 Oak St"));
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 3; }));
    // The address came with the answer: the next question is when.
    QCOMPARE(textsTo(kCaller).at(2), TemplateDefaults::body(TemplateRole::IntakeWhen));
    auto lead = LeadStore(db()).byNumber(kCaller);
    QVERIFY(lead && lead->has_value());
    QCOMPARE((*lead)->need, QStringLiteral("Water heater not heating, 4512 Oak St"));
    QCOMPARE((*lead)->address, QStringLiteral("4512 Oak St"));
    worker->stop();
}

void TestIntakeWorker::urgentReplyStopsQuestionsAndTextsTheOwner()
{
    QVERIFY(m_settings->setValue(SettingKey::OwnerMobile, kOwner));
    auto worker = makeWorker();
    worker->start();
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 1; }));
    callerWrites(QStringLiteral("Basement is flooding, pipe burst"));
    QVERIFY(runUntil(
        *worker, [&] { return textsTo(kOwner).size() == 1; }, 5));
    QCOMPARE(textsTo(kCaller).size(), 1); // no question to someone whose basement floods
    QVERIFY(textsTo(kOwner).first().startsWith(QStringLiteral("URGENT: ")));
    auto lead = LeadStore(db()).byNumber(kCaller);
    QVERIFY(lead && lead->has_value());
    QVERIFY((*lead)->urgent);
    worker->stop();
}

void TestIntakeWorker::pausedAsksNothing()
{
    auto worker = makeWorker();
    worker->start();
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 1; }));
    QVERIFY(m_settings->setValue(SettingKey::AutoTextBackEnabled, false));
    callerWrites(QStringLiteral("hello?"));
    QVERIFY(runUntil(
        *worker, [] { return true; }, 6));
    QCOMPARE(textsTo(kCaller).size(), 1);
    // Resumed: the question held by Pause goes out.
    QVERIFY(m_settings->setValue(SettingKey::AutoTextBackEnabled, true));
    QVERIFY(runUntil(*worker, [&] { return textsTo(kCaller).size() == 2; }));
    worker->stop();
}

QTEST_GUILESS_MAIN(TestIntakeWorker)
#include "tst_intakeworker.moc"
