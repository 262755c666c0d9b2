// The wait after provider failures (DESIGN §8, "faults cost seconds"): about half a second first,
// doubling only while failures repeat, +-20 % jitter, a Retry-After taken exactly.
#include "common/Backoff.h"

#include <QtTest>

using namespace ringback;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void sequence_data();
    void sequence();
    void retryAfterIsExactAndCounts();
    void successStartsAgain();
};

void TestBackoff::sequence_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<int>>("waits");

    QTest::newRow("middle of the spread: the base itself")
        << 0.5
        << QList<int>{500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000};
    QTest::newRow("low end: 20 % shorter") << 0.0 << QList<int>{400, 800, 1600, 3200, 6400};
    QTest::newRow("high end: 20 % longer, never past the ceiling")
        << 1.0 << QList<int>{600, 1200, 2400, 4800, 9600, 19200, 38400, 76800, 153600, 300000};
}

void TestBackoff::sequence()
{
    QFETCH(double, random);
    QFETCH(QList<int>, waits);
    Backoff backoff(Backoff::Config{}, [random] { return random; });
    QList<int> got;
    for (int i = 0; i < waits.size(); ++i)
        got << backoff.failed();
    QCOMPARE(got, waits);
    QCOMPARE(backoff.failures(), waits.size());
}

void TestBackoff::retryAfterIsExactAndCounts()
{
    Backoff backoff(Backoff::Config{}, [] { return 1.0; });
    QCOMPARE(backoff.failed(2000), 2000); // no jitter on what the server asked for
    QCOMPARE(backoff.failed(0), 0);
    // The failures still count: the next guess of our own is the third step.
    QCOMPARE(backoff.failed(), 2400);
    QCOMPARE(backoff.failed(10LL * 3600 * 1000), 5 * 60'000); // an absurd ask is capped
}

void TestBackoff::successStartsAgain()
{
    Backoff backoff(Backoff::Config{}, [] { return 0.5; });
    QCOMPARE(backoff.failed(), 500);
    QCOMPARE(backoff.failed(), 1000);
    backoff.succeeded();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.failed(), 500);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
