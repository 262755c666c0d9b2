// What is PostgreSQL's own in the shared store: the postgresql:// address, connection failures
// said in words an office can act on, and the automation lock that only one desk holds. Runs
// against the throwaway server of the `postgres` ctest fixture.
#include "TempDatabase.h"
#include "automation/AutomationLease.h"
#include "common/Clock.h"

#include <QSqlQuery>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void addressIsRead_data();
    void addressIsRead();
    void badAddressIsExplained_data();
    void badAddressIsExplained();
    void addressRoundTrips();
    void connectionFailuresInWords_data();
    void connectionFailuresInWords();
    void automationLockHasOneHolder();
    void connectionsHaveTimeouts();
};

void TestPostgres::addressIsRead_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("all parts") << "postgresql://maria@office-pc:5433/ringback?sslmode=require"
                               << "office-pc" << 5433 << "maria"
                               << "ringback"
                               << "require";
    QTest::newRow("default port, short scheme") << "postgres://desk2@10.0.0.5/shop"
                                                << "10.0.0.5" << 5432 << "desk2"
                                                << "shop"
                                                << "";
    QTest::newRow("socket folder") << "postgresql://ringback@localhost/rb?host=%2Frun%2Fpostgresql"
                                   << "/run/postgresql" << 5432 << "ringback"
                                   << "rb"
                                   << "";
    QTest::newRow("managed service")
        << "postgresql://office@db.example-cloud.com:25060/defaultdb?sslmode=verify-full"
        << "db.example-cloud.com" << 25060 << "office"
        << "defaultdb"
        << "verify-full";
}

void TestPostgres::addressIsRead()
{
    QFETCH(QString, url);
    auto l = DatabaseLocation::fromArgument(url);
    QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error()));
    QVERIFY(l->isShared());
    QTEST(l->host, "host");
    QTEST(l->port, "port");
    QTEST(l->user, "user");
    QTEST(l->databaseName, "database");
    QTEST(l->sslMode, "sslMode");
    QCOMPARE(l->credentialKey(), QStringLiteral("postgres/%1@%2").arg(l->user, l->host));
}

void TestPostgres::badAddressIsExplained_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the address") << "postgresql://maria:secret@office-pc/ringback"
                                             << "Leave the password out";
    QTest::newRow("no database name") << "postgresql://maria@office-pc"
                                      << "needs a user, a server";
    QTest::newRow("no user") << "postgresql://office-pc/ringback"
                             << "needs a user, a server";
    QTest::newRow("unknown sslmode") << "postgresql://maria@office-pc/rb?sslmode=maybe"
                                     << "sslmode=maybe";
}

void TestPostgres::badAddressIsExplained()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto l = DatabaseLocation::fromArgument(url);
    QVERIFY(!l.ok());
    QVERIFY2(l.error().contains(says), qPrintable(l.error()));
    QVERIFY(!l.error().contains(QLatin1String("secret")));
}

void TestPostgres::addressRoundTrips()
{
    for (const char* url : {"postgresql://maria@office-pc:5433/ringback?sslmode=require",
                            "postgresql://ringback@localhost:5432/rb?host=/tmp/pg-sock"}) {
        auto l = DatabaseLocation::fromUrl(QString::fromLatin1(url));
        QVERIFY(l.ok());
        auto again = DatabaseLocation::fromUrl(l->toArgument());
        QVERIFY2(again.ok(), qPrintable(l->toArgument()));
        QCOMPARE(again->host, l->host);
        QCOMPARE(again->port, l->port);
        QCOMPARE(again->user, l->user);
        QCOMPARE(again->databaseName, l->databaseName);
        QCOMPARE(again->sslMode, l->sslMode);
    }
}

void TestPostgres::connectionFailuresInWords_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("says");
    QTest::newRow("server not running") << "unreachable"
                                        << "cannot reach the shared database server";
    QTest::newRow("wrong password") << "password"
                                    << "refused the user name \"desk_user\" or its password";
    QTest::newRow("unknown user") << "user"
                                  << "refused the user name \"nobody_here\"";
    QTest::newRow("database missing") << "database"
                                      << "has no database called \"no_such_db\"";
}

void TestPostgres::connectionFailuresInWords()
{
    QFETCH(QString, failure);
    QFETCH(QString, says);
    QString why;
    auto server = TestBackend::postgresServer(&why);
    QVERIFY2(server, qPrintable(why));
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY2(shared.ok(), qPrintable(shared.errorText()));
    // The test server trusts only its own user; any other role must give its password.
    // (Roles belong to the whole server: an earlier test may have made it.)
    (void)shared.db().exec(QStringLiteral("CREATE ROLE desk_user")); // fails when it exists: fine
    QVERIFY(
        shared.db().exec(QStringLiteral("ALTER ROLE desk_user LOGIN SUPERUSER PASSWORD 'right-one'")).ok());

    DatabaseLocation l = shared.location();
    QTemporaryDir noServer;
    if (failure == QLatin1String("unreachable"))
        l.host = noServer.path();
    if (failure == QLatin1String("password")) {
        l.user = QStringLiteral("desk_user");
        l.password = QStringLiteral("wrong-one");
    }
    if (failure == QLatin1String("user"))
        l.user = QStringLiteral("nobody_here");
    if (failure == QLatin1String("database"))
        l.databaseName = QStringLiteral("no_such_db");

    auto opened = Database::open(l, QStringLiteral("failing"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StoreError::Kind::CannotOpen);
    QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("wrong-one")));

    // With the right password the same user gets in.
    if (failure == QLatin1String("password")) {
        l.password = QStringLiteral("right-one");
        auto right = Database::open(l, QStringLiteral("right"), DatabaseOptions{5000, false, false});
        QVERIFY2(right.ok(), right.ok() ? "" : qPrintable(right.error().detail));
    }
}

void TestPostgres::automationLockHasOneHolder()
{
    TempDatabase deskA(SqlDialect::Kind::Postgres, QStringLiteral("desk-a"));
    QVERIFY2(deskA.ok(), qPrintable(deskA.errorText()));
    auto opened = Database::open(deskA.location(), QStringLiteral("desk-b"));
    QVERIFY(opened.ok());
    std::unique_ptr<Database> deskB = std::move(opened).value();
    SystemClock clock;
    AutomationLease a(deskA.db(), QStringLiteral("Front desk (pid 1 on office)"), clock);
    AutomationLease b(*deskB, QStringLiteral("Van laptop (pid 2 on van)"), clock);

    QCOMPARE(a.tryAcquire(30'000).value_or(false), true);
    QCOMPARE(b.tryAcquire(30'000).value_or(true), false);
    QCOMPARE(a.tryAcquire(30'000).value_or(false), true); // renewing does not stack the lock
    QCOMPARE(b.holder().value_or(QString()), QStringLiteral("Front desk (pid 1 on office)"));

    // Released on purpose: the other desk takes it at its next try.
    QVERIFY(a.release().ok());
    QCOMPARE(b.tryAcquire(30'000).value_or(false), true);
    QCOMPARE(a.tryAcquire(30'000).value_or(true), false);

    // The holder's connection ends without a word (desk closed, crashed, cable pulled): the server
    // frees the lock as its session ends, long before the lease row's expiry.
    deskB.reset();
    QTRY_COMPARE_WITH_TIMEOUT(a.tryAcquire(30'000).value_or(false), true, 5'000);
    QCOMPARE(a.holder().value_or(QString()), QStringLiteral("Front desk (pid 1 on office)"));
}

// A desk's connection never waits without limit: libpq gives up connecting after connect_timeout,
// TCP keepalives and tcp_user_timeout notice a vanished server, and the server itself ends a
// statement after statement_timeout (set again after a reconnect).
void TestPostgres::connectionsHaveTimeouts()
{
    TempDatabase store(SqlDialect::Kind::Postgres, QStringLiteral("timeouts"));
    QVERIFY2(store.ok(), qPrintable(store.errorText()));
    const QString options = store.location().driverConnectOptions();
    for (const char* option : {"connect_timeout=", "keepalives=1", "keepalives_idle=", "tcp_user_timeout="})
        QVERIFY2(options.contains(QLatin1String(option)), qPrintable(options));

    DatabaseOptions shortLimit;
    shortLimit.migrate = false;
    shortLimit.statementTimeoutMs = 300;
    auto opened = Database::open(store.location(), QStringLiteral("short-limit"), shortLimit);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    std::unique_ptr<Database> db = std::move(opened).value();
    const auto limit = [&db] {
        auto shown = db->exec(QStringLiteral("SHOW statement_timeout"));
        return shown && shown->next() ? shown->value(0).toString() : QString();
    };
    QCOMPARE(limit(), QStringLiteral("300ms"));
    QVERIFY(!db->exec(QStringLiteral("SELECT pg_sleep(30)")).ok());
    QVERIFY(db->reconnect().ok());
    QCOMPARE(limit(), QStringLiteral("300ms"));

    // The default, on every connection a desk opens.
    auto defaults = store.db().exec(QStringLiteral("SHOW statement_timeout"));
    QVERIFY(defaults && defaults->next());
    QCOMPARE(defaults->value(0).toString(), QStringLiteral("30s"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
