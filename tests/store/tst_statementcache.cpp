// Prepared statements kept per connection (issue 17, catch-up): a statement is prepared once and
// run again with new values, never shared by two runs at once, never kept after it failed, and
// dropped when the connection is made again (the server forgot it). Each connection, on its own
// thread, keeps its own.
#include "TempDatabase.h"
#include "store/Database.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kSum = QStringLiteral("SELECT ? + 1");

qint64 valueOf(Database& db, const QString& sql, const QVariantList& args)
{
    auto r = db.exec(sql, args);
    return r && r->next() ? r->value(0).toLongLong() : -1;
}

// PostgreSQL's own list of the statements this session has prepared.
qint64 preparedOnServer(Database& db)
{
    auto r = db.exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements"));
    return r && r->next() ? r->value(0).toLongLong() : -1;
}

} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aStatementIsPreparedOnceAndRunWithNewValues_data();
    void aStatementIsPreparedOnceAndRunWithNewValues();
    void aStatementStillReadIsNotHandedOutAgain();
    void aFailedStatementIsNotKept();
    void theSameSqlWithOtherValuesIsStillChecked();
    void reconnectingDropsTheStatements();
    void aHandleThatOutlivesItsDatabaseLetsGo();
    void keepsOnlySoMany();
    void eachConnectionOnItsThreadKeepsItsOwn();

private:
    std::unique_ptr<TempDatabase> m_t;
    Database& db() { return m_t->db(); }
};

void TestStatementCache::init()
{
    m_t.reset(); // before the next one takes its connection name
    m_t = std::make_unique<TempDatabase>(TestBackend::kind(), QStringLiteral("cache"));
    QVERIFY2(m_t->ok(), qPrintable(m_t->errorText()));
}

void TestStatementCache::aStatementIsPreparedOnceAndRunWithNewValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("first");
    QTest::addColumn<QVariantList>("second");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("a read") << QStringLiteral("SELECT COUNT(*) FROM leads WHERE e164 = ? OR e164 = ?")
                            << QVariantList{QStringLiteral("+15125550101"), QStringLiteral("x")}
                            << QVariantList{QStringLiteral("+15125550102"), QStringLiteral("+15125550101")}
                            << qint64(2);
    QTest::newRow("a write") << QStringLiteral("INSERT INTO opt_outs (e164, keyword, source, created_at) "
                                               "VALUES (?, 'STOP', 'sms', 1)")
                             << QVariantList{QStringLiteral("+15125550103")}
                             << QVariantList{QStringLiteral("+15125550104")} << qint64(-1);
}

void TestStatementCache::aStatementIsPreparedOnceAndRunWithNewValues()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, first);
    QFETCH(QVariantList, second);
    QFETCH(qint64, expected);
    for (const char* number : {"+15125550101", "+15125550102"}) {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO leads (e164, place, last_activity_at, created_at, "
                                         "updated_at) VALUES (?, '', 1, 1, 1)"),
                          {QString::fromLatin1(number)})
                    .ok());
    }
    const qint64 serverBefore = m_t->backend() == SqlDialect::Kind::Postgres ? preparedOnServer(db()) : 0;
    const StatementCache::Stats before = db().statementStats();
    {
        auto r = db().exec(sql, first);
        QVERIFY(r.ok());
        if (expected >= 0)
            QVERIFY(r->next() && r->value(0).toLongLong() == 1);
    }
    {
        auto r = db().exec(sql, second); // the values of this run, not the first one's
        QVERIFY(r.ok());
        if (expected >= 0) {
            QVERIFY(r->next());
            QCOMPARE(r->value(0).toLongLong(), expected);
        }
    }
    const StatementCache::Stats after = db().statementStats();
    QCOMPARE(after.prepared, before.prepared + 1);
    QCOMPARE(after.reused, before.reused + 1);
    if (expected < 0) {
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT COUNT(*) FROM opt_outs WHERE e164 IN (?, ?)"),
                         {QStringLiteral("+15125550103"), QStringLiteral("+15125550104")}),
                 qint64(2));
    }
    if (m_t->backend() == SqlDialect::Kind::Postgres) // one more statement on the server, not two
        QCOMPARE(preparedOnServer(db()) - serverBefore, qint64(expected < 0 ? 2 : 1));
}

void TestStatementCache::aStatementStillReadIsNotHandedOutAgain()
{
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(db().exec(QStringLiteral("INSERT INTO leads (e164, place, last_activity_at, created_at, "
                                         "updated_at) VALUES (?, '', ?, 1, 1)"),
                          {QStringLiteral("+1512555010%1").arg(i), i})
                    .ok());
    }
    const QString sql = QStringLiteral("SELECT last_activity_at FROM leads WHERE last_activity_at >= ? "
                                       "ORDER BY last_activity_at");
    QCOMPARE(valueOf(db(), sql, {1}), qint64(1)); // prepared and kept
    auto outer = db().exec(sql, {1});
    QVERIFY(outer.ok());
    QVERIFY(outer->next());
    QCOMPARE(outer->value(0).toLongLong(), qint64(1));
    // The same statement again while the first run is still out: a run of its own.
    auto inner = db().exec(sql, {2});
    QVERIFY(inner.ok());
    QVERIFY(inner->query().result() != outer->query().result());
    QList<qint64> innerRows;
    while (inner->next())
        innerRows << inner->value(0).toLongLong();
    QCOMPARE(innerRows, (QList<qint64>{2, 3}));
    // SQLite reads both at once; PostgreSQL's driver reads one result at a time per connection
    // (a query started meanwhile ends the one being read), which the stores never rely on.
    if (m_t->backend() == SqlDialect::Kind::Sqlite) {
        QList<qint64> outerRows{1};
        while (outer->next())
            outerRows << outer->value(0).toLongLong();
        QCOMPARE(outerRows, (QList<qint64>{1, 2, 3}));
    }
}

void TestStatementCache::aFailedStatementIsNotKept()
{
    const QString sql = QStringLiteral("INSERT INTO opt_outs (e164, keyword, source, created_at) "
                                       "VALUES (?, 'STOP', 'sms', 1)");
    QVERIFY(db().exec(sql, {QStringLiteral("+15125550101")}).ok());
    const auto duplicate = db().exec(sql, {QStringLiteral("+15125550101")});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, StoreError::Kind::Constraint);
    // SQLite repeats a statement's last error when it is reset: the next run must not inherit it.
    QVERIFY(db().exec(sql, {QStringLiteral("+15125550102")}).ok());
    QCOMPARE(valueOf(db(), QStringLiteral("SELECT COUNT(*) FROM opt_outs WHERE source = ?"),
                     {QStringLiteral("sms")}),
             qint64(2));
}

void TestStatementCache::theSameSqlWithOtherValuesIsStillChecked()
{
    QCOMPARE(valueOf(db(), kSum, {41}), qint64(42));
    // Forgetting a value is the caller's mistake: the driver says so, as it did before statements
    // were kept, instead of running with the value left bound from the last run.
    QVERIFY(!db().exec(kSum, {}).ok());
    QCOMPARE(valueOf(db(), kSum, {1}), qint64(2));
}

void TestStatementCache::reconnectingDropsTheStatements()
{
    QCOMPARE(valueOf(db(), kSum, {1}), qint64(2));
    auto held = db().exec(kSum, {2}); // out while the connection is made again
    QVERIFY(held.ok());
    QVERIFY(db().reconnect().ok());
    const int idle = db().statementStats().idle; // what setting the connection up again kept
    {
        auto dropped = std::move(held).value();
    } // comes back to a cache cleared since: not kept
    QCOMPARE(db().statementStats().idle, idle);

    const qint64 prepared = db().statementStats().prepared;
    // A statement kept from the old connection would fail here (PostgreSQL: "prepared statement
    // does not exist"; SQLite: the old handle is closed).
    QCOMPARE(valueOf(db(), kSum, {5}), qint64(6));
    QCOMPARE(db().statementStats().prepared, prepared + 1);
    QCOMPARE(valueOf(db(), kSum, {6}), qint64(7));
    QCOMPARE(db().statementStats().prepared, prepared + 1);
}

void TestStatementCache::aHandleThatOutlivesItsDatabaseLetsGo()
{
    auto r = db().exec(kSum, {1});
    QVERIFY(r.ok());
    Statement held = std::move(r).value();
    QVERIFY(held.next());
    QCOMPARE(held.value(0).toLongLong(), qint64(2));
    m_t->close(); // the Database and its cache end first
    // `held` ends after them without touching what is gone (ASan would see it).
}

void TestStatementCache::keepsOnlySoMany()
{
    for (int i = 0; i < 300; ++i)
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT ? + %1").arg(i), {1}), qint64(1 + i));
    QVERIFY(db().statementStats().idle <= 128);
    QVERIFY(db().statementStats().idle > 0);
}

void TestStatementCache::eachConnectionOnItsThreadKeepsItsOwn()
{
    constexpr int kThreads = 3;
    constexpr int kRuns = 200;
    std::atomic<int> wrong{0};
    std::atomic<int> preparedMoreThanOnce{0};
    std::atomic<int> finished{0};
    const DatabaseLocation location = m_t->location();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            auto opened = Database::open(location, QStringLiteral("cache-thread-%1").arg(t));
            if (!opened) {
                wrong += kRuns;
                return;
            }
            Database& own = *opened.value();
            const qint64 preparedAtOpen = own.statementStats().prepared;
            for (int i = 0; i < kRuns; ++i) {
                if (valueOf(own, kSum, {t * 1000 + i}) != t * 1000 + i + 1)
                    ++wrong;
            }
            if (own.statementStats().prepared != preparedAtOpen + 1)
                ++preparedMoreThanOnce;
            ++finished;
        }));
        threads.back()->start();
    }
    // This thread's connection runs the same statement meanwhile.
    for (int i = 0; i < kRuns; ++i)
        QCOMPARE(valueOf(db(), kSum, {i}), qint64(i + 1));
    for (auto& thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(60'000)));
    QCOMPARE(finished.load(), kThreads);
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(preparedMoreThanOnce.load(), 0);
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
