// The owner's numbers (issue 18) and the dashboard rollups (issue 17), on hand-counted fixtures:
// a week of missed calls in New York with known job values, three of them before Ringback was
// switched on, across the March 2026 daylight-saving change; the CSV summary carries the same
// figures; staff response times of two people at known times; and the rollups equal the raw
// queries on a larger store, also after the things they count change.
#include "TempDatabase.h"
#include "reports/CsvExport.h"
#include "reports/DashboardReport.h"
#include "reports/DashboardRollups.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QTimeZone kZone("America/New_York");

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kZone).toUTC();
}

qlonglong ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

class Seeder
{
public:
    explicit Seeder(Database& db)
        : m_db(db)
    {}

    qint64 lead(const QString& e164, const QString& status, std::optional<qint64> valueCents = {})
    {
        return insert(
            QStringLiteral("INSERT INTO leads (e164, status, estimated_value_cents, last_activity_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, 0, 0, 0) RETURNING id"),
            {e164, status, valueCents ? QVariant(qlonglong(*valueCents)) : nullInt()});
    }

    qint64 call(const QString& from, const QDateTime& ended, const QString& verdict, const QString& decision,
                qint64 leadId = 0, const QString& direction = QStringLiteral("inbound"),
                const QString& to = QStringLiteral("+12125550100"))
    {
        const qint64 id =
            insert(QStringLiteral(
                       "INSERT INTO calls (provider_call_id, direction, from_number, to_number, status, "
                       "started_at, ended_at, first_seen_at, updated_at, verdict, decision) VALUES (?, ?, ?, "
                       "?, 'no-answer', ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {QStringLiteral("CA%1").arg(++m_calls), direction, from, to, ms(ended.addSecs(-20)),
                    ms(ended), ms(ended), ms(ended), verdict,
                    decision.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(decision)});
        if (leadId != 0 && verdict == QLatin1String("missed"))
            exec(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, call_id, occurred_at) "
                                "VALUES (?, 'call_missed', '', ?, ?)"),
                 {leadId, id, ms(ended)});
        return id;
    }

    // A text-back as the automation leaves it: its conversation row (queued until sent) and the
    // outbox row. sentAfterSecs < 0: not sent (held).
    qint64 textBack(qint64 callId, qint64 leadId, const QDateTime& ended, const QString& state,
                    int sentAfterSecs)
    {
        const bool sent = sentAfterSecs >= 0;
        const qint64 message =
            insert(QStringLiteral(
                       "INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                       "automated, created_at, sent_at, updated_at) VALUES (?, 'outbound', '+12125550100', "
                       "'+1', 'Hi', ?, 1, ?, ?, ?) RETURNING id"),
                   {leadId, sent ? QStringLiteral("sent") : QStringLiteral("queued"), ms(ended),
                    sent ? QVariant(ms(ended.addSecs(sentAfterSecs))) : nullInt(), ms(ended)});
        return insert(
            QStringLiteral("INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, "
                           "state, not_before, message_id, created_at, updated_at) VALUES (?, ?, "
                           "'textback', '+1', '+12125550100', 'Hi', ?, ?, ?, ?, ?) RETURNING id"),
            {callId, leadId, state, ms(ended), message, ms(ended.addSecs(1)),
             ms(ended.addSecs(qMax(sentAfterSecs, 1)))});
    }

    void customer(qint64 leadId, const QDateTime& at)
    {
        exec(QStringLiteral("INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                            "created_at, updated_at) VALUES (?, 'inbound', '+1', '+12125550100', 'yes', "
                            "'received', ?, ?)"),
             {leadId, ms(at), ms(at)});
    }

    // A person's answer: through the outbox with who wrote it, or (empty person) a text sent
    // outside Ringback that the message log brought in. automated: a follow-up, not a person.
    void answer(qint64 leadId, const QDateTime& at, const QString& person,
                const QString& status = QStringLiteral("sent"), bool automated = false)
    {
        QVariant outboxId = nullInt();
        if (!person.isEmpty()) {
            outboxId =
                insert(QStringLiteral("INSERT INTO outbox (lead_id, kind, to_number, from_number, body, "
                                      "state, not_before, created_at, updated_at, actor) VALUES (?, 'reply', "
                                      "'+1', '+12125550100', 'On it', 'sent', ?, ?, ?, ?) RETURNING id"),
                       {leadId, ms(at), ms(at), ms(at), person});
        }
        exec(QStringLiteral("INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                            "automated, created_at, sent_at, updated_at, outbox_id) VALUES (?, 'outbound', "
                            "'+12125550100', '+1', 'On it', ?, ?, ?, ?, ?, ?)"),
             {leadId, status, automated ? 1 : 0, ms(at), ms(at), ms(at), outboxId});
    }

    void exec(const QString& sql, const QVariantList& args = {})
    {
        if (auto q = m_db.exec(sql, args); !q)
            qFatal("seeding failed: %s", qPrintable(q.error().detail));
    }

private:
    qint64 insert(const QString& sql, const QVariantList& args)
    {
        auto q = m_db.exec(sql, args);
        if (!q || !q->next())
            qFatal("seeding failed: %s", qPrintable(q ? sql : q.error().detail));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        return id;
    }

    Database& m_db;
    int m_calls = 0;
};

void setSetting(Database& db, SettingKey key, const QVariant& value)
{
    KeyValueStore stored(db, KeyValueStore::Table::Settings);
    Settings settings(&stored, nullptr);
    QVERIFY(settings.setValue(key, value));
}

// The week of Monday 2 March 2026 in New York (clocks forward on Sunday 8 March at 2:00), Ringback
// switched on at Wednesday 0:00. Counted by hand:
//   before: c1 nobody followed up (at risk); c2 answered on a later call; c3 called back.
//   since:  c4 texted 12 s, replied, booked $450;  c5 texted 20 s, replied, won with no value;
//           c6 texted 30 s, no reply, new;          c7 opted out, nobody followed up (at risk);
//           c8 Sunday after the change, texted 40 s, replied, won $1,200;
//           c9 held for approval, never sent (at risk).
//   A job won before the week, $300. Average of valued won jobs: (1,200 + 300) / 2 = $750.
void seedWeek(Database& db)
{
    Seeder s(db);
    const auto number = [](int n) {
        return QStringLiteral("+121255500%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    QList<qint64> lead{0};
    const QStringList statuses{QString(),
                               QStringLiteral("new"),
                               QStringLiteral("new"),
                               QStringLiteral("new"),
                               QStringLiteral("booked"),
                               QStringLiteral("won"),
                               QStringLiteral("new"),
                               QStringLiteral("new"),
                               QStringLiteral("won"),
                               QStringLiteral("new")};
    const QList<std::optional<qint64>> values{{}, {}, {}, {}, 45000, {}, {}, {}, 120000, {}};
    for (int i = 1; i <= 9; ++i)
        lead << s.lead(number(i), statuses.at(i), values.at(i));
    s.lead(number(20), QStringLiteral("won"), 30000);

    s.call(number(1), local(2, 9), QStringLiteral("missed"), QStringLiteral("automation_off"), lead[1]);
    s.call(number(2), local(2, 10), QStringLiteral("missed"), QStringLiteral("automation_off"), lead[2]);
    s.call(number(2), local(3, 11), QStringLiteral("answered"), QString());
    s.call(number(3), local(3, 15), QStringLiteral("missed"), QStringLiteral("automation_off"), lead[3]);
    s.call(QStringLiteral("+12125550100"), local(3, 15, 30), QStringLiteral("outbound"), QString(), 0,
           QStringLiteral("outbound"), number(3));

    const QDateTime t4 = local(4, 8);
    s.textBack(s.call(number(4), t4, QStringLiteral("missed"), QStringLiteral("texted"), lead[4]), lead[4],
               t4, QStringLiteral("sent"), 12);
    s.customer(lead[4], t4.addSecs(120));
    const QDateTime t5 = local(5, 13);
    s.textBack(s.call(number(5), t5, QStringLiteral("missed"), QStringLiteral("texted"), lead[5]), lead[5],
               t5, QStringLiteral("sent"), 20);
    s.customer(lead[5], t5.addSecs(600));
    const QDateTime t6 = local(6, 17);
    s.textBack(s.call(number(6), t6, QStringLiteral("missed"), QStringLiteral("texted"), lead[6]), lead[6],
               t6, QStringLiteral("sent"), 30);
    s.call(number(7), local(7, 10), QStringLiteral("missed"), QStringLiteral("opted_out"), lead[7]);
    const QDateTime t8 = local(8, 9);
    s.textBack(s.call(number(8), t8, QStringLiteral("missed"), QStringLiteral("texted"), lead[8]), lead[8],
               t8, QStringLiteral("sent"), 40);
    s.customer(lead[8], t8.addSecs(60));
    const QDateTime t9 = local(8, 20);
    s.textBack(s.call(number(9), t9, QStringLiteral("missed"), QStringLiteral("held_hourly_cap"), lead[9]),
               lead[9], t9, QStringLiteral("held"), -1);

    setSetting(db, SettingKey::AutomationEnabledSince, ms(local(4, 0)));
}

// RFC 4180 reader: labels such as "Time to text, median (s)" come quoted.
QMap<QString, QString> csvFigures(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes.mid(3)); // after the byte-order mark
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            records << (record << field);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    QMap<QString, QString> out;
    for (const QStringList& f : std::as_const(records))
        out.insert(f.value(1).isEmpty() ? f.value(0) : f.value(0) + QLatin1Char('/') + f.value(1),
                   f.value(2));
    return out;
}

} // namespace

class TestDashboardMoney : public QObject
{
    Q_OBJECT
private slots:
    void money_data();
    void money();
    void averageJobFromTheOwnerWhileNoneWon();
    void summaryCsvHasTheSameFigures();
    void staffResponseTimes();
    void rollupsEqualRawQueries_data();
    void rollupsEqualRawQueries();
};

void TestDashboardMoney::money_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<qint64>("missed");
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("since");
    QTest::addColumn<qint64>("texted");
    QTest::addColumn<int>("textedPercent"); // -1: no rate
    QTest::addColumn<qint64>("recoveredJobs");
    QTest::addColumn<qint64>("recoveredEstimated");
    QTest::addColumn<qint64>("recoveredCents");
    QTest::addColumn<qint64>("atRiskCalls");
    QTest::addColumn<qint64>("atRiskCents");
    QTest::addColumn<double>("missedPerWeek");
    QTest::addColumn<int>("bookedPercent");   // -1: no share yet
    QTest::addColumn<qint64>("silenceCents"); // -1: none

    // 9 missed a week x 3 of 6 callers since the switch-on book x $750 x 50 weeks = $168,750.
    QTest::newRow("the week across the DST change")
        << ReportPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 8), kZone) << qint64(9) << qint64(3)
        << qint64(6) << qint64(4) << 67 << qint64(3) << qint64(1) << qint64(45000 + 75000 + 120000)
        << qint64(3) << qint64(225000) << 9.0 << 50 << qint64(16875000);
    QTest::newRow("before Ringback only: no rates")
        << ReportPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 3), kZone) << qint64(3) << qint64(3)
        << qint64(0) << qint64(0) << -1 << qint64(0) << qint64(0) << qint64(0) << qint64(1) << qint64(75000)
        << 10.5 << -1 << qint64(-1);
    // Sunday is 23 hours long; still a seventh of a week. 2 missed a day x 7 = 14 a week, 1 of 2 books.
    QTest::newRow("the short Sunday")
        << ReportPeriod::days(QDate(2026, 3, 8), QDate(2026, 3, 8), kZone) << qint64(2) << qint64(0)
        << qint64(2) << qint64(1) << 50 << qint64(1) << qint64(0) << qint64(120000) << qint64(1)
        << qint64(75000) << 14.0 << 50 << qint64(26250000);
}

void TestDashboardMoney::money()
{
    QFETCH(ReportPeriod, period);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    seedWeek(t.db());

    auto r = DashboardReport(t.db()).compute(period, kZone);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    const DashboardFigures& f = r.value();
    QTEST(f.missedCalls, "missed");
    QTEST(f.missedBeforeAutomation, "before");
    QTEST(f.missedSinceAutomation, "since");
    QTEST(f.texted, "texted");
    QTEST(f.textedRate() ? qRound(*f.textedRate() * 100) : -1, "textedPercent");
    QCOMPARE(f.averageJobValueCents, qint64(75000));
    QCOMPARE(f.averageJobValueSource, JobValueSource::WonJobs);
    QCOMPARE(f.wonJobsValued, qint64(2));
    QTEST(f.recoveredJobs, "recoveredJobs");
    QTEST(f.recoveredEstimated, "recoveredEstimated");
    QTEST(f.recoveredCents, "recoveredCents");
    QTEST(f.atRiskCalls, "atRiskCalls");
    QTEST(f.atRiskCents, "atRiskCents");
    QFETCH(double, missedPerWeek);
    QCOMPARE(qRound(f.missedPerWeek * 1000), qRound(missedPerWeek * 1000));
    QTEST(f.bookedShare ? qRound(*f.bookedShare * 100) : -1, "bookedPercent");
    QTEST(f.silenceCostPerYearCents.value_or(-1), "silenceCents");
    QCOMPARE(f.automationSince, local(4, 0));

    // The same figures straight from the tables.
    auto raw = DashboardReport(t.db(), DashboardReport::Source::Raw).compute(period, kZone);
    QVERIFY(raw);
    QCOMPARE(raw.value(), f);
}

void TestDashboardMoney::averageJobFromTheOwnerWhileNoneWon()
{
    TempDatabase t;
    QVERIFY(t.ok());
    Seeder s(t.db());
    const qint64 a = s.lead(QStringLiteral("+12125550001"), QStringLiteral("new"));
    s.call(QStringLiteral("+12125550001"), local(4, 9), QStringLiteral("missed"), QStringLiteral("opted_out"),
           a);
    const ReportPeriod week = ReportPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 8), kZone);

    auto byDefault = DashboardReport(t.db()).compute(week, kZone);
    QVERIFY(byDefault);
    QCOMPARE(byDefault->averageJobValueSource, JobValueSource::Owner);
    QCOMPARE(byDefault->averageJobValueCents, qint64(35000));
    QCOMPARE(byDefault->atRiskCents, qint64(35000));
    // No switch-on recorded: every call counts in the rates.
    QCOMPARE(byDefault->missedSinceAutomation, qint64(1));
    QVERIFY(!byDefault->automationSince.isValid());

    setSetting(t.db(), SettingKey::AverageJobValueCents, qlonglong(52000));
    auto owners = DashboardReport(t.db()).compute(week, kZone);
    QVERIFY(owners);
    QCOMPARE(owners->averageJobValueCents, qint64(52000));
    QCOMPARE(owners->atRiskCents, qint64(52000));

    // Once a job is won, its value is the average; the owner's figure waits.
    s.lead(QStringLiteral("+12125550002"), QStringLiteral("won"), 80000);
    auto won = DashboardReport(t.db()).compute(week, kZone);
    QVERIFY(won);
    QCOMPARE(won->averageJobValueSource, JobValueSource::WonJobs);
    QCOMPARE(won->averageJobValueCents, qint64(80000));
}

void TestDashboardMoney::summaryCsvHasTheSameFigures()
{
    TempDatabase t;
    QVERIFY(t.ok());
    seedWeek(t.db());
    const ReportPeriod week = ReportPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 8), kZone);
    auto r = DashboardReport(t.db()).compute(week, kZone);
    QVERIFY(r);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::summary(r.value(), week, kZone, QStringLiteral("US"), buffer));
    const QMap<QString, QString> csv = csvFigures(buffer.data());
    QCOMPARE(csv.value(QStringLiteral("Currency")), QStringLiteral("USD"));
    QCOMPARE(csv.value(QStringLiteral("Period start")), QStringLiteral("2026-03-02 00:00:00"));
    QCOMPARE(csv.value(QStringLiteral("Period end")), QStringLiteral("2026-03-09 00:00:00"));
    QCOMPARE(csv.value(QStringLiteral("Missed calls")), QStringLiteral("9"));
    QCOMPARE(csv.value(QStringLiteral("Missed calls before Ringback was switched on")), QStringLiteral("3"));
    QCOMPARE(csv.value(QStringLiteral("Texted back")), QStringLiteral("4"));
    QCOMPARE(csv.value(QStringLiteral("Texted back (% of missed calls since the switch-on)")),
             QStringLiteral("66.7"));
    QCOMPARE(csv.value(QStringLiteral("Recovered jobs")), QStringLiteral("3"));
    QCOMPARE(csv.value(QStringLiteral("Recovered value")), QStringLiteral("2400.00"));
    QCOMPARE(csv.value(QStringLiteral("Missed calls at risk")), QStringLiteral("3"));
    QCOMPARE(csv.value(QStringLiteral("Value at risk")), QStringLiteral("2250.00"));
    QCOMPARE(csv.value(QStringLiteral("Average job value")), QStringLiteral("750.00"));
    QCOMPARE(csv.value(QStringLiteral("Missed calls a week")), QStringLiteral("9.0"));
    QCOMPARE(csv.value(QStringLiteral("Booked (% of callers since the switch-on)")), QStringLiteral("50.0"));
    QCOMPARE(csv.value(QStringLiteral("What silence costs a year")), QStringLiteral("168750.00"));
    QCOMPARE(csv.value(QStringLiteral("Time to text, median (s)")), QStringLiteral("20"));
    QCOMPARE(csv.value(QStringLiteral("Time to text, 95% within (s)")), QStringLiteral("40"));
}

void TestDashboardMoney::staffResponseTimes()
{
    TempDatabase t;
    QVERIFY(t.ok());
    Seeder s(t.db());
    const qint64 one = s.lead(QStringLiteral("+12125550001"), QStringLiteral("replied"));
    const qint64 two = s.lead(QStringLiteral("+12125550002"), QStringLiteral("replied"));
    // Waits, counted by hand: Maria 2 and 4 min, Joe 10 and 30 min, a text from the provider's
    // own app 1 min. Sorted: 1, 2, 4, 10, 30 -> median (rank 3) 4 min, 90% (rank 5) 30 min.
    s.customer(one, local(4, 10));
    s.answer(one, local(4, 10, 2), QStringLiteral("Maria"));
    s.customer(one, local(4, 11));
    s.customer(one, local(4, 11, 1)); // still the same wait
    s.answer(one, local(4, 11, 10), QStringLiteral("Joe"));
    s.customer(two, local(4, 12));
    s.answer(two, local(4, 12, 1), QString(), QStringLiteral("sent"), /*automated*/ true); // a follow-up
    s.answer(two, local(4, 12, 4), QStringLiteral("Maria"));
    s.customer(two, local(4, 13));
    s.answer(two, local(4, 13, 30), QStringLiteral("Joe"));
    s.answer(two, local(4, 14), QStringLiteral("Joe")); // the office wrote first: no wait
    s.customer(one, local(4, 15));
    s.answer(one, local(4, 15, 1), QString());
    s.customer(one, local(4, 15, 59));
    s.answer(one, local(4, 16), QStringLiteral("Maria"), QStringLiteral("failed")); // never reached them
    // Outside the day.
    s.customer(one, local(5, 9));
    s.answer(one, local(5, 9, 1), QStringLiteral("Maria"));

    const ReportPeriod day = ReportPeriod::days(QDate(2026, 3, 4), QDate(2026, 3, 4), kZone);
    auto r = DashboardReport(t.db()).compute(day, kZone);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    const qint64 minute = 60'000;
    QCOMPARE(r->staffResponse.answers, qint64(5));
    QCOMPARE(r->staffResponse.p50Ms, std::optional<qint64>(4 * minute));
    QCOMPARE(r->staffResponse.p90Ms, std::optional<qint64>(30 * minute));
    QCOMPARE(r->staffResponse.within5Minutes, qint64(3));
    QCOMPARE(r->staffResponseByPerson.size(), 3);
    const PersonResponseTimes& joe = r->staffResponseByPerson.at(0);
    QCOMPARE(joe.person, QStringLiteral("Joe"));
    QCOMPARE(joe.times.answers, qint64(2));
    QCOMPARE(joe.times.p50Ms, std::optional<qint64>(10 * minute));
    QCOMPARE(joe.times.p90Ms, std::optional<qint64>(30 * minute));
    QCOMPARE(joe.times.within5Minutes, qint64(0));
    const PersonResponseTimes& maria = r->staffResponseByPerson.at(1);
    QCOMPARE(maria.person, QStringLiteral("Maria"));
    QCOMPARE(maria.times.p50Ms, std::optional<qint64>(2 * minute));
    QCOMPARE(maria.times.p90Ms, std::optional<qint64>(4 * minute));
    QCOMPARE(maria.times.within5Minutes, qint64(2));
    QCOMPARE(r->staffResponseByPerson.at(2).person, QString());
    QCOMPARE(r->staffResponseByPerson.at(2).times.p50Ms, std::optional<qint64>(1 * minute));

    // The CSV says the same.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::summary(r.value(), day, kZone, QStringLiteral("US"), buffer));
    const QMap<QString, QString> csv = csvFigures(buffer.data());
    QCOMPARE(csv.value(QStringLiteral("Staff answers/Everyone")), QStringLiteral("5"));
    QCOMPARE(csv.value(QStringLiteral("Staff response time, median (s)/Everyone")), QStringLiteral("240"));
    QCOMPARE(csv.value(QStringLiteral("Staff response time, 90% within (s)/Everyone")),
             QStringLiteral("1800"));
    QCOMPARE(csv.value(QStringLiteral("Answered within 5 minutes (%)/Everyone")), QStringLiteral("60.0"));
    QCOMPARE(csv.value(QStringLiteral("Staff response time, median (s)/Maria")), QStringLiteral("120"));
    QCOMPARE(csv.value(QStringLiteral("Staff response time, 90% within (s)/Joe")), QStringLiteral("1800"));
    QCOMPARE(csv.value(QStringLiteral("Staff answers/Sent outside Ringback")), QStringLiteral("1"));
}

void TestDashboardMoney::rollupsEqualRawQueries_data()
{
    QTest::addColumn<ReportPeriod>("period");
    const QDateTime now = local(12, 15, 7);
    QTest::newRow("today") << ReportPeriod::today(now, kZone);
    QTest::newRow("7 days") << ReportPeriod::lastDays(7, now, kZone);
    QTest::newRow("30 days, DST inside") << ReportPeriod::lastDays(30, now, kZone);
    QTest::newRow("the DST day") << ReportPeriod::days(QDate(2026, 3, 8), QDate(2026, 3, 8), kZone);
    QTest::newRow("odd instants") << ReportPeriod{local(3, 7, 7).addSecs(13), local(9, 22, 52).addMSecs(401)};
}

void TestDashboardMoney::rollupsEqualRawQueries()
{
    QFETCH(ReportPeriod, period);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    Database& db = t.db();
    Seeder s(db);
    QRandomGenerator rng(17);
    QList<qint64> leads;
    for (int i = 0; i < 40; ++i) {
        static const char* const statuses[] = {"new", "texted", "replied", "booked", "won", "lost"};
        leads << s.lead(QStringLiteral("+1212555%1").arg(1000 + i), QString::fromLatin1(statuses[i % 6]),
                        i % 4 == 0 ? std::optional<qint64>() : std::optional<qint64>(10000 + 500 * i));
    }
    QList<std::pair<qint64, qint64>> heldOrFailed; // outbox id, lead
    const QDateTime start = local(1, 0);
    for (int i = 0; i < 300; ++i) {
        const int who = int(rng.bounded(40));
        const QString number = QStringLiteral("+1212555%1").arg(1000 + who);
        const QDateTime ended = start.addSecs(qint64(rng.bounded(12 * 24 * 3600)));
        const int kind = int(rng.bounded(10));
        if (kind == 0) {
            s.call(number, ended, QStringLiteral("answered"), QString());
            continue;
        }
        const qint64 call =
            s.call(number, ended, QStringLiteral("missed"),
                   kind < 7 ? QStringLiteral("texted") : QStringLiteral("cooldown"), leads[who]);
        if (kind < 6) {
            s.textBack(call, leads[who], ended, QStringLiteral("sent"), int(rng.bounded(90)));
            if (rng.bounded(2) == 0)
                s.customer(leads[who], ended.addSecs(qint64(rng.bounded(3600))));
        } else if (kind == 6) {
            heldOrFailed.append(
                {s.textBack(call, leads[who], ended, QStringLiteral("held"), -1), leads[who]});
        }
    }
    setSetting(db, SettingKey::AutomationEnabledSince, ms(local(5, 13, 17)));

    auto compare = [&](const char* when) {
        auto kept = DashboardReport(db).compute(period, kZone);
        auto raw = DashboardReport(db, DashboardReport::Source::Raw).compute(period, kZone);
        QVERIFY2(kept && raw, when);
        QVERIFY2(kept->missedCalls > 0 || period.from.secsTo(period.to) < 86400, when);
        QVERIFY2(kept.value() == raw.value(), when);
    };
    compare("first read");
    compare("second read, from the rollups");

    // What the rollups count changes: a held text goes out, a caller answers, the office calls
    // back and texts, a call is re-decided, a call is deleted.
    for (const auto& [outboxId, lead] : std::as_const(heldOrFailed)) {
        s.exec(
            QStringLiteral("UPDATE outbox SET state = 'sent', updated_at = updated_at + 5000 WHERE id = ?"),
            {outboxId});
        s.customer(lead, local(11, 9));
    }
    s.call(QStringLiteral("+12125551003"), local(11, 10), QStringLiteral("answered"), QString());
    s.call(QStringLiteral("+12125550100"), local(11, 11), QStringLiteral("outbound"), QString(), 0,
           QStringLiteral("outbound"), QStringLiteral("+12125551004"));
    s.answer(leads[5], local(11, 12), QStringLiteral("Maria"));
    s.exec(QStringLiteral("UPDATE calls SET decision = 'opted_out' WHERE id IN (SELECT id FROM calls WHERE "
                          "decision = 'cooldown' ORDER BY id LIMIT 5)"));
    s.exec(QStringLiteral("DELETE FROM timeline_events WHERE call_id = (SELECT MAX(id) FROM calls WHERE "
                          "verdict = 'missed')"));
    s.exec(QStringLiteral("UPDATE outbox SET call_id = NULL WHERE call_id = (SELECT MAX(id) FROM calls WHERE "
                          "verdict = 'missed')"));
    s.exec(
        QStringLiteral("DELETE FROM calls WHERE id = (SELECT MAX(id) FROM calls WHERE verdict = 'missed')"));
    compare("after the changes");
}

QTEST_GUILESS_MAIN(TestDashboardMoney)
#include "tst_dashboardmoney.moc"
