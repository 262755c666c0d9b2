// BusinessHours round-trips through the store as one value: split shifts, closures (all day and
// special hours), and the time zone in the settings table.
#include "TempDatabase.h"
#include "hours/BusinessHoursStore.h"
#include "store/KeyValueStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(14, 2), Qt::UTC);

BusinessHours sample()
{
    BusinessHours b(QTimeZone("America/New_York"));
    for (int day = 1; day <= 5; ++day)
        b.setRanges(day, {{7 * 60, 12 * 60}, {13 * 60, 17 * 60 + 30}});
    b.setRanges(6, {{8 * 60, 12 * 60}});
    b.addClosure({QDate(2026, 12, 25), QStringLiteral("Christmas"), {}});
    b.addClosure(
        {QDate(2026, 12, 24), QStringLiteral("Christmas Eve"), {{8 * 60, 10 * 60}, {11 * 60, 12 * 60}}});
    return b;
}

} // namespace

class TestHoursStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void emptyStoreLoadsNothingOpen();
    void roundTrip();
    void saveReplacesEverything();
    void refusesInvalidHours();
    void survivesReopen();

private:
    std::unique_ptr<TempDatabase> m_t;
};

void TestHoursStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->errorText()));
}

void TestHoursStore::cleanup()
{
    m_t.reset();
}

void TestHoursStore::emptyStoreLoadsNothingOpen()
{
    BusinessHoursStore store(m_t->db());
    auto loaded = store.load(QTimeZone("Europe/London"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->timeZone().id(), QByteArray("Europe/London"));
    for (int day = 1; day <= 7; ++day)
        QVERIFY(loaded->ranges(day).isEmpty());
    QVERIFY(loaded->closures().isEmpty());
}

void TestHoursStore::roundTrip()
{
    BusinessHoursStore store(m_t->db());
    const BusinessHours hours = sample();
    auto saved = store.save(hours, t0);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));

    auto loaded = store.load(QTimeZone("Europe/London"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->timeZone().id(), QByteArray("America/New_York"));
    QCOMPARE(loaded->ranges(1), hours.ranges(1));
    QCOMPARE(loaded->ranges(6), hours.ranges(6));
    QCOMPARE(loaded->closures(), hours.closures());
    QVERIFY(loaded.value() == hours);
    QVERIFY(loaded->closureOn(QDate(2026, 12, 25))->isClosedAllDay());
    QCOMPARE(loaded->closureOn(QDate(2026, 12, 24))->specialHours.size(), 2);

    KeyValueStore settings(m_t->db(), KeyValueStore::Table::Settings);
    QCOMPARE(settings.value(QStringLiteral("business/time_zone"))->value(),
             QStringLiteral("America/New_York"));
}

void TestHoursStore::saveReplacesEverything()
{
    BusinessHoursStore store(m_t->db());
    QVERIFY(store.save(sample(), t0).ok());

    BusinessHours smaller(QTimeZone("Europe/London"));
    smaller.setRanges(3, {{9 * 60, 17 * 60}});
    smaller.addClosure({QDate(2026, 4, 3), QStringLiteral("Good Friday"), {}});
    QVERIFY(store.save(smaller, t0.addSecs(60)).ok());

    auto loaded = store.load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == smaller);
    QVERIFY(loaded->ranges(1).isEmpty());
    QCOMPARE(loaded->closures().size(), 1);
}

void TestHoursStore::refusesInvalidHours()
{
    BusinessHoursStore store(m_t->db());
    QVERIFY(store.save(sample(), t0).ok());
    BusinessHours broken = sample();
    broken.addRange(2, {16 * 60, 15 * 60});
    auto r = store.save(broken, t0.addSecs(60));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, StoreError::Kind::Constraint);
    QVERIFY(!r.error().message.isEmpty());
    // Nothing was half-written.
    QVERIFY(store.load().value() == sample());
}

void TestHoursStore::survivesReopen()
{
    QVERIFY(BusinessHoursStore(m_t->db()).save(sample(), t0).ok());
    QVERIFY(m_t->reopen());
    auto loaded = BusinessHoursStore(m_t->db()).load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == sample());
}

QTEST_GUILESS_MAIN(TestHoursStore)
#include "tst_hoursstore.moc"
