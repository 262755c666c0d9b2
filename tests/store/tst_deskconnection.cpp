// DeskConnection: the desk's reads and writes on a thread and connection of their own. Jobs run in
// order, answers come back on the asking thread and only to a receiver that still exists, and
// destroying it with work pending neither waits without limit nor crashes. (What it does while the
// server stops answering is tst_frozendatabase's.)
#include "TempDatabase.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"

#include <QThread>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestDeskConnection : public QObject
{
    Q_OBJECT
private slots:
    void jobsRunInOrderAndAnswerOnTheAskingThread();
    void aReceiverThatIsGoneGetsNoAnswer();
    void destroyedWithWorkPending();
    void aStoreThatCannotBeOpenedIsSaid();
};

void TestDeskConnection::jobsRunInOrderAndAnswerOnTheAskingThread()
{
    TempDatabase store;
    QVERIFY2(store.ok(), qPrintable(store.errorText()));
    DeskConnection link(store.location());
    const QString e164 = QStringLiteral("+15125550147");
    link.write([e164](Database& db) {
        return LeadStore(db)
            .findOrCreate(e164, QStringLiteral("Austin, TX"), QDateTime::currentDateTimeUtc())
            .ok();
    });
    QObject receiver;
    std::optional<bool> found;
    QThread* answeredOn = nullptr;
    link.read(
        &receiver,
        [](Database& db) {
            auto count = db.exec(QStringLiteral("SELECT COUNT(*) FROM leads"));
            return count && count->next() && count->value(0).toInt() == 1 &&
                   QThread::currentThread() != qApp->thread();
        },
        [&](bool value) {
            found = value;
            answeredOn = QThread::currentThread();
        });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10'000);
    QVERIFY(*found); // the write ran first, and on the connection's thread
    QCOMPARE(answeredOn, qApp->thread());
    QVERIFY(link.answering());
}

void TestDeskConnection::aReceiverThatIsGoneGetsNoAnswer()
{
    TempDatabase store;
    QVERIFY2(store.ok(), qPrintable(store.errorText()));
    DeskConnection link(store.location());
    bool answered = false;
    {
        QObject receiver;
        link.read(
            &receiver, [](Database&) { return 1; }, [&answered](int) { answered = true; });
    }
    QObject stillHere;
    bool later = false;
    link.read(
        &stillHere, [](Database&) { return 2; }, [&later](int) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 10'000);
    QVERIFY(!answered);
}

void TestDeskConnection::destroyedWithWorkPending()
{
    TempDatabase store;
    QVERIFY2(store.ok(), qPrintable(store.errorText()));
    QObject receiver;
    int answers = 0;
    {
        DeskConnection link(store.location());
        for (int i = 0; i < 200; ++i)
            link.read(
                &receiver, [](Database& db) { return db.exec(QStringLiteral("SELECT 1")).ok(); },
                [&answers](bool) { ++answers; });
    }
    // Answers queued before the end may or may not have arrived; none arrives after it.
    const int atEnd = answers;
    QTest::qWait(200);
    QCOMPARE(answers, atEnd);
}

// The desk's own connection could not be opened (the server went away just after the UI
// connection was made): the status bar hears it, as for a connection lost later.
void TestDeskConnection::aStoreThatCannotBeOpenedIsSaid()
{
    DeskConnection link(DatabaseLocation::sqliteFile(QStringLiteral("/proc/ringback-none/desk.db")));
    QSignalSpy lost(&link, &DeskConnection::connectionLost);
    QVERIFY(lost.wait(10'000));
    QVERIFY(!lost.first().first().toString().isEmpty());
    QVERIFY(!link.isOpen());
}

QTEST_GUILESS_MAIN(TestDeskConnection)
#include "tst_deskconnection.moc"
