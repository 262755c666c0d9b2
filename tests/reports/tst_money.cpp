// Money is the business's, the way of writing numbers is the desk's: a Texas business reads
// dollars on a Spanish or French desk (issue 15, seen 6: "0,00 €" for a Texas business in es/fr,
// "450.00" with no "$" in English).
#include "common/Money.h"

#include <QtTest>

using namespace ringback;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void amountInTheBusinessCurrency_data();
    void amountInTheBusinessCurrency();
    void currencyFollowsTheRegionNotTheDesk_data();
    void currencyFollowsTheRegionNotTheDesk();
};

void TestMoney::amountInTheBusinessCurrency_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("desk");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("shown");

    const QString nbsp(QChar(0x00A0));
    const QString narrowNbsp(QChar(0x202F));
    QTest::newRow("US business, English desk") << "US"
                                               << "en_US" << qint64(45000) << 0 << "$450";
    QTest::newRow("US business, Spanish desk") << "US"
                                               << "es_ES" << qint64(45000) << 0 << "$450";
    QTest::newRow("US business, French desk") << "US"
                                              << "fr_FR" << qint64(45000) << 0 << "450" + nbsp + "$";
    QTest::newRow("US business, no LANG (C locale)") << "US"
                                                     << "C" << qint64(45000) << 0 << "$450";
    QTest::newRow("US business, thousands, English") << "US"
                                                     << "en_US" << qint64(1234500) << 0 << "$12,345";
    QTest::newRow("US business, thousands, French")
        << "US"
        << "fr_FR" << qint64(1234500) << 0 << "12" + narrowNbsp + "345" + nbsp + "$";
    QTest::newRow("US business, cents when asked") << "US"
                                                   << "en_US" << qint64(45050) << 2 << "$450.50";
    QTest::newRow("lower-case region") << "us"
                                       << "en_US" << qint64(45000) << 0 << "$450";
    QTest::newRow("UK business, English desk") << "GB"
                                               << "en_US" << qint64(45000) << 0 << QString::fromUtf8("£450");
    QTest::newRow("Canadian business, French desk") << "CA"
                                                    << "fr_FR" << qint64(45000) << 0 << "450" + nbsp + "$";
    QTest::newRow("Mexican business, Spanish desk") << "MX"
                                                    << "es_ES" << qint64(45000) << 0 << "$450";
    QTest::newRow("French business, French desk")
        << "FR"
        << "fr_FR" << qint64(45000) << 0 << QString("450" + nbsp + QString::fromUtf8("€"));
    QTest::newRow("no region: no symbol rather than a wrong one") << ""
                                                                  << "en_US" << qint64(45000) << 0 << "450";
}

void TestMoney::amountInTheBusinessCurrency()
{
    QFETCH(QString, region);
    QFETCH(QString, desk);
    QFETCH(qint64, cents);
    QFETCH(int, decimals);
    QFETCH(QString, shown);
    QCOMPARE(money::format(cents, region, QLocale(desk), decimals), shown);
}

void TestMoney::currencyFollowsTheRegionNotTheDesk_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("US") << "US"
                        << "$";
    QTest::newRow("Canada") << "CA"
                            << "$";
    QTest::newRow("UK") << "GB" << QString::fromUtf8("£");
    QTest::newRow("Australia") << "AU"
                               << "$";
    QTest::newRow("Ireland") << "IE" << QString::fromUtf8("€");
    QTest::newRow("garbage") << "Texas"
                             << "";
}

void TestMoney::currencyFollowsTheRegionNotTheDesk()
{
    QFETCH(QString, region);
    QFETCH(QString, symbol);
    for (const char* desk : {"en_US", "es_ES", "fr_FR", "C"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(desk)));
        QCOMPARE(money::currencySymbol(region), symbol);
    }
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
