// `ringback --move-to postgresql://...` as an office runs it: the desk's file is copied into the
// empty shared database, the desk is switched to it, and the file stays.
#include "TempDatabase.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"

#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestMoveToShared : public QObject
{
    Q_OBJECT
private slots:
    void movesTheDeskAndSwitchesToTheSharedDatabase();
    void textWithNulIsCleanedOnTheWay();
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

void TestMoveToShared::textWithNulIsCleanedOnTheWay()
{
    // A desk file written before text was cleaned: a reply holding U+0000 and a lone surrogate,
    // which SQLite keeps and PostgreSQL refuses.
    TempDatabase desk(SqlDialect::Kind::Sqlite, QStringLiteral("desk"));
    QVERIFY(desk.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Lead lead =
        LeadStore(desk.db()).findOrCreate(QStringLiteral("+15125553000"), QString(), now).value();
    QString body = QStringLiteral("Leaking pipe, secret words");
    body.insert(4, QChar(0));
    body.append(QChar(0xDC00));
    {
        QSqlQuery raw(desk.db().connection());
        QVERIFY(raw.prepare(QStringLiteral(
            "INSERT INTO messages (provider_message_id, lead_id, direction, from_number, to_number, body, "
            "status, created_at, updated_at) VALUES ('SMnul', ?, 'inbound', '+15125553000', '+15125550100', "
            "?, "
            "'received', ?, ?)")));
        raw.addBindValue(lead.id);
        raw.addBindValue(body);
        raw.addBindValue(now.toMSecsSinceEpoch());
        raw.addBindValue(now.toMSecsSinceEpoch());
        QVERIFY2(raw.exec(), qPrintable(raw.lastError().text()));
    }
    desk.close();
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY2(shared.ok(), qPrintable(shared.errorText()));

    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*=true"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RINGBACK_BINARY), {QStringLiteral("--db"), desk.path(),
                                              QStringLiteral("--move-to"), shared.location().toArgument()});
    QVERIFY(p.waitForFinished(30'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(!err.contains(QLatin1String("secret words")), qPrintable(err)); // no body in any log

    const auto moved = MessageStore(shared.db()).byProviderId(QStringLiteral("SMnul")).value();
    QVERIFY(moved.has_value());
    QVERIFY(!moved->body.contains(QChar(0)));
    QVERIFY(moved->body.isValidUtf16());
    QVERIFY2(moved->body.startsWith(QLatin1String("Leaking pipe, secret words")), qPrintable(moved->body));
}

QTEST_GUILESS_MAIN(TestMoveToShared)
#include "tst_movetoshared.moc"
