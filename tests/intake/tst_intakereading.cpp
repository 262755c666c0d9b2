// What a customer's text tells the lead card (issue 18 items 4-5, DESIGN §11): urgent words in
// three languages (and the texts that only look urgent), the job's address and place, and the day
// they want us, resolved in the business's zone.
#include "intake/JobAddressReader.h"
#include "intake/JobTimeReader.h"
#include "intake/UrgentWords.h"

#include <QtTest>

using namespace ringback;

class TestIntakeReading : public QObject
{
    Q_OBJECT
private slots:
    void urgentWords_data();
    void urgentWords();
    void ownerEditedUrgentWords();
    void address_data();
    void address();
    void jobTime_data();
    void jobTime();
};

void TestIntakeReading::urgentWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("urgent");
    QTest::newRow("basement flooding") << "Basement is FLOODING please hurry" << true;
    QTest::newRow("pipe burst") << "a pipe burst under the sink" << true;
    QTest::newRow("no heat") << "We have no heat and a baby at home" << true;
    QTest::newRow("no hot water") << "no hot water since last night" << true;
    QTest::newRow("gas smell") << "there's a gas smell in the kitchen" << true;
    QTest::newRow("smells like gas") << "it smells like gas near the furnace" << true;
    QTest::newRow("sparks") << "outlet is sparking when I plug stuff in" << true;
    QTest::newRow("smoke") << "smoke coming out of the panel" << true;
    QTest::newRow("tiny leak is still a leak") << "no rush, whenever, the leak is tiny" << true;
    QTest::newRow("sewage") << "sewage coming up in the shower" << true;
    QTest::newRow("curly apostrophe, caps") << "WATER HEATER LEAKING!!!" << true;
    QTest::newRow("es inundación") << "Se está inundando el sótano" << true;
    QTest::newRow("es sin agua caliente") << "Estamos sin agua caliente desde ayer" << true;
    QTest::newRow("es olor a gas") << "hay olor a gas en la cocina" << true;
    QTest::newRow("es fuga") << "tengo una fuga debajo del fregadero" << true;
    QTest::newRow("fr fuite") << "Il y a une fuite d’eau au plafond" << true;
    QTest::newRow("fr pas de chauffage") << "Pas de chauffage depuis hier soir" << true;
    QTest::newRow("fr odeur de gaz") << "Une odeur de gaz dans la cave" << true;
    QTest::newRow("fr inondé") << "le sous-sol est inondé" << true;
    QTest::newRow("not in a hurry") << "we are not in a hurry" << false;
    QTest::newRow("water heater quote") << "Looking for a quote on a new water heater" << false;
    QTest::newRow("there is no leak") << "there is no leak, just want a new faucet" << false;
    QTest::newRow("not an emergency") << "not an emergency, whenever you can" << false;
    QTest::newRow("fr pas de fuite") << "pas de fuite, juste un robinet à changer" << false;
    QTest::newRow("es sin fuga") << "no hay fuga, solo quiero un presupuesto" << false;
    QTest::newRow("bleak is no leak") << "the forecast is bleak" << false;
    QTest::newRow("smokey the cat") << "my cat Smokey knocked the tap" << false;
    QTest::newRow("empty") << "" << false;
}

void TestIntakeReading::urgentWords()
{
    QFETCH(QString, text);
    QFETCH(bool, urgent);
    const QString found = UrgentWords(UrgentWords::defaults()).find(text);
    QVERIFY2(found.isEmpty() != urgent, qPrintable(QStringLiteral("found \"%1\"").arg(found)));
}

void TestIntakeReading::ownerEditedUrgentWords()
{
    const UrgentWords words({QStringLiteral("roof caved*"), QStringLiteral("  ")});
    QCOMPARE(words.find(QStringLiteral("The roof caved in last night")), QStringLiteral("roof caved*"));
    QVERIFY(words.find(QStringLiteral("pipe burst")).isEmpty()); // the owner's list replaces the defaults
    QVERIFY(UrgentWords({}).find(QStringLiteral("flooding")).isEmpty());
}

void TestIntakeReading::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asAnswer");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("place");
    QTest::newRow("street only") << "4512 Oak St" << false << "4512 Oak St"
                                 << "";
    QTest::newRow("full US") << "it's 4512 Oak St, Austin TX 78701" << false << "4512 Oak St, Austin TX 78701"
                             << "Austin";
    QTest::newRow("street and ZIP") << "4512 Oak Street 78701" << false << "4512 Oak Street 78701"
                                    << "78701";
    QTest::newRow("unit and city") << "we're at 900 W Martin Luther King Jr Blvd Apt 4, Round Rock" << false
                                   << "900 W Martin Luther King Jr Blvd Apt 4, Round Rock"
                                   << "Round Rock";
    QTest::newRow("street then time") << "4512 Oak St, today if possible" << false << "4512 Oak St"
                                      << "";
    QTest::newRow("fr") << "C'est au 12 rue des Lilas, 69003 Lyon" << false << "12 rue des Lilas, 69003 Lyon"
                        << "Lyon";
    QTest::newRow("es") << "Calle Mayor 12, 28013 Madrid" << false << "Calle Mayor 12, 28013 Madrid"
                        << "Madrid";
    QTest::newRow("zip word") << "zip is 78745" << false << ""
                              << "78745";
    QTest::newRow("no address in a price") << "can you do it for 20000 dollars" << false << ""
                                           << "";
    QTest::newRow("nothing") << "yes please" << false << ""
                             << "";
    QTest::newRow("answer as typed") << "the farm past the church on FM 1826" << true
                                     << "the farm past the church on FM 1826"
                                     << "";
    QTest::newRow("answer with a ZIP") << "Bee Cave 78738" << true << "Bee Cave 78738"
                                       << "78738";
}

void TestIntakeReading::address()
{
    QFETCH(QString, text);
    QFETCH(bool, asAnswer);
    QFETCH(QString, address);
    QFETCH(QString, place);
    const JobAddress a = asAnswer ? JobAddressReader::answer(text) : JobAddressReader::find(text);
    QCOMPARE(a.address, address);
    QCOMPARE(a.place(), place);
}

void TestIntakeReading::jobTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asAnswer");
    QTest::addColumn<bool>("monthFirst");
    QTest::addColumn<QString>("asTyped");
    QTest::addColumn<QDate>("date");
    // "Today" is Thursday 3 December 2026 in the business's zone.
    QTest::newRow("today") << "can you come today?" << false << true << "today" << QDate(2026, 12, 3);
    QTest::newRow("tomorrow morning")
        << "Tomorrow morning works" << false << true << "Tomorrow morning" << QDate(2026, 12, 4);
    QTest::newRow("friday after 3") << "friday after 3" << false << true << "friday after 3"
                                    << QDate(2026, 12, 4);
    QTest::newRow("monday") << "Monday is best" << false << true << "Monday" << QDate(2026, 12, 7);
    QTest::newRow("thursday is today") << "thursday?" << false << true << "thursday" << QDate(2026, 12, 3);
    QTest::newRow("next thursday") << "next thursday" << false << true << "next thursday"
                                   << QDate(2026, 12, 10);
    QTest::newRow("US 12/5") << "how about 12/5" << false << true << "12/5" << QDate(2026, 12, 5);
    QTest::newRow("FR 5/12") << "le 5/12 si possible" << false << false << "5/12" << QDate(2026, 12, 5);
    QTest::newRow("Dec 8th") << "Dec 8th please" << false << true << "Dec 8th" << QDate(2026, 12, 8);
    QTest::newRow("January next year")
        << "sometime around january 6" << false << true << "january 6" << QDate(2027, 1, 6);
    QTest::newRow("es mañana por la tarde")
        << "mañana por la tarde" << false << true << "mañana por la tarde" << QDate(2026, 12, 4);
    QTest::newRow("es por la mañana is no day") << "por la mañana es mejor" << false << true << "" << QDate();
    QTest::newRow("es 5 de diciembre")
        << "el 5 de diciembre" << false << true << "5 de diciembre" << QDate(2026, 12, 5);
    QTest::newRow("fr demain matin") << "Demain matin ça irait" << false << false << "Demain matin"
                                     << QDate(2026, 12, 4);
    QTest::newRow("fr après-demain") << "après-demain" << false << false << "après-demain"
                                     << QDate(2026, 12, 5);
    QTest::newRow("asap") << "ASAP please!" << false << true << "ASAP" << QDate(2026, 12, 3);
    QTest::newRow("nothing") << "yes that's right" << false << true << "" << QDate();
    QTest::newRow("you may 5 is not May") << "you may 5 times" << false << true << "" << QDate();
    QTest::newRow("answer without a day") << "whenever works, I'm home all week" << true << true
                                          << "whenever works, I'm home all week" << QDate();
    QTest::newRow("answer with a day") << "saturday morning if you work weekends" << true << true
                                       << "saturday morning if you work weekends" << QDate(2026, 12, 5);
}

void TestIntakeReading::jobTime()
{
    QFETCH(QString, text);
    QFETCH(bool, asAnswer);
    QFETCH(bool, monthFirst);
    QFETCH(QString, asTyped);
    QFETCH(QDate, date);
    const JobTimeReader reader(monthFirst);
    const QDate today(2026, 12, 3);
    const JobTime t = asAnswer ? reader.answer(text, today) : reader.find(text, today);
    QCOMPARE(t.asTyped, asTyped);
    QCOMPARE(t.date, date);
}

QTEST_GUILESS_MAIN(TestIntakeReading)
#include "tst_intakereading.moc"
