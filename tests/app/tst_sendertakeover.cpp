// Issue 21: two desks and the always-on worker on one database. The worker texts, and both desks
// say so; the worker is SIGKILLed (a power cut, the OOM killer): a desk takes over at once (the
// database drops a dead connection's lock; on SQLite the lease names a pid that is gone) and
// every desk's status bar names who texts now. On SQLite here and on PostgreSQL in
// tst_sendertakeover_postgres.
#include "FakeHttpServer.h"
#include "ProviderRecords.h"
#include "TempDatabase.h"
#include "automation/AutomationLease.h"
#include "automation/AutomationWorker.h"
#include "automation/WhoIsTextingLabel.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kAccount = QStringLiteral("AC00000000000000000000000000000001");
const QString kToken = QStringLiteral("test-token-not-secret");

// One desk as DesktopSession builds it: a worker of kind Desk and the status bar's label fed by it.
struct Desk
{
    std::unique_ptr<AutomationWorker> worker;
    std::unique_ptr<ui::WhoIsTextingLabel> status;
    QString holder;
};

} // namespace

class TestSenderTakeover : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deskTakesOverFromAKilledWorkerAndEveryDeskSaysSo();

private:
    Desk makeDesk(const QString& name);

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestSenderTakeover::init()
{
    m_store = std::make_unique<TempDatabase>(QStringLiteral("setup"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    // An office with no calls: the test is about who polls, not what they find.
    m_server->setHandler([](const FakeRequest& r) -> std::optional<FakeResponse> {
        if (r.path.endsWith(QLatin1String("/Calls.json")))
            return twilioPage("calls", {});
        if (r.path.endsWith(QLatin1String("/Messages.json")))
            return twilioPage("messages", {});
        return std::nullopt;
    });
    KeyValueStore kv(m_store->db(), KeyValueStore::Table::Settings);
    Settings settings(&kv, nullptr);
    settings.setValue(SettingKey::BusinessNumbers, QStringList{kBusiness});
    settings.setValue(SettingKey::AutomationEnabledSince,
                      qlonglong(QDateTime::currentMSecsSinceEpoch() - 3600'000));
    settings.setValue(SettingKey::PollIntervalSeconds, 1);
    m_store->close(); // the desks and the worker open their own
}

void TestSenderTakeover::cleanup()
{
    m_server.reset();
    m_store.reset();
}

Desk TestSenderTakeover::makeDesk(const QString& name)
{
    Desk desk;
    AutomationWorker::Options o;
    o.location = m_store->location();
    o.connectionName = name;
    o.holderId = AutomationLease::holderIdFor(name + QStringLiteral(" desk"));
    o.senderKind = SenderBeat::Kind::Desk;
    o.senderLabel = name; // the desk's name in Settings
    const QUrl url = m_server->baseUrl();
    o.makeProvider = [url] {
        TwilioOptions options;
        options.baseUrl = url;
        return std::unique_ptr<VoipProvider>(
            new TwilioProvider(TwilioCredentials{kAccount, {}, kToken}, options));
    };
    desk.holder = o.holderId;
    desk.worker = std::make_unique<AutomationWorker>(o);
    desk.status = std::make_unique<ui::WhoIsTextingLabel>();
    ui::WhoIsTextingLabel* status = desk.status.get();
    connect(desk.worker.get(), &AutomationWorker::stateChanged, status,
            [status](const AutomationState& s) { status->setPresence(s.senders); });
    return desk;
}

void TestSenderTakeover::deskTakesOverFromAKilledWorkerAndEveryDeskSaysSo()
{
    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"), kAccount);
    env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), kToken);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    env.remove(QStringLiteral("DISPLAY"));
    worker.setProcessEnvironment(env);
    worker.setProcessChannelMode(QProcess::MergedChannels);
    worker.start(QStringLiteral(RINGBACK_BINARY),
                 {QStringLiteral("--headless"), QStringLiteral("--db"), m_store->location().toArgument(),
                  QStringLiteral("--provider-url"), m_server->baseUrl().toString()});
    QVERIFY(worker.waitForStarted());
    // The worker starts first and holds the sending role (this event loop serves its requests).
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() > 2, 60'000);

    Desk front = makeDesk(QStringLiteral("Front desk"));
    Desk back = makeDesk(QStringLiteral("Back office"));
    front.worker->start();
    back.worker->start();
    const auto says = [](const Desk& d, const QString& text) {
        return d.status->text().contains(text);
    };
    const QString fromWorker = QStringLiteral("Texting from the always-on worker on");
    QTRY_VERIFY_WITH_TIMEOUT(says(front, fromWorker) && says(back, fromWorker), 60'000);
    QCOMPARE(front.worker->state().mode, AutomationState::Mode::Standby);
    QCOMPARE(back.worker->state().mode, AutomationState::Mode::Standby);

    QElapsedTimer sinceKill;
    worker.kill(); // SIGKILL: no goodbye, the lock goes with the process
    QVERIFY(worker.waitForFinished(30'000));
    sinceKill.start();
    const auto live = [](const Desk& d) {
        return d.worker->state().mode == AutomationState::Mode::Live;
    };
    QTRY_VERIFY_WITH_TIMEOUT(live(front) || live(back), 60'000);
    const qint64 takeoverMs = sinceKill.elapsed();
    const Desk& sender = live(front) ? front : back;
    const Desk& other = live(front) ? back : front;
    QVERIFY(!live(other));
    const QString senderName =
        &sender == &front ? QStringLiteral("Front desk") : QStringLiteral("Back office");
    QTRY_VERIFY2_WITH_TIMEOUT(says(sender, QStringLiteral("This PC is texting")),
                              qPrintable(sender.status->text()), 30'000);
    QTRY_VERIFY2_WITH_TIMEOUT(says(other, QStringLiteral("Texting from ") + senderName),
                              qPrintable(other.status->text()), 30'000);
    QVERIFY(!sender.status->saysNobody() && !other.status->saysNobody());
    qInfo("a desk took over %lld ms after the worker was killed", takeoverMs);

    QSignalSpy frontStopped(front.worker.get(), &AutomationWorker::stopped);
    QSignalSpy backStopped(back.worker.get(), &AutomationWorker::stopped);
    front.worker->stop();
    back.worker->stop();
    QVERIFY(frontStopped.count() == 1 || frontStopped.wait(30'000));
    QVERIFY(backStopped.count() == 1 || backStopped.wait(30'000));
}

QTEST_MAIN(TestSenderTakeover)
#include "tst_sendertakeover.moc"
