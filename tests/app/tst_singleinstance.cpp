// One desktop Ringback per user: a second launch brings the first forward and exits without
// opening a database or starting a worker; a socket left by a crash does not block the next start.
// The real binary is the second (or first) process; each test uses its own instance name.
#include "SingleInstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using ringback::app::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondLaunchBringsTheFirstForwardAndExits();
    void secondLaunchAtSignInLeavesTheWindowHidden();
    void socketLeftByACrashIsReplaced();
    void liveInstanceKeepsItsSocket();
    void headlessRunsDoNotTakePart();

private:
    QProcess* start(const QString& instanceName, const QStringList& args);
    QTemporaryDir m_home;
};

namespace {

QString uniqueName()
{
    return QStringLiteral("ringback-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

bool somethingListensOn(const QString& name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    return probe.waitForConnected(100);
}

} // namespace

QProcess* TestSingleInstance::start(const QString& instanceName, const QStringList& args)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RINGBACK_INSTANCE_NAME"), instanceName);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(RINGBACK_BINARY), args);
    return p;
}

void TestSingleInstance::secondLaunchBringsTheFirstForwardAndExits()
{
    SingleInstance first(uniqueName());
    QVERIFY(first.listen());
    QSignalSpy shown(&first, &SingleInstance::showRequested);

    const QString db = m_home.filePath(QStringLiteral("second.sqlite"));
    QProcess* second = start(first.name(), {QStringLiteral("--demo"), QStringLiteral("--db"), db});
    QSignalSpy finished(second, &QProcess::finished); // this event loop answers the second
    QVERIFY(finished.wait(20'000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(shown.count(), 1);
    QVERIFY2(!QFile::exists(db), "the second launch opened a database");
}

void TestSingleInstance::secondLaunchAtSignInLeavesTheWindowHidden()
{
    SingleInstance first(uniqueName());
    QVERIFY(first.listen());
    QSignalSpy shown(&first, &SingleInstance::showRequested);

    const QString db = m_home.filePath(QStringLiteral("minimized.sqlite"));
    QProcess* second = start(first.name(), {QStringLiteral("--minimized"), QStringLiteral("--db"), db});
    QSignalSpy finished(second, &QProcess::finished);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(shown.count(), 0);
    QVERIFY(!QFile::exists(db));
}

void TestSingleInstance::socketLeftByACrashIsReplaced()
{
    const QString name = uniqueName();
    QProcess* crashed = start(name, {QStringLiteral("--demo"), QStringLiteral("--db"),
                                     m_home.filePath(QStringLiteral("crashed.sqlite"))});
    QTRY_VERIFY_WITH_TIMEOUT(somethingListensOn(name), 20'000);
    crashed->kill(); // no clean shutdown: the socket stays behind
    QVERIFY(crashed->waitForFinished(10'000));
#ifdef Q_OS_UNIX
    QVERIFY(QFile::exists(QDir::temp().filePath(name)));
#endif

    SingleInstance next(name);
    QVERIFY(!next.handOverToRunning(SingleInstance::Request::Show));
    QVERIFY(next.listen());
    QSignalSpy shown(&next, &SingleInstance::showRequested);
    QProcess* later = start(name, {QStringLiteral("--demo")});
    QSignalSpy finished(later, &QProcess::finished);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(later->exitCode(), 0);
    QCOMPARE(shown.count(), 1);
}

void TestSingleInstance::liveInstanceKeepsItsSocket()
{
    // A second start that did not hear back in time must not take the socket of a live (busy)
    // window: that would make two windows and two workers.
    SingleInstance first(uniqueName());
    QVERIFY(first.listen());
    SingleInstance second(first.name());
    QVERIFY(!second.listen());
    QSignalSpy shown(&first, &SingleInstance::showRequested);
    SingleInstance third(first.name());
    QVERIFY(third.handOverToRunning(SingleInstance::Request::Show));
    QVERIFY(shown.count() == 1 || shown.wait(5'000));
}

void TestSingleInstance::headlessRunsDoNotTakePart()
{
    SingleInstance desktop(uniqueName());
    QVERIFY(desktop.listen());
    QSignalSpy shown(&desktop, &SingleInstance::showRequested);

    // Two headless runs beside the window: each goes on to open its own database (here a damaged
    // file, so each stops at once with its sentence) instead of handing over to the window.
    QList<QProcess*> runs;
    for (const QString& file : {QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")}) {
        QFile damaged(m_home.filePath(file));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        runs << start(desktop.name(),
                      {QStringLiteral("--headless"), QStringLiteral("--db"), damaged.fileName()});
    }
    for (QProcess* run : runs) {
        QSignalSpy finished(run, &QProcess::finished);
        QVERIFY(run->state() == QProcess::NotRunning || finished.wait(20'000));
        QCOMPARE(run->exitCode(), 2);
    }
    QCOMPARE(shown.count(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
