// Issue 15, "What was seen" 5: an owner picks the business's time zone by the place ("Chicago") or
// its everyday name ("Central"), never by knowing "America/Chicago"; the country's zones come first,
// and only zones this computer knows can come out.
#include "hours/TimeZoneCatalog.h"

#include <QTimeZone>
#include <QtTest>

using namespace ringback;

class TestTimeZoneCatalog : public QObject
{
    Q_OBJECT
private slots:
    void countryZonesComeFirst_data();
    void countryZonesComeFirst();
    void everydayNames_data();
    void everydayNames();
    void searchFinds_data();
    void searchFinds();
    void typedTextNamesOneZone_data();
    void typedTextNamesOneZone();
    void aliasesMapToListedZone_data();
    void aliasesMapToListedZone();
    void onlyListedZonesComeOut();
    void systemZoneIsListed();
    void namesInEveryLanguage_data();
    void namesInEveryLanguage();
};

void TestTimeZoneCatalog::countryZonesComeFirst_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("alsoInCountry");
    QTest::newRow("US: New York, then the other US zones")
        << "US" << QByteArray("America/New_York") << QByteArray("America/Indiana/Knox");
    QTest::newRow("Canada") << "CA" << QByteArray("America/St_Johns") << QByteArray("America/Vancouver");
    QTest::newRow("UK: one zone") << "GB" << QByteArray("Europe/London") << QByteArray("Europe/London");
    QTest::newRow("France: one zone") << "FR" << QByteArray("Europe/Paris") << QByteArray("Europe/Paris");
    QTest::newRow("Spain, Canary Islands too") << "ES" << QByteArray() << QByteArray("Atlantic/Canary");
    QTest::newRow("Mexico") << "MX" << QByteArray() << QByteArray("America/Mexico_City");
    QTest::newRow("lower case code") << "us" << QByteArray("America/New_York")
                                     << QByteArray("America/Chicago");
}

void TestTimeZoneCatalog::countryZonesComeFirst()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, alsoInCountry);
    const TimeZoneCatalog catalog(region, QLocale(QLocale::English, QLocale::UnitedStates));
    const QLocale::Territory territory = QLocale::codeToTerritory(region.toUpper());
    const QList<QByteArray> country = QTimeZone::availableTimeZoneIds(territory);
    QCOMPARE(catalog.regionZoneCount(), int(country.size()));
    for (int i = 0; i < catalog.entries().size(); ++i) {
        const TimeZoneEntry& e = catalog.entries().at(i);
        QCOMPARE(e.inRegion, i < catalog.regionZoneCount());
        QCOMPARE(country.contains(e.id), e.inRegion);
    }
    if (!first.isEmpty())
        QCOMPARE(catalog.entries().first().id, first);
    QVERIFY(catalog.entry(alsoInCountry) && catalog.entry(alsoInCountry)->inRegion);
    QVERIFY(catalog.entries().size() > 300); // the rest of the world follows
}

void TestTimeZoneCatalog::everydayNames_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("Chicago") << QByteArray("America/Chicago") << "Central - Chicago";
    QTest::newRow("Los Angeles") << QByteArray("America/Los_Angeles") << "Pacific - Los Angeles";
    QTest::newRow("New York") << QByteArray("America/New_York") << "Eastern - New York";
    QTest::newRow("Denver") << QByteArray("America/Denver") << "Mountain - Denver";
    QTest::newRow("Phoenix: no daylight saving") << QByteArray("America/Phoenix") << "Arizona - Phoenix";
    QTest::newRow("Anchorage") << QByteArray("America/Anchorage") << "Alaska - Anchorage";
    QTest::newRow("Honolulu") << QByteArray("Pacific/Honolulu") << "Hawaii - Honolulu";
    QTest::newRow("Indiana's Knox keeps Central time")
        << QByteArray("America/Indiana/Knox") << "Central - Knox (Indiana)";
    QTest::newRow("Boise is Mountain") << QByteArray("America/Boise") << "Mountain - Boise";
    QTest::newRow("Toronto") << QByteArray("America/Toronto") << "Eastern - Toronto";
    QTest::newRow("Halifax") << QByteArray("America/Halifax") << "Atlantic - Halifax";
    QTest::newRow("St. John's") << QByteArray("America/St_Johns") << "Newfoundland - St Johns";
}

void TestTimeZoneCatalog::everydayNames()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, name);
    const TimeZoneCatalog catalog(QStringLiteral("US"), QLocale(QLocale::English, QLocale::UnitedStates));
    const TimeZoneEntry* e = catalog.entry(id);
    QVERIFY(e);
    QCOMPARE(e->name, name);
}

void TestTimeZoneCatalog::searchFinds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("first"); // the first match, for a US business
    QTest::newRow("city") << "chicago" << QByteArray("America/Chicago") << true;
    QTest::newRow("everyday name") << "central" << QByteArray("America/Chicago") << true;
    QTest::newRow("upper case") << "CHICAGO" << QByteArray("America/Chicago") << true;
    QTest::newRow("two words") << "los angeles" << QByteArray("America/Los_Angeles") << true;
    QTest::newRow("id") << "America/Chicago" << QByteArray("America/Chicago") << true;
    QTest::newRow("id with underscore") << "new_york" << QByteArray("America/New_York") << true;
    QTest::newRow("accent typed, none shown") << "São Paulo" << QByteArray("America/Sao_Paulo") << true;
    QTest::newRow("no accent typed") << "sao paulo" << QByteArray("America/Sao_Paulo") << true;
    QTest::newRow("Qt's English name") << "central european" << QByteArray("Europe/Madrid") << false;
    QTest::newRow("pacific") << "pacific" << QByteArray("America/Los_Angeles") << true;
}

void TestTimeZoneCatalog::searchFinds()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, id);
    QFETCH(bool, first);
    const TimeZoneCatalog catalog(QStringLiteral("US"), QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<const TimeZoneEntry*> found = catalog.search(typed);
    QVERIFY(!found.isEmpty());
    QVERIFY(std::any_of(found.begin(), found.end(), [&](const TimeZoneEntry* e) { return e->id == id; }));
    if (first)
        QCOMPARE(found.first()->id, id);
}

void TestTimeZoneCatalog::typedTextNamesOneZone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("zone"); // empty: no zone
    QTest::newRow("city") << "chicago" << QByteArray("America/Chicago");
    QTest::newRow("shown name") << "Central - Chicago" << QByteArray("America/Chicago");
    QTest::newRow("id") << "America/Chicago" << QByteArray("America/Chicago");
    QTest::newRow("id in lower case") << "america/chicago" << QByteArray("America/Chicago");
    QTest::newRow("alias") << "US/Central" << QByteArray("America/Chicago");
    QTest::newRow("spaces around") << "  Denver " << QByteArray("America/Denver");
    QTest::newRow("Central: several zones") << "Central" << QByteArray();
    QTest::newRow("not a place") << "Narnia" << QByteArray();
    QTest::newRow("not a zone id") << "Mars/Olympus_Mons" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("blank") << "   " << QByteArray();
    QTest::newRow("fixed offset Qt lists") << "UTC-05:00" << QByteArray();
}

void TestTimeZoneCatalog::typedTextNamesOneZone()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, zone);
    const TimeZoneCatalog catalog(QStringLiteral("US"), QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(catalog.zoneFor(typed), zone);
}

void TestTimeZoneCatalog::aliasesMapToListedZone_data()
{
    QTest::addColumn<QByteArray>("alias");
    QTest::addColumn<QByteArray>("listed");
    QTest::newRow("US/Central") << QByteArray("US/Central") << QByteArray("America/Chicago");
    QTest::newRow("US/Eastern") << QByteArray("US/Eastern") << QByteArray("America/New_York");
    QTest::newRow("US/Pacific") << QByteArray("US/Pacific") << QByteArray("America/Los_Angeles");
    QTest::newRow("US/Arizona") << QByteArray("US/Arizona") << QByteArray("America/Phoenix");
    QTest::newRow("Etc/UTC: a computer's usual zone") << QByteArray("Etc/UTC") << QByteArray("UTC");
    QTest::newRow("listed id: itself") << QByteArray("America/Chicago") << QByteArray("America/Chicago");
    QTest::newRow("not a zone") << QByteArray("Central") << QByteArray();
}

void TestTimeZoneCatalog::aliasesMapToListedZone()
{
    QFETCH(QByteArray, alias);
    QFETCH(QByteArray, listed);
    if (!listed.isEmpty() && !QTimeZone(alias).isValid())
        QSKIP("this computer does not read that alias");
    const TimeZoneCatalog catalog(QStringLiteral("US"));
    QCOMPARE(catalog.canonicalId(alias), listed);
    if (!listed.isEmpty())
        QCOMPARE(catalog.entry(alias)->id, listed);
}

void TestTimeZoneCatalog::onlyListedZonesComeOut()
{
    const TimeZoneCatalog catalog(QStringLiteral("US"));
    for (const TimeZoneEntry& e : catalog.entries()) {
        QVERIFY2(QTimeZone::isTimeZoneIdAvailable(e.id), e.id.constData());
        QVERIFY2(!e.name.isEmpty(), e.id.constData());
    }
    for (const QString& typed : {QStringLiteral("US/Central"), QStringLiteral("Etc/UTC"),
                                 QStringLiteral("paris"), QStringLiteral("Etc/GMT+5")}) {
        const QByteArray id = catalog.zoneFor(typed);
        QVERIFY2(id.isEmpty() || QTimeZone::isTimeZoneIdAvailable(id), qPrintable(typed));
    }
}

void TestTimeZoneCatalog::systemZoneIsListed()
{
    const TimeZoneCatalog catalog(QStringLiteral("US"));
    const QByteArray id = catalog.systemZoneId();
    QVERIFY(catalog.entry(id));
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(id));
    // The same clock as this computer's, whatever its zone is called here.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(QTimeZone(id).offsetFromUtc(now), QTimeZone::systemTimeZone().offsetFromUtc(now));
}

void TestTimeZoneCatalog::namesInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("typed"); // found in that language
    QTest::newRow("French, France") << QLocale(QLocale::French, QLocale::France) << "FR"
                                    << QByteArray("Europe/Paris") << "paris";
    QTest::newRow("French, Canada") << QLocale(QLocale::French, QLocale::Canada) << "CA"
                                    << QByteArray("America/Toronto") << "toronto";
    QTest::newRow("Spanish, Spain") << QLocale(QLocale::Spanish, QLocale::Spain) << "ES"
                                    << QByteArray("Europe/Madrid") << "madrid";
    QTest::newRow("Spanish, Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << "MX"
                                     << QByteArray("America/Mexico_City") << "mexico city";
    QTest::newRow("Spanish, a US business") << QLocale(QLocale::Spanish, QLocale::UnitedStates) << "US"
                                            << QByteArray("America/Chicago") << "chicago";
}

void TestTimeZoneCatalog::namesInEveryLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, region);
    QFETCH(QByteArray, id);
    QFETCH(QString, typed);
    const TimeZoneCatalog catalog(region, locale);
    const TimeZoneEntry* e = catalog.entry(id);
    QVERIFY(e);
    QVERIFY(e->inRegion);
    QVERIFY(!e->zoneName.isEmpty());
    QVERIFY2(e->name.contains(e->city), qPrintable(e->name));
    for (const TimeZoneEntry& any : catalog.entries())
        QVERIFY2(!any.name.trimmed().isEmpty(), any.id.constData());
    QCOMPARE(catalog.zoneFor(typed), id);
    // Searching in English still works where the names are French or Spanish.
    QVERIFY(!catalog.search(QStringLiteral("Central European")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeZoneCatalog)
#include "tst_timezonecatalog.moc"
