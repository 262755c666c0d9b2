// Issue 21, item 4: gaps are counted. The always-on worker texts, stops at 17:00 on a Monday, and
// comes back at 19:00; 7 calls are missed in between (the 4 older than the stale cutoff are left
// for a person, the 3 recent ones are texted on the catch-up). The gap is derived from the
// heartbeats; the dashboard says "Missed calls while nobody was texting: 7 (this week)" and the
// Calls page marks those 7 calls, and only them.
#include "ProviderRecords.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/AutomationWorker.h"
#include "calls/CallLogModel.h"
#include "dashboard/DashboardPage.h"
#include "phone/PhoneNumberService.h"
#include "reports/DashboardReport.h"
#include "settings/Settings.h"
#include "store/CallStore.h"
#include "store/KeyValueStore.h"
#include "store/SenderHeartbeatStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");

QString number(int i)
{
    return QStringLiteral("+1512555%1").arg(1000 + i, 4, 10, QLatin1Char('0'));
}

QDateTime monday(int h, int m)
{
    return QDateTime(QDate(2026, 3, 2), QTime(h, m), Qt::UTC);
}

} // namespace

class TestSenderGaps : public QObject
{
    Q_OBJECT
private slots:
    void eveningWithoutASenderIsCounted();

private:
    std::unique_ptr<AutomationWorker> makeWorker(const QString& holder);
    // Every call the provider has is stored and decided.
    bool allDecided();

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedProvider> m_provider;
};

std::unique_ptr<AutomationWorker> TestSenderGaps::makeWorker(const QString& holder)
{
    AutomationWorker::Options o;
    o.location = m_store->location();
    o.connectionName = holder.left(8);
    o.holderId = holder;
    o.senderLabel = QStringLiteral("office-server");
    o.senderKind = SenderBeat::Kind::Worker;
    o.sharedProvider = m_provider.get();
    o.clock = m_clock.get();
    o.pollIntervalMs = 20;
    o.compose = [](TextBackTemplate, const Lead&) {
        return QStringLiteral("Sorry we missed your call - how can we help?");
    };
    o.helpText = [] {
        return QStringLiteral("Reply STOP to opt out.");
    };
    o.followUpAllowedAt = [](const QString&, const QDateTime& at) {
        return at.addYears(1); // no follow-ups in this test
    };
    o.composeFollowUp = [](const Lead&) {
        return QStringLiteral("Still need a hand?");
    };
    return std::make_unique<AutomationWorker>(o);
}

bool TestSenderGaps::allDecided()
{
    CallStore calls(m_store->db());
    for (const Call& c : std::as_const(m_provider->calls)) {
        auto stored = calls.byProviderId(c.providerCallId);
        if (!stored || !stored->has_value() || !(*stored)->decidedAt.isValid())
            return false;
    }
    return true;
}

void TestSenderGaps::eveningWithoutASenderIsCounted()
{
    m_clock = std::make_unique<ManualClock>(monday(16, 50));
    m_store = std::make_unique<TempDatabase>(QStringLiteral("test"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    {
        KeyValueStore kv(m_store->db(), KeyValueStore::Table::Settings);
        Settings settings(&kv, nullptr);
        settings.setValue(SettingKey::BusinessNumbers, QStringList{kBusiness});
        settings.setValue(SettingKey::AutomationEnabledSince, qlonglong(monday(15, 0).toMSecsSinceEpoch()));
        settings.setValue(SettingKey::StaleCutoffMinutes, 60);
    }
    m_provider = std::make_unique<ScriptedProvider>();
    m_provider->clock = m_clock.get();

    // The afternoon: the worker texts a missed caller at once.
    m_provider->calls << inboundCall(QStringLiteral("CA0"), number(0), kBusiness, CallStatus::NoAnswer,
                                     monday(16, 45));
    auto worker = makeWorker(QStringLiteral("office-server headless (pid 1 on office-server)"));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->sent.size() == 1 && allDecided(), 30'000);
    QSignalSpy stopped(worker.get(), &AutomationWorker::stopped);
    m_clock->set(monday(17, 0));
    worker->stop(); // 17:00: the worker is stopped (the machine shut down for the evening)
    QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
    worker.reset();

    // The evening: 7 missed calls while nobody texts, an hour and three quarters of them.
    const QList<QTime> evening{QTime(17, 10), QTime(17, 25), QTime(17, 40), QTime(17, 55),
                               QTime(18, 20), QTime(18, 35), QTime(18, 50)};
    for (int i = 0; i < evening.size(); ++i)
        m_provider->calls << inboundCall(QStringLiteral("CA%1").arg(i + 1), number(i + 1), kBusiness,
                                         CallStatus::NoAnswer,
                                         QDateTime(QDate(2026, 3, 2), evening[i], Qt::UTC));

    // 19:00: the worker is back (a new process). 17:10-17:55 are older than the stale cutoff (left for
    // a person); 18:20-18:50 are texted on the catch-up.
    m_clock->set(monday(19, 0));
    worker = makeWorker(QStringLiteral("office-server headless (pid 2 on office-server)"));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->sent.size() == 4 && allDecided(), 30'000);
    // A call after it is back: texted, not in the gap.
    // (The clock moves less than the heartbeat's freshness: a bigger jump would be a gap too, as
    // when a laptop sleeps.)
    m_clock->set(monday(19, 0).addSecs(20));
    m_provider->calls << inboundCall(QStringLiteral("CA8"), number(8), kBusiness, CallStatus::NoAnswer,
                                     monday(19, 0).addSecs(10));
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->sent.size() == 5 && allDecided(), 30'000);
    QSignalSpy stoppedAgain(worker.get(), &AutomationWorker::stopped);
    worker->stop();
    QVERIFY(stoppedAgain.count() == 1 || stoppedAgain.wait(10'000));

    // The gap, from the heartbeats: from the stop to the start.
    const QList<SenderGap> gaps =
        SenderHeartbeatStore(m_store->db()).gaps(monday(0, 0), monday(0, 0).addDays(1)).value();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().startedAt, monday(17, 0));
    QCOMPARE(gaps.first().endedAt, monday(19, 0));

    // The report: 9 missed calls, 7 of them while nobody was texting, 4 of those never texted.
    const DashboardFigures figures =
        DashboardReport(m_store->db())
            .compute(ReportPeriod{monday(0, 0), monday(0, 0).addDays(1)}, QTimeZone::utc())
            .value();
    QCOMPARE(figures.missedCalls, 9);
    QCOMPARE(figures.missedWhileNobodyTexting, 7);
    QCOMPARE(figures.missedWhileNobodyTextingNotTexted, 4);

    // The dashboard says it, for this week.
    ui::DashboardPage page(m_store->db(), *m_clock);
    QSignalSpy shown(&page, &ui::DashboardPage::figuresShown);
    page.setRange(ui::DashboardPage::Range::Last7Days);
    page.show();
    QVERIFY(shown.count() > 0 || shown.wait(30'000));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 30'000);
    QCOMPARE(page.figureLabel(QStringLiteral("nobodyTexting"))->text(),
             QStringLiteral("Missed calls while nobody was texting: 7 (this week)"));
    QVERIFY(page.figureLabel(QStringLiteral("nobodyTextingHint"))
                ->text()
                .contains(QStringLiteral("always-on worker")));

    // The Calls page marks those 7 calls, and only them.
    PhoneNumberService phone(QStringLiteral("US"));
    ui::CallLogModel model(m_store->db(), phone);
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 9);
    QStringList marked;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex outcome = model.index(row, ui::CallLogModel::OutcomeColumn);
        const bool inGap = model.data(outcome, ui::CallLogModel::NobodyTextingRole).toBool();
        QCOMPARE(model.data(outcome).toString().endsWith(QStringLiteral("(nobody was texting)")), inGap);
        if (inGap)
            marked << model.data(outcome, ui::CallLogModel::NumberRole).toString();
    }
    marked.sort();
    QStringList expected;
    for (int i = 1; i <= 7; ++i)
        expected << number(i);
    QCOMPARE(marked, expected);
}

QTEST_MAIN(TestSenderGaps)
#include "tst_sendergaps.moc"
