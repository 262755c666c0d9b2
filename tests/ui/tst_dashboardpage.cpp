// The dashboard page shows the report's figures for the chosen range, and updates when the store
// changes while it is on screen.
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/LanguageLoader.h"
#include "dashboard/DashboardPage.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"

#include <QLabel>
#include <QSpinBox>
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

void exec(Database& db, const QString& sql, const QVariantList& args = {})
{
    auto r = db.exec(sql, args);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
}

// A missed call Ringback texted back, from a lead with a status and a value; the caller replied.
void addTextedLead(Database& db, int n, const QDateTime& ended, const QString& status, const QVariant& cents)
{
    const qlonglong t = ended.toMSecsSinceEpoch();
    const QString number = QStringLiteral("+1212555%1").arg(2000 + n);
    exec(db,
         QStringLiteral(
             "INSERT INTO leads (id, e164, status, estimated_value_cents, last_activity_at, created_at, "
             "updated_at) VALUES (?, ?, ?, ?, 0, 0, 0)"),
         {n, number, status, cents});
    exec(db,
         QStringLiteral("INSERT INTO calls (id, provider_call_id, direction, from_number, to_number, status, "
                        "started_at, ended_at, first_seen_at, updated_at, verdict, decision) VALUES (?, ?, "
                        "'inbound', ?, '+12125550100', 'no-answer', ?, ?, ?, ?, 'missed', 'texted')"),
         {100 + n, QStringLiteral("CAT%1").arg(n), number, t, t, t, t});
    exec(
        db,
        QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, call_id, occurred_at) VALUES (?, "
                       "'call_missed', '', ?, ?)"),
        {n, 100 + n, t});
    exec(db,
         QStringLiteral(
             "INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, state, "
             "not_before, created_at, updated_at) VALUES (?, ?, 'textback', ?, '+12125550100', 'Hi', "
             "'sent', ?, ?, ?)"),
         {100 + n, n, number, t, t + 100, t + 5000});
}

// A customer's text and, `afterSecs` later, a person's answer through the outbox.
void addAnswer(Database& db, int lead, const QDateTime& at, int afterSecs, const QString& person)
{
    const qlonglong t = at.toMSecsSinceEpoch();
    const qlonglong a = t + afterSecs * 1000LL;
    exec(db,
         QStringLiteral(
             "INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
             "created_at, updated_at) VALUES (?, 'inbound', '+1', '+12125550100', 'ok', 'received', ?, ?)"),
         {lead, t, t});
    auto q = db.exec(QStringLiteral("INSERT INTO outbox (lead_id, kind, to_number, from_number, body, state, "
                                    "not_before, created_at, updated_at, actor) VALUES (?, 'reply', '+1', "
                                    "'+12125550100', 'On it', 'sent', ?, ?, ?, ?) RETURNING id"),
                     {lead, a, a, a, person});
    QVERIFY(q && q->next());
    const qlonglong outbox = q->value(0).toLongLong();
    q->finish();
    exec(db,
         QStringLiteral(
             "INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, automated, "
             "created_at, sent_at, updated_at, outbox_id) VALUES (?, 'outbound', '+12125550100', '+1', "
             "'On it', 'sent', 0, ?, ?, ?, ?)"),
         {lead, a, a, a, outbox});
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
    void moneyStrip_data();
    void moneyStrip();
    void averageJobIsTheOwnersWhileNoneIsWon();
    void ratesLeaveOutCallsBeforeRingback();
    void staffResponseTimesPerPerson();
    void exportsTheFiguresShown();
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

// Issue 18: the strip is in the business's currency whatever the desk's language: dollars for a
// Texas business on an English or a Spanish desk, never euros.
void TestDashboardPage::moneyStrip_data()
{
    QTest::addColumn<QLocale>("desk");
    QTest::addColumn<QString>("recovered");
    QTest::addColumn<QString>("atRisk");
    QTest::newRow("English desk") << QLocale(QLocale::English, QLocale::UnitedStates)
                                  << QStringLiteral("$1,650.00") << QStringLiteral("$1,200.00");
    QTest::newRow("Spanish desk")
        << QLocale(QLocale::Spanish, QLocale::Spain)
        << QLocale(QLocale::Spanish, QLocale::UnitedStates).toCurrencyString(1650.0, QStringLiteral("$"), 2)
        << QLocale(QLocale::Spanish, QLocale::UnitedStates).toCurrencyString(1200.0, QStringLiteral("$"), 2);
}

void TestDashboardPage::moneyStrip()
{
    QFETCH(QLocale, desk);
    QFETCH(QString, recovered);
    QFETCH(QString, atRisk);
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addTextedLead(t.db(), 1, now.addDays(-1), QStringLiteral("booked"), qlonglong(45000));
    addTextedLead(t.db(), 2, now.addDays(-2), QStringLiteral("won"), qlonglong(120000));
    addMissedCall(t.db(), 1, now.addSecs(-3600)); // nobody texted: at risk, at the average $1,200
    QLocale::setDefault(desk);
    DashboardPage page(t.db(), clock);
    page.setBusinessRegion(QStringLiteral("US"));
    page.resize(1366, 768);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    QTRY_COMPARE(page.figureLabel(QStringLiteral("recovered"))->text(), recovered);
    QCOMPARE(page.figureLabel(QStringLiteral("atRisk"))->text(), atRisk);
    for (const QString& name :
         {QStringLiteral("recovered"), QStringLiteral("atRisk"), QStringLiteral("silence")})
        QVERIFY(!page.figureLabel(name)->text().contains(QChar(0x20AC))); // never euros
    QVERIFY(page.figureLabel(QStringLiteral("recoveredDetail"))->text().contains(QStringLiteral("2")));
    QVERIFY(page.figureLabel(QStringLiteral("silence"))->text().contains(QLatin1Char('$')));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboardPage::averageJobIsTheOwnersWhileNoneIsWon()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addMissedCall(t.db(), 1, now.addSecs(-3600));
    addMissedCall(t.db(), 2, now.addSecs(-1800));
    KeyValueStore stored(t.db(), KeyValueStore::Table::Settings);
    Settings settings(&stored, nullptr);
    DashboardPage page(t.db(), clock);
    page.setSettings(&settings);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    QTRY_COMPARE(page.figureLabel(QStringLiteral("atRisk"))->text(), QStringLiteral("$700.00")); // 2 x $350
    QSpinBox* editor = page.averageJobEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->value(), 350);

    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("500"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(settings.int64Value(SettingKey::AverageJobValueCents), qint64(50000));
    QTRY_COMPARE(page.figureLabel(QStringLiteral("atRisk"))->text(), QStringLiteral("$1,000.00"));

    // A won job: its value is the average now, and the owner's figure is no longer asked for.
    addTextedLead(t.db(), 1, now.addDays(-1), QStringLiteral("won"), qlonglong(80000));
    page.refresh();
    QTRY_COMPARE(page.figureLabel(QStringLiteral("atRisk"))->text(), QStringLiteral("$1,600.00"));
    QVERIFY(!editor->isVisible());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("averageJobNote"))
                ->text()
                .contains(QStringLiteral("$800.00")));
}

void TestDashboardPage::ratesLeaveOutCallsBeforeRingback()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    for (int i = 1; i <= 3; ++i)
        addMissedCall(t.db(), i, now.addDays(-3).addSecs(i * 60)); // before the switch-on
    addTextedLead(t.db(), 1, now.addDays(-1), QStringLiteral("texted"),
                  QVariant(QMetaType(QMetaType::LongLong)));
    KeyValueStore stored(t.db(), KeyValueStore::Table::Settings);
    Settings settings(&stored, nullptr);
    QVERIFY(settings.setValue(SettingKey::AutomationEnabledSince,
                              qlonglong(now.addDays(-2).toMSecsSinceEpoch())));
    DashboardPage page(t.db(), clock);
    page.setSettings(&settings);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    QTRY_COMPARE(page.figureLabel(QStringLiteral("missed"))->text(), QStringLiteral("4"));
    // 1 texted of the 1 call since the switch-on, not 1 of 4.
    QCOMPARE(page.figureLabel(QStringLiteral("textedDetail"))->text(),
             QStringLiteral("100% of missed calls"));
    auto* note = page.findChild<QLabel*>(QStringLiteral("ratesNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("before Ringback: 3 missed call")),
             qPrintable(note->text()));
}

void TestDashboardPage::staffResponseTimesPerPerson()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addTextedLead(t.db(), 1, now.addDays(-1), QStringLiteral("replied"),
                  QVariant(QMetaType(QMetaType::LongLong)));
    addAnswer(t.db(), 1, now.addSecs(-7200), 120, QStringLiteral("Maria"));
    addAnswer(t.db(), 1, now.addSecs(-3600), 600, QStringLiteral("<b>Joe</b>"));
    DashboardPage page(t.db(), clock);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    auto* table = page.findChild<QLabel*>(QStringLiteral("responseTimes"));
    QTRY_VERIFY(table->text().contains(QStringLiteral("Maria")));
    QVERIFY(table->text().contains(QStringLiteral("&lt;b&gt;Joe&lt;/b&gt;"))); // a name is plain text
    QVERIFY(table->text().contains(QStringLiteral("2 min 0 s")));
    QVERIFY(table->text().contains(QStringLiteral("10 min 0 s")));
    QVERIFY(table->text().contains(QStringLiteral("50%")));
}

void TestDashboardPage::exportsTheFiguresShown()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime now(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC);
    ManualClock clock(now);
    addTextedLead(t.db(), 1, now.addDays(-1), QStringLiteral("booked"), qlonglong(45000));
    DashboardPage page(t.db(), clock);
    page.show();
    QTRY_VERIFY(!page.isComputing());
    QTRY_COMPARE(page.figureLabel(QStringLiteral("recovered"))->text(), QStringLiteral("$450.00"));
    const QString file = t.dir() + QStringLiteral("/figures.csv");
    page.exportFiguresTo(file);
    QCOMPARE(page.exportResultLabel()->text(), QStringLiteral("Figures exported."));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.contains("Recovered value,,450.00\r\n"));
    QVERIFY(bytes.contains("Currency,,USD\r\n"));
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
