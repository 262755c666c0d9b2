// Quiet hours for follow-ups: 8:00-21:00 in the recipient's local time, stricter where their state
// or province is, with the zone guessed from the number's geocoded place.
#include "hours/QuietHours.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::RecipientLocation::Source)

namespace {

const QTimeZone kLosAngeles("America/Los_Angeles");
const QTimeZone kNewYork("America/New_York");
const QTimeZone kChicago("America/Chicago");
const QTimeZone kToronto("America/Toronto");
const QTimeZone kDenver("America/Denver");

QDateTime local(const QTimeZone& zone, int y, int m, int d, int hh, int mm = 0)
{
    const QDateTime t(QDate(y, m, d), QTime(hh, mm), zone);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

// Test numbers in the 555-01xx fictional range; their area codes geocode as noted.
const QString kAustinTx = QStringLiteral("+15125550147");     // "Texas"
const QString kLosAngelesCa = QStringLiteral("+13105550123"); // "California"
const QString kMiamiFl = QStringLiteral("+13055550123");      // "Florida"
const QString kManhattanNy = QStringLiteral("+12125550123");  // "New York, NY"
const QString kTorontoOn = QStringLiteral("+14165550123");    // "Ontario"
const QString kBirminghamAl = QStringLiteral("+12055550123"); // "Alabama"
const QString kTollFree = QStringLiteral("+18005550199");     // no place: "United States"

} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT
private slots:
    void subdivisionFromPlace_data();
    void subdivisionFromPlace();
    void locate_data();
    void locate();
    void isAllowed_data();
    void isAllowed();
    void nextAllowed_data();
    void nextAllowed();
    void windowFollowsRecipientsDst();
    void noWindowOnAForbiddenDay();
    void statesOnlyNarrowTheDefault();
};

void TestQuietHours::subdivisionFromPlace_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("state name") << QStringLiteral("Texas") << QStringLiteral("US") << QStringLiteral("TX");
    QTest::newRow("city and state code")
        << QStringLiteral("San Antonio, TX") << QStringLiteral("US") << QStringLiteral("TX");
    QTest::newRow("Washington State")
        << QStringLiteral("Washington State") << QStringLiteral("US") << QStringLiteral("WA");
    QTest::newRow("Washington D.C.") << QStringLiteral("Washington D.C.") << QStringLiteral("US")
                                     << QStringLiteral("DC");
    QTest::newRow("province") << QStringLiteral("Ontario") << QStringLiteral("CA") << QStringLiteral("ON");
    QTest::newRow("shared area code: the first province")
        << QStringLiteral("Nova Scotia/Prince Edward Island") << QStringLiteral("CA") << QStringLiteral("NS");
    QTest::newRow("territories") << QStringLiteral("Northwest Territories/Nunavut/Yukon")
                                 << QStringLiteral("CA") << QStringLiteral("NT");
    QTest::newRow("country name only")
        << QStringLiteral("United States") << QStringLiteral("US") << QString();
    QTest::newRow("state of the other country")
        << QStringLiteral("Texas") << QStringLiteral("CA") << QString();
}

void TestQuietHours::subdivisionFromPlace()
{
    QFETCH(QString, place);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(RecipientLocator::subdivisionFromPlace(place, region), expected);
}

void TestQuietHours::locate_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QTimeZone>("business");
    QTest::addColumn<QString>("subdivision");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<RecipientLocation::Source>("source");

    using S = RecipientLocation::Source;
    QTest::newRow("Texas number") << kAustinTx << kNewYork << QStringLiteral("TX")
                                  << QByteArray("America/Chicago") << S::Subdivision;
    QTest::newRow("city geocode") << QStringLiteral("+12105550123") << kNewYork << QStringLiteral("TX")
                                  << QByteArray("America/Chicago") << S::Subdivision;
    QTest::newRow("Canadian number") << kTorontoOn << kLosAngeles << QStringLiteral("ON")
                                     << QByteArray("America/Toronto") << S::Subdivision;
    QTest::newRow("French number: the country's one zone")
        << QStringLiteral("+33612345678") << kNewYork << QString() << QByteArray("Europe/Paris")
        << S::Country;
    QTest::newRow("German number: two zones keeping the same time")
        << QStringLiteral("+4915123456789") << kNewYork << QString() << QByteArray("Europe/Berlin")
        << S::Country;
    QTest::newRow("toll-free number: the business's zone, which is in the US")
        << kTollFree << kDenver << QString() << QByteArray("America/Denver") << S::Country;
    QTest::newRow("Australian number from a US business falls back")
        << QStringLiteral("+61412345678") << kChicago << QString() << QByteArray("America/Chicago")
        << S::BusinessZone;
    QTest::newRow("invalid number falls back")
        << QStringLiteral("+1555") << kDenver << QString() << QByteArray("America/Denver") << S::BusinessZone;
}

void TestQuietHours::locate()
{
    QFETCH(QString, number);
    QFETCH(QTimeZone, business);
    QFETCH(QString, subdivision);
    QFETCH(QByteArray, zone);
    QFETCH(RecipientLocation::Source, source);
    const RecipientLocation where = RecipientLocator(business).locate(number);
    QCOMPARE(where.subdivision, subdivision);
    QCOMPARE(where.zone.id(), zone);
    QCOMPARE(where.source, source);
}

void TestQuietHours::isAllowed_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QTimeZone>("business");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("allowed");

    // 2026-01-04 is a Sunday, 2026-01-03 a Saturday, 2026-01-05 a Monday.
    QTest::newRow("Texas, Sunday 10:00 local: not before noon")
        << kAustinTx << kNewYork << local(kChicago, 2026, 1, 4, 10, 0) << false;
    QTest::newRow("Texas, Sunday 12:00 local")
        << kAustinTx << kNewYork << local(kChicago, 2026, 1, 4, 12, 0) << true;
    QTest::newRow("Texas, Saturday 8:30 local: not before 9")
        << kAustinTx << kNewYork << local(kChicago, 2026, 1, 3, 8, 30) << false;
    QTest::newRow("Texas, Monday 20:59 local")
        << kAustinTx << kNewYork << local(kChicago, 2026, 1, 5, 20, 59) << true;
    QTest::newRow("California, 20:30 local")
        << kLosAngelesCa << kNewYork << local(kLosAngeles, 2026, 1, 5, 20, 30) << true;
    QTest::newRow("California, 21:00 local: the default ends")
        << kLosAngelesCa << kNewYork << local(kLosAngeles, 2026, 1, 5, 21, 0) << false;
    QTest::newRow("California, 7:59 local")
        << kLosAngelesCa << kNewYork << local(kLosAngeles, 2026, 1, 5, 7, 59) << false;
    QTest::newRow("Florida, 20:30 local: FTSA ends at 8 pm")
        << kMiamiFl << kLosAngeles << local(kNewYork, 2026, 1, 5, 20, 30) << false;
    QTest::newRow("Florida, 19:59 local")
        << kMiamiFl << kLosAngeles << local(kNewYork, 2026, 1, 5, 19, 59) << true;
    QTest::newRow("New York number, LA business at 6:30 (9:30 in NY)")
        << kManhattanNy << kLosAngeles << local(kLosAngeles, 2026, 1, 5, 6, 30) << true;
    QTest::newRow("New York number, LA business at 19:00 (22:00 in NY)")
        << kManhattanNy << kLosAngeles << local(kLosAngeles, 2026, 1, 5, 19, 0) << false;
    QTest::newRow("Ontario, Saturday 9:30: weekends start at 10")
        << kTorontoOn << kNewYork << local(kToronto, 2026, 1, 3, 9, 30) << false;
    QTest::newRow("Ontario, Saturday 18:00: weekends end at 6 pm")
        << kTorontoOn << kNewYork << local(kToronto, 2026, 1, 3, 18, 0) << false;
    QTest::newRow("Ontario, Monday 20:45: 9 pm default is stricter than 9:30 pm")
        << kTorontoOn << kNewYork << local(kToronto, 2026, 1, 5, 20, 45) << true;
    QTest::newRow("Alabama, Sunday afternoon: no texts")
        << kBirminghamAl << kNewYork << local(kChicago, 2026, 1, 4, 14, 0) << false;
    QTest::newRow("unknown region falls back to the business's zone: 7:30 in Denver")
        << kTollFree << kDenver << local(kDenver, 2026, 1, 5, 7, 30) << false;
    QTest::newRow("unknown region falls back to the business's zone: 20:30 in Denver")
        << kTollFree << kDenver << local(kDenver, 2026, 1, 5, 20, 30) << true;
}

void TestQuietHours::isAllowed()
{
    QFETCH(QString, number);
    QFETCH(QTimeZone, business);
    QFETCH(QDateTime, at);
    QFETCH(bool, allowed);
    const QuietHours quiet(business);
    QCOMPARE(quiet.isAllowed(number, at), allowed);
    QCOMPARE(quiet.nextAllowed(number, at) == at, allowed);
}

void TestQuietHours::nextAllowed_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QTimeZone>("business");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Texas Sunday morning -> Sunday noon")
        << kAustinTx << kNewYork << local(kChicago, 2026, 1, 4, 10, 0) << local(kChicago, 2026, 1, 4, 12, 0);
    QTest::newRow("Florida evening -> 8:00 next morning")
        << kMiamiFl << kLosAngeles << local(kNewYork, 2026, 1, 5, 20, 30)
        << local(kNewYork, 2026, 1, 6, 8, 0);
    QTest::newRow("New York late evening from LA -> 8:00 New York time")
        << kManhattanNy << kLosAngeles << local(kLosAngeles, 2026, 1, 5, 19, 0)
        << local(kNewYork, 2026, 1, 6, 8, 0);
    QTest::newRow("Alabama Saturday evening -> Monday 8:00")
        << kBirminghamAl << kNewYork << local(kChicago, 2026, 1, 3, 20, 30)
        << local(kChicago, 2026, 1, 5, 8, 0);
    QTest::newRow("Ontario Friday night -> Saturday 10:00")
        << kTorontoOn << kNewYork << local(kToronto, 2026, 1, 9, 22, 0)
        << local(kToronto, 2026, 1, 10, 10, 0);
}

void TestQuietHours::nextAllowed()
{
    QFETCH(QString, number);
    QFETCH(QTimeZone, business);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, expected);
    const QuietHours quiet(business);
    const QDateTime next = quiet.nextAllowed(number, at);
    QCOMPARE(next, expected);
    QVERIFY(quiet.isAllowed(number, next));
    QVERIFY(!quiet.isAllowed(number, next.addSecs(-60)));
}

void TestQuietHours::windowFollowsRecipientsDst()
{
    // Florida springs forward on Sunday 8 March 2026: the window is 8:00-20:00 wall time on both
    // sides, so its start moves from 13:00 UTC to 12:00 UTC, whatever the business's zone.
    const QuietHours quiet(kLosAngeles);
    const auto saturday = quiet.allowedWindow(kMiamiFl, local(kNewYork, 2026, 3, 7, 12, 0));
    const auto sunday = quiet.allowedWindow(kMiamiFl, local(kNewYork, 2026, 3, 8, 12, 0));
    QVERIFY(saturday && sunday);
    QCOMPARE(saturday->start, QDateTime(QDate(2026, 3, 7), QTime(13, 0), Qt::UTC));
    QCOMPARE(saturday->end, QDateTime(QDate(2026, 3, 8), QTime(1, 0), Qt::UTC));
    QCOMPARE(sunday->start, QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC));
    QCOMPARE(sunday->end, QDateTime(QDate(2026, 3, 9), QTime(0, 0), Qt::UTC));
}

void TestQuietHours::noWindowOnAForbiddenDay()
{
    const QuietHours quiet(kNewYork);
    QVERIFY(!quiet.allowedWindow(kBirminghamAl, local(kChicago, 2026, 1, 4, 12, 0)));
    const auto monday = quiet.allowedWindow(kBirminghamAl, local(kChicago, 2026, 1, 5, 3, 0));
    QVERIFY(monday);
    QVERIFY(!monday->contains(local(kChicago, 2026, 1, 5, 3, 0)));
    QCOMPARE(monday->start, local(kChicago, 2026, 1, 5, 8, 0));
    QCOMPARE(monday->end, local(kChicago, 2026, 1, 5, 20, 0));
}

void TestQuietHours::statesOnlyNarrowTheDefault()
{
    // Canada allows 9:30 pm on weekdays; the 9 pm default still applies.
    const WeekWindows canada = QuietHours::weekFor(QStringLiteral("CA"), QStringLiteral("ON"));
    QCOMPARE(canada.at(0), std::optional<DayWindow>(DayWindow{9 * 60, 21 * 60}));
    QCOMPARE(canada.at(5), std::optional<DayWindow>(DayWindow{10 * 60, 18 * 60}));
    // A state without a stricter law gets the default every day.
    const WeekWindows ohio = QuietHours::weekFor(QStringLiteral("US"), QStringLiteral("OH"));
    for (const auto& day : ohio)
        QCOMPARE(day, std::optional<DayWindow>(QuietHours::defaultWindow()));
    const WeekWindows texas = QuietHours::weekFor(QStringLiteral("US"), QStringLiteral("TX"));
    QCOMPARE(texas.at(6), std::optional<DayWindow>(DayWindow{12 * 60, 21 * 60}));
}

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
