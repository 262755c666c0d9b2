// Issue 15, "What was seen" 5: the time-zone picker of the wizard and of Templates > Business hours,
// driven with the keyboard as an owner would: type a city, pick it; text that names no zone is
// refused and the last zone stays.
#include "common/TimeZonePicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>
#include <QtTest>

using namespace ringback;
using namespace ringback::ui;

class TestTimeZonePicker : public QObject
{
    Q_OBJECT
private slots:
    void typeAndPick_data();
    void typeAndPick();
    void typedCityAloneIsEnough();
    void enterTakesTheTypedCity();
    void textThatNamesNoZoneKeepsTheLastOne_data();
    void textThatNamesNoZoneKeepsTheLastOne();
    void countryZonesFirst();
    void aliasShowsAsListedZone();
    void thisComputersZoneByDefault();
};

namespace {

struct Shown
{
    Shown()
    {
        picker.setRegion(QStringLiteral("US"));
        picker.setZoneId("America/New_York");
        picker.show();
    }
    TimeZonePicker picker;
};

void typeInto(TimeZonePicker& picker, const QString& text)
{
    picker.setFocus();
    picker.lineEdit()->selectAll();
    QTest::keyClicks(picker.lineEdit(), text);
}

} // namespace

void TestTimeZonePicker::typeAndPick_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("shown");
    QTest::newRow("city") << "Chicago" << QByteArray("America/Chicago") << "Central - Chicago";
    QTest::newRow("everyday name: first of its kind")
        << "central" << QByteArray("America/Chicago") << "Central - Chicago";
    QTest::newRow("two words, lower case")
        << "los angeles" << QByteArray("America/Los_Angeles") << "Pacific - Los Angeles";
    QTest::newRow("the id, for who knows it")
        << "America/Denver" << QByteArray("America/Denver") << "Mountain - Denver";
}

void TestTimeZonePicker::typeAndPick()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, zone);
    QFETCH(QString, shown);
    Shown s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.picker));
    QSignalSpy changed(&s.picker, &TimeZonePicker::zoneChanged);
    typeInto(s.picker, typed);
    QAbstractItemView* popup = s.picker.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down); // the first match
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(s.picker.zoneId(), zone);
    QCOMPARE(s.picker.currentText(), shown);
    QVERIFY(s.picker.problem().isEmpty());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toByteArray(), zone);
}

void TestTimeZonePicker::typedCityAloneIsEnough()
{
    Shown s;
    typeInto(s.picker, QStringLiteral("chicago"));
    if (QAbstractItemView* popup = s.picker.completer()->popup(); popup->isVisible())
        popup->hide(); // clicked away from the list
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Chicago"));
    QVERIFY(s.picker.problem().isEmpty());
    emit s.picker.lineEdit()->editingFinished(); // Tab or a click elsewhere
    QCOMPARE(s.picker.currentText(), QStringLiteral("Central - Chicago"));
}

void TestTimeZonePicker::enterTakesTheTypedCity()
{
    Shown s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.picker));
    QSignalSpy changed(&s.picker, &TimeZonePicker::zoneChanged);
    typeInto(s.picker, QStringLiteral("los angeles"));
    QAbstractItemView* popup = s.picker.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return); // nothing highlighted in the list: the text as typed
    QTRY_COMPARE(s.picker.currentText(), QStringLiteral("Pacific - Los Angeles"));
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Los_Angeles"));
    QCOMPARE(changed.size(), 1);
}

void TestTimeZonePicker::textThatNamesNoZoneKeepsTheLastOne_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("Central: several zones") << "Central";
    QTest::newRow("not a place") << "Narnia";
    QTest::newRow("nothing") << "";
    QTest::newRow("not a zone id") << "Mars/Olympus_Mons";
}

void TestTimeZonePicker::textThatNamesNoZoneKeepsTheLastOne()
{
    QFETCH(QString, typed);
    Shown s;
    typeInto(s.picker, QStringLiteral("Denver"));
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Denver"));
    typeInto(s.picker, typed);
    if (typed.isEmpty())
        QTest::keyClick(s.picker.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(s.picker.currentText(), typed);
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Denver"));
    QVERIFY(!s.picker.problem().isEmpty());
    QVERIFY2(s.picker.problem().contains(QStringLiteral("Mountain - Denver")),
             qPrintable(s.picker.problem()));
    if (!typed.isEmpty())
        QVERIFY(s.picker.problem().contains(typed));
    emit s.picker.lineEdit()->editingFinished();
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Denver"));
    QVERIFY(!s.picker.problem().isEmpty()); // still shown, for the page to say why
}

void TestTimeZonePicker::countryZonesFirst()
{
    Shown s;
    QCOMPARE(s.picker.itemText(0), QStringLiteral("Eastern - New York"));
    QCOMPARE(s.picker.itemText(1), QStringLiteral("Central - Chicago"));
    s.picker.setRegion(QStringLiteral("FR"));
    QVERIFY(s.picker.itemText(0).contains(QStringLiteral("Paris")));
    // The zone and its name stay.
    QCOMPARE(s.picker.zoneId(), QByteArray("America/New_York"));
    QCOMPARE(s.picker.currentText(), QStringLiteral("Eastern - New York"));
}

void TestTimeZonePicker::aliasShowsAsListedZone()
{
    Shown s;
    s.picker.setZoneId("US/Central");
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Chicago"));
    QCOMPARE(s.picker.currentText(), QStringLiteral("Central - Chicago"));
    s.picker.setZoneId("Central"); // not a zone: the last one stays
    QCOMPARE(s.picker.zoneId(), QByteArray("America/Chicago"));
}

void TestTimeZonePicker::thisComputersZoneByDefault()
{
    TimeZonePicker picker;
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(picker.zoneId()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(QTimeZone(picker.zoneId()).offsetFromUtc(now), QTimeZone::systemTimeZone().offsetFromUtc(now));
    QVERIFY(picker.problem().isEmpty());
}

QTEST_MAIN(TestTimeZonePicker)
#include "tst_timezonepicker.moc"
