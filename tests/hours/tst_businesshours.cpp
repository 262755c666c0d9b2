// Opening hours: split shifts, closures and holidays, the status line and {next_open}, and wall
// time that stays wall time across daylight-saving changes in New York and London.
#include "hours/BusinessHours.h"
#include "hours/BusinessHoursText.h"
#include "hours/WallClock.h"

#include <QtTest>

using namespace ringback;

namespace {

const QTimeZone kNewYork("America/New_York");
const QTimeZone kLondon("Europe/London");

QDateTime local(const QTimeZone& zone, int y, int m, int d, int hh, int mm = 0)
{
    const QDateTime t(QDate(y, m, d), QTime(hh, mm), zone);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

constexpr int h(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

// Monday-Friday 7:00-12:00 and 13:00-17:30, Saturday 8:00-12:00, Sunday closed.
BusinessHours tradesOffice(const QTimeZone& zone)
{
    BusinessHours b(zone);
    for (int day = 1; day <= 5; ++day)
        b.setRanges(day, {{h(13), h(17, 30)}, {h(7), h(12)}}); // given out of order on purpose
    b.setRanges(6, {{h(8), h(12)}});
    return b;
}

} // namespace

class TestBusinessHours : public QObject
{
    Q_OBJECT
private slots:
    void isOpen_data();
    void isOpen();
    void nextOpeningAndClosing_data();
    void nextOpeningAndClosing();
    void wallTimeAcrossDst_data();
    void wallTimeAcrossDst();
    void nonexistentAndRepeatedHour();
    void status_data();
    void status();
    void nextOpenText_data();
    void nextOpenText();
    void nextOpenTextIsGsm();
    void openAroundTheClock();
    void neverOpen();
    void problems();
};

void TestBusinessHours::isOpen_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("open");

    // 2026-01-05 is a Monday.
    QTest::newRow("before opening") << local(kNewYork, 2026, 1, 5, 6, 59) << false;
    QTest::newRow("at opening") << local(kNewYork, 2026, 1, 5, 7, 0) << true;
    QTest::newRow("morning shift") << local(kNewYork, 2026, 1, 5, 11, 59) << true;
    QTest::newRow("lunch break of a split shift") << local(kNewYork, 2026, 1, 5, 12, 30) << false;
    QTest::newRow("afternoon shift") << local(kNewYork, 2026, 1, 5, 13, 0) << true;
    QTest::newRow("at closing") << local(kNewYork, 2026, 1, 5, 17, 30) << false;
    QTest::newRow("Saturday morning") << local(kNewYork, 2026, 1, 10, 9, 0) << true;
    QTest::newRow("Saturday afternoon") << local(kNewYork, 2026, 1, 10, 13, 0) << false;
    QTest::newRow("Sunday") << local(kNewYork, 2026, 1, 11, 10, 0) << false;
    QTest::newRow("holiday Monday") << local(kNewYork, 2026, 5, 25, 10, 0) << false;
    QTest::newRow("special hours: open in the short day") << local(kNewYork, 2026, 12, 24, 9, 0) << true;
    QTest::newRow("special hours: closed after the short day")
        << local(kNewYork, 2026, 12, 24, 13, 0) << false;
    QTest::newRow("special hours on a Sunday") << local(kNewYork, 2026, 12, 20, 11, 0) << true;
}

void TestBusinessHours::isOpen()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    BusinessHours b = tradesOffice(kNewYork);
    b.addClosure({QDate(2026, 5, 25), QStringLiteral("Memorial Day"), {}});
    b.addClosure({QDate(2026, 12, 24), QStringLiteral("Christmas Eve"), {{h(8), h(12)}}});
    b.addClosure({QDate(2026, 12, 20), QStringLiteral("Holiday rush"), {{h(10), h(14)}}});
    QCOMPARE(b.isOpen(at), open);
}

void TestBusinessHours::nextOpeningAndClosing_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("opening");
    QTest::addColumn<QDateTime>("closing");

    QTest::newRow("morning: next opening is after lunch")
        << local(kNewYork, 2026, 1, 5, 9, 0) << local(kNewYork, 2026, 1, 5, 13, 0)
        << local(kNewYork, 2026, 1, 5, 12, 0);
    QTest::newRow("lunch break") << local(kNewYork, 2026, 1, 5, 12, 15) << local(kNewYork, 2026, 1, 5, 13, 0)
                                 << local(kNewYork, 2026, 1, 5, 17, 30);
    QTest::newRow("Friday evening: Saturday 8:00")
        << local(kNewYork, 2026, 1, 9, 18, 0) << local(kNewYork, 2026, 1, 10, 8, 0)
        << local(kNewYork, 2026, 1, 10, 12, 0);
    QTest::newRow("Saturday afternoon skips Sunday")
        << local(kNewYork, 2026, 1, 10, 12, 0) << local(kNewYork, 2026, 1, 12, 7, 0)
        << local(kNewYork, 2026, 1, 12, 12, 0);
    QTest::newRow("Saturday before a holiday Monday skips both")
        << local(kNewYork, 2026, 5, 23, 14, 0) << local(kNewYork, 2026, 5, 26, 7, 0)
        << local(kNewYork, 2026, 5, 26, 12, 0);
}

void TestBusinessHours::nextOpeningAndClosing()
{
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, opening);
    QFETCH(QDateTime, closing);
    BusinessHours b = tradesOffice(kNewYork);
    b.addClosure({QDate(2026, 5, 25), QStringLiteral("Memorial Day"), {}});
    QCOMPARE(b.nextOpening(at), std::optional<QDateTime>(opening));
    QCOMPARE(b.nextClosing(at), std::optional<QDateTime>(closing));
}

void TestBusinessHours::wallTimeAcrossDst_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("opening"); // expected, in UTC
    QTest::addColumn<QString>("openingLocal");

    // New York springs forward on Sunday 8 March 2026 and falls back on Sunday 1 November 2026.
    QTest::newRow("New York: Saturday before spring forward -> Monday 7:00 EDT")
        << kNewYork << local(kNewYork, 2026, 3, 7, 13, 0)
        << QDateTime(QDate(2026, 3, 9), QTime(11, 0), Qt::UTC) << QStringLiteral("07:00");
    QTest::newRow("New York: Saturday before fall back -> Monday 7:00 EST")
        << kNewYork << local(kNewYork, 2026, 10, 31, 13, 0)
        << QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC) << QStringLiteral("07:00");
    // London springs forward on Sunday 29 March 2026 and falls back on Sunday 25 October 2026.
    QTest::newRow("London: Saturday before spring forward -> Monday 7:00 BST")
        << kLondon << local(kLondon, 2026, 3, 28, 13, 0)
        << QDateTime(QDate(2026, 3, 30), QTime(6, 0), Qt::UTC) << QStringLiteral("07:00");
    QTest::newRow("London: Saturday before fall back -> Monday 7:00 GMT")
        << kLondon << local(kLondon, 2026, 10, 24, 13, 0)
        << QDateTime(QDate(2026, 10, 26), QTime(7, 0), Qt::UTC) << QStringLiteral("07:00");
}

void TestBusinessHours::wallTimeAcrossDst()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, opening);
    QFETCH(QString, openingLocal);
    const BusinessHours b = tradesOffice(zone);
    const auto next = b.nextOpening(at);
    QVERIFY(next);
    QCOMPARE(*next, opening);
    QCOMPARE(next->toTimeZone(zone).time().toString(QStringLiteral("HH:mm")), openingLocal);
    // Closing stays at 12:00 wall time on both sides of the change.
    QCOMPARE(b.nextClosing(*next)->toTimeZone(zone).time(), QTime(12, 0));
}

void TestBusinessHours::nonexistentAndRepeatedHour()
{
    // A range starting inside the skipped hour: 2:30 does not exist on 8 March 2026 in New York,
    // so "opens 2:30" opens when the clocks jump to 3:00 EDT (07:00 UTC).
    BusinessHours b(kNewYork);
    b.setRanges(7, {{h(2, 30), h(6)}});
    QCOMPARE(wallclock::toUtc(QDate(2026, 3, 8), h(2, 30), kNewYork),
             QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC));
    QCOMPARE(b.nextOpening(local(kNewYork, 2026, 3, 8, 0, 0)),
             std::optional<QDateTime>(QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC)));
    QVERIFY(!b.isOpen(QDateTime(QDate(2026, 3, 8), QTime(6, 59), Qt::UTC))); // 1:59 EST
    QVERIFY(b.isOpen(QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC)));   // 3:00 EDT

    // 1:30 happens twice on 1 November 2026: the first one (EDT, 05:30 UTC) counts.
    QCOMPARE(wallclock::toUtc(QDate(2026, 11, 1), h(1, 30), kNewYork),
             QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC));
    BusinessHours night(kNewYork);
    night.setRanges(7, {{h(1, 30), h(3)}});
    QCOMPARE(night.nextOpening(local(kNewYork, 2026, 11, 1, 0, 0)),
             std::optional<QDateTime>(QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC)));
    // Open from the first 1:30 until 3:00 EST: two and a half hours that night.
    QCOMPARE(night.nextClosing(local(kNewYork, 2026, 11, 1, 0, 0)),
             std::optional<QDateTime>(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC)));

    // London: 1:30 does not exist on 29 March 2026; it becomes 2:00 BST (01:00 UTC).
    QCOMPARE(wallclock::toUtc(QDate(2026, 3, 29), h(1, 30), kLondon),
             QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
}

void TestBusinessHours::status_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");

    QTest::newRow("open in the afternoon")
        << local(kNewYork, 2026, 1, 5, 15, 0) << QStringLiteral("Open now, closes at 17:30");
    QTest::newRow("open in the morning shift")
        << local(kNewYork, 2026, 1, 5, 8, 0) << QStringLiteral("Open now, closes at 12:00");
    QTest::newRow("lunch break") << local(kNewYork, 2026, 1, 5, 12, 10)
                                 << QStringLiteral("Closed, opens at 13:00");
    QTest::newRow("Saturday afternoon")
        << local(kNewYork, 2026, 1, 10, 14, 0) << QStringLiteral("Closed, opens Mon 7:00");
    QTest::newRow("holiday") << local(kNewYork, 2026, 5, 25, 10, 0)
                             << QStringLiteral("Closed for Memorial Day, opens Tue 7:00");
    QTest::newRow("long closure") << local(kNewYork, 2026, 8, 3, 10, 0)
                                  << QStringLiteral("Closed for Summer break, opens Mon 17 Aug 7:00");
}

void TestBusinessHours::status()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    BusinessHours b = tradesOffice(kNewYork);
    b.addClosure({QDate(2026, 5, 25), QStringLiteral("Memorial Day"), {}});
    for (QDate d(2026, 8, 3); d <= QDate(2026, 8, 16); d = d.addDays(1))
        b.addClosure({d, QStringLiteral("Summer break"), {}});
    QCOMPARE(BusinessHoursText::status(b, at, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestBusinessHours::nextOpenText_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");

    QTest::newRow("early morning: later today")
        << local(kNewYork, 2026, 1, 5, 5, 0) << QStringLiteral("7:00 AM today");
    QTest::newRow("lunch break: later today")
        << local(kNewYork, 2026, 1, 5, 12, 30) << QStringLiteral("1:00 PM today");
    QTest::newRow("weekday evening: tomorrow")
        << local(kNewYork, 2026, 1, 6, 19, 0) << QStringLiteral("tomorrow at 7:00 AM");
    QTest::newRow("Friday evening: Saturday")
        << local(kNewYork, 2026, 1, 9, 19, 0) << QStringLiteral("tomorrow at 8:00 AM");
    QTest::newRow("over the weekend: Monday")
        << local(kNewYork, 2026, 1, 10, 13, 0) << QStringLiteral("Monday at 7:00 AM");
    QTest::newRow("Sunday: tomorrow")
        << local(kNewYork, 2026, 1, 11, 13, 0) << QStringLiteral("tomorrow at 7:00 AM");
    QTest::newRow("over a holiday Monday: Tuesday")
        << local(kNewYork, 2026, 5, 23, 13, 0) << QStringLiteral("Tuesday at 7:00 AM");
    QTest::newRow("Sunday before a holiday Monday: Tuesday")
        << local(kNewYork, 2026, 5, 24, 13, 0) << QStringLiteral("Tuesday at 7:00 AM");
    QTest::newRow("more than a week away: the date")
        << local(kNewYork, 2026, 8, 1, 13, 0) << QStringLiteral("Monday, August 17 at 7:00 AM");
}

void TestBusinessHours::nextOpenText()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    BusinessHours b = tradesOffice(kNewYork);
    b.addClosure({QDate(2026, 5, 25), QStringLiteral("Memorial Day"), {}});
    for (QDate d(2026, 8, 3); d <= QDate(2026, 8, 16); d = d.addDays(1))
        b.addClosure({d, QStringLiteral("Summer break"), {}});
    QCOMPARE(BusinessHoursText::nextOpen(b, at), expected);
}

void TestBusinessHours::nextOpenTextIsGsm()
{
    // Newer CLDR data puts a narrow no-break space before "AM"; it must not reach a text.
    const QString text = BusinessHoursText::nextOpen(tradesOffice(kLondon), local(kLondon, 2026, 1, 6, 19, 0),
                                                     QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(!text.isEmpty());
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x80, qPrintable(text));
}

void TestBusinessHours::openAroundTheClock()
{
    BusinessHours b(kLondon);
    for (int day = 1; day <= 7; ++day)
        b.setRanges(day, {{0, 24 * 60}});
    const QDateTime at = local(kLondon, 2026, 3, 29, 12, 0); // spring-forward Sunday
    QVERIFY(b.isOpen(at));
    QVERIFY(b.isOpen(QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)));
    QVERIFY(!b.nextOpening(at));
    QVERIFY(!b.nextClosing(at));
    QCOMPARE(BusinessHoursText::status(b, at), QStringLiteral("Open now"));
}

void TestBusinessHours::neverOpen()
{
    const BusinessHours b(kNewYork);
    const QDateTime at = local(kNewYork, 2026, 1, 5, 9, 0);
    QVERIFY(!b.isOpen(at));
    QVERIFY(!b.nextOpening(at));
    QCOMPARE(BusinessHoursText::status(b, at), QStringLiteral("Closed"));
    QCOMPARE(BusinessHoursText::nextOpen(b, at), QString());
}

void TestBusinessHours::problems()
{
    BusinessHours b = tradesOffice(kNewYork);
    QVERIFY(b.isValid());
    b.addRange(2, {h(11), h(14)}); // overlaps both Tuesday shifts: two problems
    b.addRange(3, {h(18), h(17)}); // closes before it opens
    b.addClosure({QDate(2026, 12, 24), QStringLiteral("Christmas Eve"), {{h(9), h(25)}}}); // past midnight
    QCOMPARE(b.problems().size(), 4);
    QVERIFY(!BusinessHours(QTimeZone()).isValid());
}

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
