// The inbox's "when" column: short, and exact enough to tell today from last week.
#include "common/RelativeTime.h"

#include <QtTest>

using namespace ringback;

class TestRelativeTime : public QObject
{
    Q_OBJECT
private slots:
    void says_data();
    void says();
    void todayHasNoSeconds_data();
    void todayHasNoSeconds();
};

void TestRelativeTime::says_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    // "Now" is Thursday 2026-03-12 15:30 in Chicago (CDT, UTC-5, since 8 March).
    const QDateTime now(QDate(2026, 3, 12), QTime(20, 30), Qt::UTC);
    QTest::newRow("seconds ago") << now.addSecs(-20) << "now";
    QTest::newRow("a desk's clock slightly ahead") << now.addSecs(30) << "now";
    QTest::newRow("one minute") << now.addSecs(-60) << "1 min";
    QTest::newRow("two minutes") << now.addSecs(-150) << "2 min";
    QTest::newRow("59 minutes") << now.addSecs(-59 * 60) << "59 min";
    QTest::newRow("earlier today") << QDateTime(QDate(2026, 3, 12), QTime(19, 2), Qt::UTC) << "14:02";
    QTest::newRow("local midnight is today")
        << QDateTime(QDate(2026, 3, 12), QTime(5, 0), Qt::UTC) << "00:00";
    QTest::newRow("late yesterday local, same UTC day")
        << QDateTime(QDate(2026, 3, 12), QTime(4, 0), Qt::UTC) << "Wed";
    QTest::newRow("Monday") << QDateTime(QDate(2026, 3, 9), QTime(15, 0), Qt::UTC) << "Mon";
    QTest::newRow("six days ago") << QDateTime(QDate(2026, 3, 6), QTime(15, 0), Qt::UTC) << "Fri";
    QTest::newRow("a week ago") << QDateTime(QDate(2026, 3, 5), QTime(15, 0), Qt::UTC) << "5 Mar";
    QTest::newRow("this year") << QDateTime(QDate(2026, 1, 2), QTime(15, 0), Qt::UTC) << "2 Jan";
    QTest::newRow("last year") << QDateTime(QDate(2025, 12, 30), QTime(15, 0), Qt::UTC) << "30/12/2025";
    QTest::newRow("never") << QDateTime() << "";
}

void TestRelativeTime::todayHasNoSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C") << QLocale::c() << "14:02";
    QTest::newRow("US") << QLocale(QLocale::English, QLocale::UnitedStates) << "2:02 PM";
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << "14:02";
}

void TestRelativeTime::todayHasNoSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 12), QTime(20, 30), Qt::UTC);
    const QString said =
        relativeTime(QDateTime(QDate(2026, 3, 12), QTime(14, 2, 7), Qt::UTC), now, locale, QTimeZone::utc());
    QCOMPARE(said.simplified(), QString(expected).simplified());
}

void TestRelativeTime::says()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 12), QTime(20, 30), Qt::UTC);
    QCOMPARE(relativeTime(at, now, QLocale(QLocale::English, QLocale::UnitedKingdom),
                          QTimeZone("America/Chicago")),
             expected);
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
