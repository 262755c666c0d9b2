// `ringback --move-to postgresql://...` as an office runs it: the desk's file is copied into the
// empty shared database, the desk is switched to it, and the file stays.
#include "TempDatabase.h"
#include "store/LeadStore.h"

#include <QProcess>
#include <QSettings>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestMoveToShared : public QObject
{
    Q_OBJECT
private slots:
    void movesTheDeskAndSwitchesToTheSharedDatabase();
};

void TestMoveToShared::movesTheDeskAndSwitchesToTheSharedDatabase()
{
    TempDatabase desk(SqlDialect::Kind::Sqlite, QStringLiteral("desk"));
    QVERIFY(desk.ok());
    for (int i = 0; i < 25; ++i)
        QVERIFY(LeadStore(desk.db())
                    .findOrCreate(QStringLiteral("+1512555%1").arg(3000 + i), QString(),
                                  QDateTime::currentDateTimeUtc())
                    .ok());
    desk.close();
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY2(shared.ok(), qPrintable(shared.errorText()));

    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    p.setProcessEnvironment(env);
    const QString url = shared.location().toArgument();
    p.start(QStringLiteral(RINGBACK_BINARY),
            {QStringLiteral("--db"), desk.path(), QStringLiteral("--move-to"), url});
    QVERIFY(p.waitForFinished(30'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("Moved 25 record")), qPrintable(out));
    QVERIFY(QFile::exists(desk.path()));

    QCOMPARE(LeadStore(shared.db()).count().value_or(-1), qint64(25));
    QSettings machine(home.filePath(QStringLiteral("config/Ringback/Ringback.conf")), QSettings::IniFormat);
    QCOMPARE(machine.value(QStringLiteral("desk/database")).toString(), url);

    // A second move into the now used database is refused, and says why.
    p.start(QStringLiteral(RINGBACK_BINARY),
            {QStringLiteral("--db"), desk.path(), QStringLiteral("--move-to"), url});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("already holds")));
}

QTEST_GUILESS_MAIN(TestMoveToShared)
#include "tst_movetoshared.moc"
