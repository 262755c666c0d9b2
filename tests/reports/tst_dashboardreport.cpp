// The dashboard's figures on a small seeded store, against counts made by hand: missed, texted,
// why not, replied, time-to-text percentiles, leads by status and value, and when calls were
// missed in New York local time across the March 2026 daylight-saving change.
#include "TempDatabase.h"
#include "reports/DashboardReport.h"

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

// "new:2,booked:1" for a compact expected column.
QString described(const QList<LabelledCount>& counts)
{
    QStringList parts;
    for (const LabelledCount& c : counts)
        parts << QStringLiteral("%1:%2").arg(c.label).arg(c.count);
    return parts.join(QLatin1Char(','));
}

template <size_t N>
QString described(const std::array<qint64, N>& counts)
{
    QStringList parts;
    for (size_t i = 0; i < N; ++i) {
        if (counts[i] != 0)
            parts << QStringLiteral("%1:%2").arg(i).arg(counts[i]);
    }
    return parts.join(QLatin1Char(','));
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
            QStringLiteral("INSERT INTO leads (e164, status, estimated_value_cents, "
                           "last_activity_at, created_at, updated_at) VALUES (?, ?, ?, 0, 0, 0) "
                           "RETURNING id"),
            {e164, status,
             valueCents ? QVariant(qlonglong(*valueCents)) : QVariant(QMetaType(QMetaType::LongLong))});
    }

    // `decision`: the policy's code as stored ("texted", "opted_out"; empty: not decided).
    qint64 call(const QString& from, const QDateTime& ended, const QString& verdict, const QString& decision,
                qint64 leadId = 0, const QString& parent = {})
    {
        const qint64 id = insert(
            QStringLiteral("INSERT INTO calls (provider_call_id, parent_provider_call_id, direction, "
                           "from_number, to_number, status, started_at, ended_at, first_seen_at, updated_at, "
                           "verdict, decision) VALUES (?, ?, 'inbound', ?, '+12125550100', 'no-answer', "
                           "?, ?, ?, ?, ?, ?) RETURNING id"),
            {QStringLiteral("CA%1").arg(++m_calls),
             parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parent), from,
             ms(ended.addSecs(-20)), ms(ended), ms(ended), ms(ended), verdict,
             decision.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(decision)});
        if (leadId != 0 && verdict == QLatin1String("missed"))
            exec(QStringLiteral("INSERT INTO timeline_events (lead_id, kind, detail, call_id, occurred_at) "
                                "VALUES (?, 'call_missed', '', ?, ?)"),
                 {leadId, id, ms(ended)});
        return id;
    }

    // A text-back for a call; sentAfterSecs < 0: never sent.
    void textBack(qint64 callId, qint64 leadId, const QDateTime& ended, const QString& state,
                  int sentAfterSecs)
    {
        const QDateTime sent = ended.addSecs(sentAfterSecs);
        const qint64 message = insert(
            QStringLiteral("INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                           "automated, created_at, sent_at, updated_at) VALUES (?, 'outbound', "
                           "'+12125550100', '+1', 'Hi', 'sent', 1, ?, ?, ?) RETURNING id"),
            {leadId, ms(ended),
             sentAfterSecs < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms(sent)), ms(ended)});
        exec(
            QStringLiteral("INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, state, "
                           "not_before, message_id, created_at, updated_at) VALUES (?, ?, 'textback', '+1', "
                           "'+12125550100', 'Hi', ?, ?, ?, ?, ?)"),
            {callId, leadId, state, ms(ended), message, ms(ended.addSecs(1)), ms(sent)});
    }

    void reply(qint64 leadId, const QDateTime& at)
    {
        exec(QStringLiteral("INSERT INTO messages (lead_id, direction, from_number, to_number, body, status, "
                            "created_at, updated_at) VALUES (?, 'inbound', '+1', '+12125550100', 'yes', "
                            "'received', ?, ?)"),
             {leadId, ms(at), ms(at)});
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
    void exec(const QString& sql, const QVariantList& args)
    {
        if (auto q = m_db.exec(sql, args); !q)
            qFatal("seeding failed: %s", qPrintable(q.error().detail));
    }

    Database& m_db;
    int m_calls = 0;
};

const QString kOptedOut = QStringLiteral("Not texted: the caller opted out of texts");
const QString kWithheld = QStringLiteral("Not texted: the caller ID was withheld");

// The week of Monday 2 March 2026 in New York; clocks went forward on Sunday 8 March at 2:00.
void seed(Database& db)
{
    Seeder s(db);
    const qint64 a = s.lead(QStringLiteral("+12125550001"), QStringLiteral("booked"), 45000);
    const qint64 b = s.lead(QStringLiteral("+12125550002"), QStringLiteral("won"), 120000);
    const qint64 c = s.lead(QStringLiteral("+12125550003"), QStringLiteral("new"));
    const qint64 d = s.lead(QStringLiteral("+12125550004"), QStringLiteral("new"), 99900);
    const qint64 e = s.lead(QStringLiteral("+12125550005"), QStringLiteral("replied"));
    const qint64 f = s.lead(QStringLiteral("+12125550006"), QStringLiteral("lost"), 5000);

    // 1. Mon 7:30, texted after 10 s, the caller replied, job booked.
    const QDateTime t1 = local(2, 7, 30);
    const qint64 c1 =
        s.call(QStringLiteral("+12125550001"), t1, QStringLiteral("missed"), QStringLiteral("texted"), a);
    s.textBack(c1, a, t1, QStringLiteral("sent"), 10);
    s.reply(a, t1.addSecs(300));
    // A forwarded leg of call 1: one call to the caller, never counted twice.
    s.call(QStringLiteral("+12125550001"), t1, QStringLiteral("missed"), QString(), 0, QStringLiteral("CA1"));
    // 2. Mon 12:15, texted after 20 s; the caller had written before the text, not after: no reply.
    const QDateTime t2 = local(2, 12, 15);
    s.reply(b, t2.addSecs(-3600));
    const qint64 c2 =
        s.call(QStringLiteral("+12125550002"), t2, QStringLiteral("missed"), QStringLiteral("texted"), b);
    s.textBack(c2, b, t2, QStringLiteral("sent"), 20);
    // 3. Tue 12:40, opted out.
    s.call(QStringLiteral("+12125550003"), local(3, 12, 40), QStringLiteral("missed"),
           QStringLiteral("opted_out"), c);
    // 4. Wed 18:05, anonymous: no lead.
    s.call(QStringLiteral("anonymous"), local(4, 18, 5), QStringLiteral("missed"),
           QStringLiteral("withheld"));
    // 5. Wed 18:30, over the hourly cap: held.
    const QDateTime t5 = local(4, 18, 30);
    const qint64 c5 = s.call(QStringLiteral("+12125550004"), t5, QStringLiteral("missed"),
                             QStringLiteral("held_hourly_cap"), d);
    s.textBack(c5, d, t5, QStringLiteral("held"), -1);
    // 6. Thu 9:00, answered: not a missed call.
    s.call(QStringLiteral("+12125550003"), local(5, 9), QStringLiteral("answered"), QString());
    // 7. Sun 10:00 EDT (14:00 UTC, 15:00 UTC the week before), texted after 30 s, replied.
    const QDateTime t7 = local(8, 10);
    const qint64 c7 =
        s.call(QStringLiteral("+12125550005"), t7, QStringLiteral("missed"), QStringLiteral("texted"), e);
    s.textBack(c7, e, t7, QStringLiteral("sent"), 30);
    s.reply(e, t7.addSecs(60));
    // 8. The Monday after, outside the week.
    const QDateTime t8 = local(9, 8);
    const qint64 c8 =
        s.call(QStringLiteral("+12125550006"), t8, QStringLiteral("missed"), QStringLiteral("texted"), f);
    s.textBack(c8, f, t8, QStringLiteral("sent"), 40);
}

} // namespace

class TestDashboardReport : public QObject
{
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void periodsFollowLocalDays();
    void emptyStore();
};

void TestDashboardReport::figures_data()
{
    QTest::addColumn<ReportPeriod>("period");
    QTest::addColumn<qint64>("missed");
    QTest::addColumn<qint64>("texted");
    QTest::addColumn<qint64>("replied");
    QTest::addColumn<QString>("notTexted");
    QTest::addColumn<qint64>("medianSecs"); // -1: none
    QTest::addColumn<qint64>("p95Secs");
    QTest::addColumn<QString>("leads");
    QTest::addColumn<qint64>("valueCents");
    QTest::addColumn<QString>("byHour");
    QTest::addColumn<QString>("byWeekday");

    const QString held = QStringLiteral("Held for a person to approve (over the hourly limit)");
    QTest::newRow("whole week across the DST change")
        << ReportPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 8), kZone) << qint64(6) << qint64(3)
        << qint64(2) << QStringLiteral("%1:1,%2:1,%3:1").arg(held, kWithheld, kOptedOut) << qint64(20)
        << qint64(30) << QStringLiteral("new:2,replied:1,booked:1,won:1") << qint64(165000)
        << QStringLiteral("7:1,10:1,12:2,18:2") << QStringLiteral("0:2,1:1,2:2,6:1");
    QTest::newRow("today is the Sunday after the change")
        << ReportPeriod::today(local(8, 20), kZone) << qint64(1) << qint64(1) << qint64(1) << QString()
        << qint64(30) << qint64(30) << QStringLiteral("replied:1") << qint64(0) << QStringLiteral("10:1")
        << QStringLiteral("6:1");
    QTest::newRow("custom range with nothing texted")
        << ReportPeriod::days(QDate(2026, 3, 3), QDate(2026, 3, 4), kZone) << qint64(3) << qint64(0)
        << qint64(0) << QStringLiteral("%1:1,%2:1,%3:1").arg(held, kWithheld, kOptedOut) << qint64(-1)
        << qint64(-1) << QStringLiteral("new:2") << qint64(0) << QStringLiteral("12:1,18:2")
        << QStringLiteral("1:1,2:2");
    QTest::newRow("last 30 days up to the next Monday")
        << ReportPeriod::lastDays(30, local(9, 12), kZone) << qint64(7) << qint64(4) << qint64(2)
        << QStringLiteral("%1:1,%2:1,%3:1").arg(held, kWithheld, kOptedOut) << qint64(20) << qint64(40)
        << QStringLiteral("new:2,replied:1,booked:1,won:1,lost:1") << qint64(165000)
        << QStringLiteral("7:1,8:1,10:1,12:2,18:2") << QStringLiteral("0:3,1:1,2:2,6:1");
}

void TestDashboardReport::figures()
{
    QFETCH(ReportPeriod, period);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    seed(t.db());

    auto r = DashboardReport(t.db()).compute(period, kZone);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    const DashboardFigures& f = r.value();
    QTEST(f.missedCalls, "missed");
    QTEST(f.texted, "texted");
    QTEST(f.replied, "replied");
    QTEST(described(f.notTexted), "notTexted");
    QTEST(f.medianTimeToTextMs ? *f.medianTimeToTextMs / 1000 : qint64(-1), "medianSecs");
    QTEST(f.p95TimeToTextMs ? *f.p95TimeToTextMs / 1000 : qint64(-1), "p95Secs");
    QTEST(described(f.leadsByStatus), "leads");
    QTEST(f.bookedWonValueCents, "valueCents");
    QTEST(described(f.missedByHour), "byHour");
    QTEST(described(f.missedByWeekday), "byWeekday");
    QCOMPARE(
        f.texted +
            [&] {
                qint64 n = 0;
                for (const LabelledCount& c : f.notTexted)
                    n += c.count;
                return n;
            }(),
        f.missedCalls);
}

void TestDashboardReport::periodsFollowLocalDays()
{
    // 23:30 on Sunday in New York is already Monday in UTC: "today" is still Sunday there.
    const QDateTime now = local(8, 23, 30);
    const ReportPeriod today = ReportPeriod::today(now, kZone);
    QCOMPARE(today.from, local(8, 0));
    QCOMPARE(today.to, now);
    // Seven local days, one of them 23 hours long.
    const ReportPeriod week = ReportPeriod::lastDays(7, now, kZone);
    QCOMPARE(week.from, local(2, 0));
    const ReportPeriod days = ReportPeriod::days(QDate(2026, 3, 8), QDate(2026, 3, 8), kZone);
    QCOMPARE(days.from.secsTo(days.to), qint64(23 * 3600));
}

void TestDashboardReport::emptyStore()
{
    TempDatabase t;
    QVERIFY(t.ok());
    auto r = DashboardReport(t.db()).compute(ReportPeriod::lastDays(30, local(9, 12), kZone), kZone);
    QVERIFY(r);
    QCOMPARE(r->missedCalls, qint64(0));
    QVERIFY(!r->replyRate());
    QVERIFY(!r->medianTimeToTextMs);
    QVERIFY(r->leadsByStatus.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardReport)
#include "tst_dashboardreport.moc"
