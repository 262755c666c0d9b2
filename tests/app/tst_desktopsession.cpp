// The whole desk (window, models, tray, notifier, settings) built and torn down as the app does.
// Tearing down must not reach an object already gone: the window goes first, so what its views do
// on the way out (the lead card saves notes typed a moment ago, which makes the notifier look for
// new replies and read this computer's settings) still finds the settings, the notifier and the
// database there. Run under the asan preset, a wrong order is a use-after-free report.
// Start-up continues from the keychain's answer: nothing waits for it in a nested event loop.
#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "DesktopSession.h"
#include "DesktopStart.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "board/LeadBoard.h"
#include "board/LeadColumnModel.h"
#include "conversation/ConversationView.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxPage.h"
#include "settings/CredentialStore.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "tray/ReplyNotifier.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;

namespace {

// A keychain being unlocked: it answers a read only when the test says so.
class LateKeychain final : public CredentialStore
{
public:
    QString backendName() const override { return QStringLiteral("late"); }
    void read(const QString& key, Done<QString> done) override
    {
        m_keys << key;
        m_pending << std::move(done);
    }
    void write(const QString&, const QString&, Done<void> done) override { done({}); }
    void remove(const QString&, Done<void> done) override { done({}); }

    QStringList keysAsked() const { return m_keys; }
    void answer(const Result<QString, CredentialError>& answer)
    {
        const auto pending = std::exchange(m_pending, {});
        for (const Done<QString>& done : pending)
            done(answer);
    }

private:
    QStringList m_keys;
    QList<Done<QString>> m_pending;
};

Result<QString, CredentialError> keychainAnswer(const QString& kind)
{
    if (kind == QLatin1String("saved"))
        return QStringLiteral("s3cret");
    if (kind == QLatin1String("nothing saved"))
        return CredentialError{CredentialError::Kind::NotFound, QStringLiteral("Nothing saved.")};
    if (kind == QLatin1String("no keychain"))
        return CredentialError{CredentialError::Kind::NoBackend, QStringLiteral("No keychain.")};
    return CredentialError{CredentialError::Kind::Denied, QStringLiteral("The keychain refused.")};
}

// Says whether the event loop ran while a call was on the stack: a timer due at once, set before
// the call, runs inside it only when the call spins a loop of its own (waiting for an answer).
class NestedLoopProbe
{
public:
    // `thenDo` runs with the timer, told whether that is inside the call.
    explicit NestedLoopProbe(std::function<void(bool inside)> thenDo = {})
    {
        QTimer::singleShot(0, qApp, [this, thenDo = std::move(thenDo)] {
            m_ran = true;
            m_ranInside = m_inside;
            if (thenDo)
                thenDo(m_inside);
        });
    }
    void callReturned() { m_inside = false; }
    bool ranInsideTheCall() const { return m_ranInside; }
    bool ran() const { return m_ran; }

private:
    bool m_inside = true;
    bool m_ran = false;
    bool m_ranInside = false;
};

} // namespace

class TestDesktopSession : public QObject
{
    Q_OBJECT
private slots:
    void teardownWithAReplyPendingAndNotesUnsaved();
    void databasePasswordComesFromTheKeychainsAnswer_data();
    void databasePasswordComesFromTheKeychainsAnswer();
    void desktopStartsFromTheKeychainsAnswer();
    void anotherDesksChangeRereadsOnlyItsRows();
};

void TestDesktopSession::teardownWithAReplyPendingAndNotesUnsaved()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Lead lead =
        LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), before).value();

    auto* session = new app::DesktopSession(t.db(), QStringLiteral("US"), false);
    session->showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
    session->openConversation(lead.id);
    auto* notes = session->window().findChild<QPlainTextEdit*>(QStringLiteral("leadNotes"));
    QVERIFY(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Gate code 4411"));

    // A reply arrives that nobody has announced yet.
    Message m;
    m.providerMessageId = QStringLiteral("SMpending");
    m.leadId = lead.id;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = lead.e164;
    m.toNumber = QStringLiteral("+15125550100");
    m.body = QStringLiteral("Are you still coming today?");
    m.status = MessageStatus::Received;
    m.createdAt = QDateTime::currentDateTimeUtc().addSecs(5);
    QVERIFY(MessageStore(t.db()).upsertFromProvider(m, m.createdAt).ok());
    QVERIFY(LeadStore(t.db()).touch(lead.id, m.createdAt, true).ok());

    auto* notifier = session->findChild<ui::ReplyNotifier*>();
    QVERIFY(notifier);
    QSignalSpy announced(notifier, &ui::ReplyNotifier::replyArrived);
    delete session; // the notes are flushed on the way out, which asks the notifier to check

    // The notes typed a moment before quitting were kept, and the notifier that looked for
    // replies then found its settings (notifications on, the default) and the reply.
    QCOMPARE(LeadStore(t.db()).byId(lead.id).value()->notes, QStringLiteral("Gate code 4411"));
    QCOMPARE(announced.count(), 1);
}

void TestDesktopSession::databasePasswordComesFromTheKeychainsAnswer_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("password"); // what the location carries
    QTest::addColumn<QString>("refusal");  // or the sentence instead
    QTest::newRow("saved password") << "saved"
                                    << "s3cret"
                                    << "";
    QTest::newRow("nothing saved: libpq's own ways") << "nothing saved"
                                                     << ""
                                                     << "";
    QTest::newRow("no keychain on this computer") << "no keychain"
                                                  << ""
                                                  << "";
    QTest::newRow("keychain refused") << "refused"
                                      << ""
                                      << "The keychain refused.";
}

void TestDesktopSession::databasePasswordComesFromTheKeychainsAnswer()
{
    QFETCH(QString, answer);
    QFETCH(QString, password);
    QFETCH(QString, refusal);
    app::CommandLineOptions options;
    QVERIFY(options.parse({QStringLiteral("ringback"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://maria@db.office.example/ringback")}));
    LateKeychain keychain;
    std::optional<Result<DatabaseLocation, QString>> resolved;

    // The keychain answers from the event loop, after the probe's timer: a nested loop waiting
    // inside resolveDatabase would run both before it returns.
    NestedLoopProbe probe([&](bool) { keychain.answer(keychainAnswer(answer)); });
    app::resolveDatabase(options, keychain,
                         [&](Result<DatabaseLocation, QString> location) { resolved = std::move(location); });
    probe.callReturned();
    QVERIFY2(!probe.ranInsideTheCall(),
             "the event loop ran inside resolveDatabase: a nested loop waited for the keychain");
    QVERIFY2(!resolved, "resolveDatabase answered before the keychain did");
    QCOMPARE(keychain.keysAsked(), QStringList{QStringLiteral("postgres/maria@db.office.example")});

    QTRY_VERIFY(resolved.has_value());
    if (!refusal.isEmpty()) {
        QVERIFY(!resolved->ok());
        QCOMPARE(resolved->error(), refusal);
        return;
    }
    QVERIFY2(resolved->ok(), qPrintable(resolved->ok() ? QString() : resolved->error()));
    QCOMPARE(resolved->value().password, password);
    QCOMPARE(resolved->value().databaseName, QStringLiteral("ringback"));
}

void TestDesktopSession::desktopStartsFromTheKeychainsAnswer()
{
    // On the test server the desk opens; without one (the SQLite run) an address where nothing
    // listens, which fails at once, after the keychain's answer.
    std::optional<TempDatabase> shared;
    QString url = QStringLiteral("postgresql://ringback@127.0.0.1:1/ringback");
    if (TestBackend::postgres()) {
        shared.emplace();
        QVERIFY2(shared->ok(), qPrintable(shared->errorText()));
        url = shared->location().toArgument();
    }
    app::CommandLineOptions options;
    QVERIFY(options.parse(
        {QStringLiteral("ringback"), QStringLiteral("--minimized"), QStringLiteral("--db"), url}));
    auto* keychain = new LateKeychain;
    app::DesktopStart start(options, std::unique_ptr<CredentialStore>(keychain));
    QSignalSpy started(&start, &app::DesktopStart::started);
    QSignalSpy failed(&start, &app::DesktopStart::failed);

    // Inside a nested loop the keychain answers, so that the loop ends and the test fails.
    NestedLoopProbe probe([keychain](bool inside) {
        if (inside)
            keychain->answer(keychainAnswer(QStringLiteral("nothing saved")));
    });
    start.start();
    probe.callReturned();
    QVERIFY2(!probe.ranInsideTheCall(),
             "the event loop ran inside start(): a nested loop waited for the keychain");
    QTRY_VERIFY(probe.ran());
    QCOMPARE(keychain->keysAsked().size(), 1);
    QVERIFY(!start.session());
    QCOMPARE(started.count() + failed.count(), 0);

    // Another launch asks for the window meanwhile: it is shown once there, though --minimized.
    start.bringWindowForward();
    keychain->answer(keychainAnswer(QStringLiteral("nothing saved")));
    if (!shared) {
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!start.session());
        return;
    }
    QTRY_COMPARE(started.count(), 1);
    QVERIFY(start.session());
    QVERIFY(QTest::qWaitForWindowExposed(&start.session()->window()));
    QCOMPARE(failed.count(), 0);
}

void TestDesktopSession::anotherDesksChangeRereadsOnlyItsRows()
{
    if (!TestBackend::postgres())
        QSKIP("Other desks' changes are announced on a shared database only.");
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    constexpr int kLeads = 500;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    QList<Lead> leads;
    {
        Transaction tx(t.db());
        for (int i = 0; i < kLeads; ++i)
            leads << LeadStore(t.db())
                         .findOrCreate(QStringLiteral("+1512555%1").arg(i, 4, 10, QLatin1Char('0')),
                                       QString(), start.addSecs(i))
                         .value();
        QVERIFY(tx.commit().ok());
    }
    app::DesktopSession session(t.db(), QStringLiteral("US"), false);
    auto* link = session.findChild<DeskConnection*>();
    QVERIFY(link);
    QTRY_VERIFY_WITH_TIMEOUT(link->isOpen(), 10'000); // listening from here on
    auto* inbox = session.findChild<ui::ConversationListModel*>();
    QVERIFY(inbox);
    // The Open list (Needs reply, the default, has none of these callers: none has texted).
    auto* open = session.window().findChild<QAbstractButton*>(QStringLiteral("filterOpen"));
    QVERIFY(open);
    open->click();
    // Scrolling down reads the next pages on the desk connection: the UI thread's own connection,
    // closed here, is not asked.
    t.db().connection().close();
    QTRY_VERIFY_WITH_TIMEOUT(
        [inbox] {
            if (inbox->canFetchMore({}))
                inbox->fetchMore({});
            return inbox->rowCount() == kLeads && !inbox->canFetchMore({});
        }(),
        20'000);
    // Whatever the start-up still had on its way has arrived: the desk connection runs jobs in
    // order.
    bool flushed = false;
    link->read(
        this, [](Database&) { return 0; }, [&flushed](int) { flushed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed, 10'000);
    const int readBefore = inbox->rowsRead();
    auto* board = session.findChild<ui::LeadBoard*>();
    QVERIFY(board);
    const auto cardsRead = [board] {
        int read = 0;
        for (LeadStatus status : ui::LeadBoard::statuses())
            read += board->column(status)->rowsRead();
        return read;
    };
    const int cardsBefore = cardsRead();
    QVERIFY(board->column(LeadStatus::New)->rowCount() > 1);
    QAbstractItemModelTester tester(inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(inbox, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(inbox, &QAbstractItemModel::modelReset);

    // Another desk: a reply from the caller of the 100th lead, which brings it to the top.
    const Lead& replied = leads.at(99);
    auto other = Database::open(t.location(), QStringLiteral("other desk"));
    QVERIFY(other);
    Message m;
    m.providerMessageId = QStringLiteral("SMother");
    m.leadId = replied.id;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = replied.e164;
    m.toNumber = QStringLiteral("+15125550100");
    m.body = QStringLiteral("Can you come Thursday?");
    m.status = MessageStatus::Received;
    m.createdAt = QDateTime::currentDateTimeUtc();
    {
        Transaction tx(*other.value()); // as its worker stores a reply
        QVERIFY(MessageStore(*other.value()).upsertFromProvider(m, m.createdAt).ok());
        QVERIFY(LeadStore(*other.value()).touch(replied.id, m.createdAt, true).ok());
        QVERIFY(tx.commit().ok());
    }

    QTRY_COMPARE_WITH_TIMEOUT(
        inbox->data(inbox->index(0, 0), ui::ConversationListModel::LeadIdRole).toLongLong(), replied.id,
        10'000);
    QCOMPARE(inbox->rowCount(), kLeads);
    QVERIFY(inbox->data(inbox->index(0, 0), ui::ConversationListModel::UnreadRole).toBool());
    QCOMPARE(inbox->data(inbox->index(1, 0), ui::ConversationListModel::LeadIdRole).toLongLong(),
             leads.last().id);
    // The one conversation that changed was read again, not the 500 on show, and moved up
    // (views keep their selection and scroll).
    QCOMPARE(inbox->rowsRead() - readBefore, 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
    // On the board too: its one card, in the one column it is in.
    QTRY_COMPARE_WITH_TIMEOUT(cardsRead() - cardsBefore, 1, 10'000);
}

int main(int argc, char** argv)
{
    // This computer's settings (QSettings) and data folders go to a throwaway home.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RingbackTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopsession"));
    TestDesktopSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktopsession.moc"
