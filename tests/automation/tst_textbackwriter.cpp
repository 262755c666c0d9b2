#include "TempDatabase.h"
#include "automation/TextBackWriter.h"
#include "common/Clock.h"
#include "hours/BusinessHoursStore.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "templates/TemplateStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestTextBackWriter : public QObject
{
    Q_OBJECT
private slots:
    void rendersTheOwnersTemplates();
    void afterHoursNamesTheNextOpening();
    void brokenTemplateFallsBackToTheBuiltInText();
    void followUpsWaitForTheRecipientsMorning();
};

namespace {
void nameBusiness(Database& db, const QString& name)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    Settings(&kv, nullptr).setValue(SettingKey::BusinessName, name);
}
BusinessHours weekdays8to5()
{
    BusinessHours h(QTimeZone("America/Chicago"));
    for (int d = 1; d <= 5; ++d)
        h.addRange(d, {8 * 60, 17 * 60});
    return h;
}
} // namespace

void TestTextBackWriter::rendersTheOwnersTemplates()
{
    TempDatabase t;
    nameBusiness(t.db(), QStringLiteral("Ortiz Electric"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC)); // Monday 9:00 in Chicago
    TextBackWriter writer(t.db(), clock);
    const QString body = writer.textBack(TextBackTemplate::BusinessHours, Lead{});
    QVERIFY2(body.contains(QStringLiteral("Ortiz Electric")), qPrintable(body));
    QVERIFY(!body.contains(QLatin1Char('{')));

    QVERIFY(
        TemplateStore(t.db())
            .saveForRole(TemplateRole::BusinessHours,
                         QStringLiteral("Hi {first_name}, {business} here - sorry we missed you. What's up?"),
                         clock.nowUtc())
            .ok());
    Lead known;
    known.displayName = QStringLiteral("Dana Whitfield");
    QCOMPARE(writer.textBack(TextBackTemplate::BusinessHours, known),
             QStringLiteral("Hi Dana, Ortiz Electric here - sorry we missed you. What's up?"));
    QCOMPARE(writer.textBack(TextBackTemplate::BusinessHours, Lead{}),
             QStringLiteral("Hi, Ortiz Electric here - sorry we missed you. What's up?"));
}

void TestTextBackWriter::afterHoursNamesTheNextOpening()
{
    TempDatabase t;
    nameBusiness(t.db(), QStringLiteral("Anderson Roofing"));
    QVERIFY(BusinessHoursStore(t.db()).save(weekdays8to5(), QDateTime::currentDateTimeUtc()).ok());
    // Friday 19:00 in Chicago: closed until Monday.
    ManualClock clock(QDateTime(QDate(2026, 3, 7), QTime(1, 0), Qt::UTC));
    TextBackWriter writer(t.db(), clock);
    QVERIFY(!writer.isOpen(clock.nowUtc()));
    QVERIFY(writer.isOpen(QDateTime(QDate(2026, 3, 9), QTime(15, 0), Qt::UTC)));
    const QString body = writer.textBack(TextBackTemplate::AfterHours, Lead{});
    QVERIFY2(body.contains(QStringLiteral("Monday at 8:00 AM")), qPrintable(body));
}

void TestTextBackWriter::brokenTemplateFallsBackToTheBuiltInText()
{
    TempDatabase t;
    nameBusiness(t.db(), QStringLiteral("Anderson Roofing"));
    ManualClock clock;
    // {booking_link} with no link set: cannot be rendered as written.
    QVERIFY(TemplateStore(t.db())
                .saveForRole(TemplateRole::BusinessHours,
                             QStringLiteral("Sorry we missed you! Book here: {booking_link}"), clock.nowUtc())
                .ok());
    TextBackWriter writer(t.db(), clock);
    const QString body = writer.textBack(TextBackTemplate::BusinessHours, Lead{});
    QVERIFY(!body.contains(QStringLiteral("Book here")));
    QVERIFY(body.contains(QStringLiteral("Anderson Roofing")));
}

void TestTextBackWriter::followUpsWaitForTheRecipientsMorning()
{
    TempDatabase t;
    QVERIFY(BusinessHoursStore(t.db()).save(weekdays8to5(), QDateTime::currentDateTimeUtc()).ok());
    ManualClock clock;
    TextBackWriter writer(t.db(), clock);
    // 23:30 in Austin is too late; the next allowed moment is the next morning.
    const QDateTime lateNight(QDate(2026, 3, 3), QTime(5, 30), Qt::UTC);
    const QDateTime allowed = writer.followUpAllowedAt(QStringLiteral("+15125550147"), lateNight);
    QVERIFY(allowed > lateNight);
    QCOMPARE(allowed.toTimeZone(QTimeZone("America/Chicago")).time().hour() >= 8, true);
    QCOMPARE(allowed.toTimeZone(QTimeZone("America/Chicago")).date(), QDate(2026, 3, 3));
}

QTEST_GUILESS_MAIN(TestTextBackWriter)
#include "tst_textbackwriter.moc"
