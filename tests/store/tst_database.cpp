// Opening the store: migrations from empty and on re-run, and the refusals that protect a file
// Ringback must not touch (newer schema, damaged, someone else's, locked).
#include "TempDatabase.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

Q_DECLARE_METATYPE(ringback::StoreError::Kind)

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 count(Database& db, const QString& sql)
{
    auto r = db.exec(sql);
    return r && r->next() ? r->value(0).toLongLong() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void migratesEmptyFileToLatest();
    void rerunningMigrationsChangesNothing();
    void sqliteConnectionSettings();
    void refusesNewerSchemaWithoutTouchingTheFile();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void refusesForeignDatabase();
    void reportsLockedDatabase();
    void refusesReadOnlyFileOrFolder_data();
    void refusesReadOnlyFileOrFolder();
    void createsMissingFolder();
    void nestedTransactionRollsBackAsOne();
};

void TestDatabase::migratesEmptyFileToLatest()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    QCOMPARE(t.db().schemaVersion(), Migrator::latestVersion());
    const QStringList tables = t.db().connection().tables();
    for (const char* name :
         {"schema_version", "provider_accounts", "business_numbers", "calls", "leads", "messages", "outbox",
          "opt_outs", "blocked_numbers", "timeline_events", "templates", "business_hours", "closures",
          "settings", "staff", "sync_state", "leases"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(name)), name);
    }
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             qint64(Migrator::migrations().size()));
}

void TestDatabase::rerunningMigrationsChangesNothing()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria')")).ok());

    auto again = Migrator::migrate(t.db());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), Migrator::latestVersion());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             qint64(Migrator::migrations().size()));

    // Reopening the file migrates nothing either, and the data is still there.
    QVERIFY2(t.reopen(), qPrintable(t.errorText()));
    QCOMPARE(t.db().schemaVersion(), Migrator::latestVersion());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(1));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             qint64(Migrator::migrations().size()));
}

void TestDatabase::sqliteConnectionSettings()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    auto mode = t.db().exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode && mode->next());
    QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(count(t.db(), QStringLiteral("PRAGMA foreign_keys")), qint64(1));
    // Foreign keys are enforced: a message cannot point at a lead that does not exist.
    auto orphan =
        t.db().exec(QStringLiteral("INSERT INTO messages (lead_id, direction, from_number, to_number, body, "
                                   "status, created_at, updated_at) VALUES (999, 'inbound', '+1', '+2', "
                                   "'hi', 'received', 0, 0)"));
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().kind, StoreError::Kind::Constraint);
}

void TestDatabase::refusesNewerSchemaWithoutTouchingTheFile()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const int future = Migrator::latestVersion() + 5;
    QVERIFY(t.db()
                .exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                     "VALUES (?, 'from the future', 0)"),
                      {future})
                .ok());
    QVERIFY(t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    QVERIFY(t.db().exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    t.close();
    const QByteArray before = fileHash(t.path());

    auto opened = Database::open(DatabaseLocation::sqliteFile(t.path()), QStringLiteral("newer"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StoreError::Kind::NewerSchema);
    QVERIFY2(opened.error().message.contains(t.path()), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QString::number(future)));
    QCOMPARE(fileHash(t.path()), before); // never migrated down, never rewritten
}

void TestDatabase::refusesDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random bytes") << random;
    QTest::newRow("a text file") << QByteArray("name,phone\nMaria,+14155552671\n").repeated(200);
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(4096, '\xff'));
    QTest::newRow("sqlite header then garbage") << header;
}

void TestDatabase::refusesDamagedFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("damaged"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StoreError::Kind::Corrupt);
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content); // never overwritten
}

void TestDatabase::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    const QByteArray before = fileHash(path);

    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("foreign"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StoreError::Kind::ForeignDatabase);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesReadOnlyFileOrFolder_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("0444 file") << false;
    QTest::newRow("0555 folder") << true;
}

void TestDatabase::refusesReadOnlyFileOrFolder()
{
    // The README promises a read-only database is refused. Root (CI) may write anyway, so the
    // refusal must come from the permissions, before SQLite creates -wal and -shm next to it.
    QFETCH(bool, folderReadOnly);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString path = folder + QStringLiteral("/office.sqlite");
    {
        auto made = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("make"));
        QVERIFY(made.ok());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);
    const QString target = folderReadOnly ? folder : path;
    QFile::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (folderReadOnly)
        readOnly |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFile::Permissions was = QFile::permissions(target);
    QVERIFY(QFile::setPermissions(target, readOnly));

    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("readonly"));
    const bool wal = QFile::exists(path + QStringLiteral("-wal"));
    const bool shm = QFile::exists(path + QStringLiteral("-shm"));
    QFile::setPermissions(target, was);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StoreError::Kind::ReadOnly);
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY(!wal);
    QVERIFY(!shm);
    QCOMPARE(fileHash(path), before);

    // A new file in a read-only folder is refused too, and not created.
    if (folderReadOnly) {
        QVERIFY(QFile::setPermissions(folder, readOnly));
        const QString fresh = folder + QStringLiteral("/new.sqlite");
        auto created = Database::open(DatabaseLocation::sqliteFile(fresh), QStringLiteral("fresh"));
        const bool exists = QFile::exists(fresh);
        QFile::setPermissions(folder, was);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY(!exists);
    }
}

void TestDatabase::reportsLockedDatabase()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    // Another process (here: another connection) holds the write lock.
    QVERIFY(t.db().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());

    DatabaseOptions quick;
    quick.busyTimeoutMs = 50;
    auto second = Database::open(DatabaseLocation::sqliteFile(t.path()), QStringLiteral("second"), quick);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, StoreError::Kind::Locked);
    QVERIFY(second.error().message.contains(t.path()));
    QVERIFY(t.db().exec(QStringLiteral("ROLLBACK")).ok());

    auto third = Database::open(DatabaseLocation::sqliteFile(t.path()), QStringLiteral("third"), quick);
    QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().detail));
}

void TestDatabase::createsMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/ringback.sqlite"));
    auto opened = Database::open(DatabaseLocation::sqliteFile(path), QStringLiteral("nested"));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY(QFile::exists(path));
}

void TestDatabase::nestedTransactionRollsBackAsOne()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    {
        Transaction outer(t.db());
        QVERIFY(outer.began().ok());
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Ana')")).ok());
        {
            Transaction inner(t.db());
            QVERIFY(inner.began().ok());
            QVERIFY(t.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Ben')")).ok());
            // inner goes out of scope without commit: the whole outer change must not land.
        }
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(0));
    QVERIFY(!t.db().inTransaction());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
