// The dashboard page shows the report's figures for the chosen range, and updates when the store
// changes while it is on screen.
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/LanguageLoader.h"
#include "dashboard/DashboardPage.h"

#include <QLabel>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

void addMissedCall(Database& db, int n, const QDateTime& ended)
{
    const qlonglong t = ended.toMSecsSinceEpoch();
    auto r = db.exec(
        QStringLiteral("INSERT INTO calls (provider_call_id, direction, from_number, to_number, status, "
                       "started_at, ended_at, first_seen_at, updated_at, verdict, miss_reason, decision) "
                       "VALUES (?, 'inbound', '+12125550001', '+12125550100', 'busy', ?, ?, ?, ?, "
                       "'missed', 'busy', 'blocked')"),
        {QStringLiteral("CA%1").arg(n), t, t, t, t});
    QVERIFY(r);
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsFiguresForTheRange();
    void exportsCallLogInTheBackground();
    void moneyIsInTheBusinessCurrency();
};

void TestDashboardPage::initTestCase()
{
    // English as the app installs it, plural forms included ("1 text", "2 texts").
    QCOMPARE(ui::LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestDashboardPage::showsFiguresForTheRange()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addMissedCall(t.db(), 1, now.addSecs(-3600));
    addMissedCall(t.db(), 2, now.addDays(-3));
    addMissedCall(t.db(), 3, now.addDays(-20));

    DashboardPage page(t.db(), clock);
    page.resize(1100, 700);
    page.show();
    QTRY_COMPARE(page.figureLabel(QStringLiteral("missed"))->text(), QStringLiteral("2")); // last 7 days
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("notTexted"))->text().contains(QStringLiteral("blocked")));

    page.setRange(DashboardPage::Range::Last30Days);
    QTRY_COMPARE(page.figureLabel(QStringLiteral("missed"))->text(), QStringLiteral("3"));
    page.setRange(DashboardPage::Range::Today);
    QTRY_COMPARE(page.figureLabel(QStringLiteral("missed"))->text(), QStringLiteral("1"));
    QTRY_VERIFY(!page.isComputing());

    addMissedCall(t.db(), 4, now.addSecs(-60));
    page.storeChanged();
    QTRY_COMPARE(page.figureLabel(QStringLiteral("missed"))->text(), QStringLiteral("2"));
}

// Issue 15, seen 6: "0,00 €" on a French desk of a Texas business, "450.00" with no "$" in English.
void TestDashboardPage::moneyIsInTheBusinessCurrency()
{
    TempDatabase t;
    QVERIFY(t.ok());
    ManualClock clock(QDateTime(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC));
    const QString nbsp(QChar(0x00A0));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        DashboardPage page(t.db(), clock); // a US business unless told otherwise
        page.show();
        QTRY_VERIFY(!page.isComputing());
        QTRY_COMPARE(page.figureLabel(QStringLiteral("value"))->text(), "0" + nbsp + "$");
        page.setBusinessRegion(QStringLiteral("GB"));
        QCOMPARE(page.figureLabel(QStringLiteral("value"))->text(), "0" + nbsp + QString::fromUtf8("£"));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DashboardPage page(t.db(), clock);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    QTRY_COMPARE(page.figureLabel(QStringLiteral("value"))->text(), QStringLiteral("$0"));
}

void TestDashboardPage::exportsCallLogInTheBackground()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addMissedCall(t.db(), 1, now.addSecs(-3600));
    addMissedCall(t.db(), 2, now.addSecs(-60));
    DashboardPage page(t.db(), clock);
    page.show();
    const QString file = t.dir() + QStringLiteral("/calls.csv");
    page.exportTo(false, file);
    QTRY_COMPARE(page.exportResultLabel()->text(), QStringLiteral("2 calls exported."));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 3); // header and two calls
    QVERIFY(bytes.contains(",Missed call: the line was busy. Not texted: the number is blocked\r\n"));

    page.exportTo(true, t.dir() + QStringLiteral("/missing-folder/leads.csv"));
    QTRY_VERIFY2(page.exportResultLabel()->text().startsWith(QStringLiteral("Could not write")),
                 qPrintable(page.exportResultLabel()->text()));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
