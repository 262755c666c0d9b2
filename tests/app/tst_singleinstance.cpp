// One desktop Ringback per user: a second launch brings the first forward and exits without
// opening a database or starting a worker; a socket left by a crash does not block the next start.
// The real binary is the second (or first) process; each test uses its own instance name.
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
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
    void listenerAtTheOldSharedPlaceIsIgnored();
    void listenerOfAnotherUserIsNotTrusted();
    void callerOfAnotherUserIsNotHeard();
    void socketLivesInThePrivateRuntimeFolder();

private:
    QProcess* start(const QString& instanceName, const QStringList& args);
    QTemporaryDir m_home;
};

namespace {

// A socket path in this user's private runtime folder (ctest sets XDG_RUNTIME_DIR to a 0700 one).
QString uniqueName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
        .filePath(QStringLiteral("ringback-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
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
    QVERIFY(QFile::exists(name));
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

void TestSingleInstance::listenerAtTheOldSharedPlaceIsIgnored()
{
#ifndef Q_OS_UNIX
    QSKIP("the shared /tmp socket folder is a Unix matter");
#else
    // Before: the socket's name was predictable (a hash of the user name and the display) and
    // lived in /tmp, shared by every user. Anyone who listened there first got "show" and
    // Ringback exited 0 with no window. Now the socket is in the user's private runtime folder,
    // so a listener at the old place is never reached and Ringback starts.
    const QString user = QStringLiteral("rbtest-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString display = QStringLiteral(":97");
    const QString session = u'|' + display; // no WAYLAND_DISPLAY
    const QString oldName =
        QStringLiteral("ringback-") +
        QString::fromLatin1(
            QCryptographicHash::hash((user + u"@Ringback@" + session).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
    QLocalServer::removeServer(oldName);
    QLocalServer hostile;
    QVERIFY(hostile.listen(oldName)); // another local user, in the shared folder
    QSignalSpy reached(&hostile, &QLocalServer::newConnection);

    QTemporaryDir runtime; // the user's private runtime folder (0700, like /run/user/<uid>)
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RINGBACK_INSTANCE_NAME"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("USER"), user);
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(RINGBACK_BINARY), {QStringLiteral("--demo"), QStringLiteral("--db"),
                                               m_home.filePath(QStringLiteral("hijack.sqlite"))});
    QVERIFY(p->waitForStarted(10'000));

    // It starts: its own socket appears in the private folder, and it keeps running.
    const auto ownSocket = [&] {
        return !QDir(runtime.path()).entryList({QStringLiteral("ringback*")}, QDir::System).isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(ownSocket() || p->state() == QProcess::NotRunning, 20'000);
    QCOMPARE(p->state(), QProcess::Running);
    QCOMPARE(reached.count(), 0);
    p->terminate();
    if (!p->waitForFinished(10'000)) {
        p->kill();
        p->waitForFinished(5'000);
    }
#endif
}

void TestSingleInstance::listenerOfAnotherUserIsNotTrusted()
{
#ifndef Q_OS_UNIX
    QSKIP("peer credentials are a Unix matter");
#else
    // Someone else's process listens where ours would (posed by the peer check's seam): no
    // hand-over, and the socket is not taken over either; the window starts without it.
    SingleInstance other(uniqueName());
    QVERIFY(other.listen());
    QSignalSpy shown(&other, &SingleInstance::showRequested);
    SingleInstance me(other.name());
    me.setPeerUid([](const QLocalSocket&) { return std::optional<uint>(uint(geteuid()) + 1); });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("held by another user")));
    QVERIFY(!me.handOverToRunning(SingleInstance::Request::Show));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("held by another user")));
    QVERIFY(!me.listen());
    QVERIFY(!shown.wait(300)); // nothing was said to it (a short look: its absence is the point)
#endif
}

void TestSingleInstance::callerOfAnotherUserIsNotHeard()
{
#ifndef Q_OS_UNIX
    QSKIP("peer credentials are a Unix matter");
#else
    SingleInstance mine(uniqueName());
    mine.setPeerUid([](const QLocalSocket&) { return std::optional<uint>(uint(geteuid()) + 1); });
    QVERIFY(mine.listen());
    QSignalSpy shown(&mine, &SingleInstance::showRequested);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("from another user")));
    QLocalSocket stranger;
    stranger.connectToServer(mine.name());
    QVERIFY(stranger.waitForConnected(5'000));
    stranger.write("show\n");
    QTRY_VERIFY_WITH_TIMEOUT(stranger.state() == QLocalSocket::UnconnectedState, 10'000);
    QCOMPARE(shown.count(), 0);
#endif
}

void TestSingleInstance::socketLivesInThePrivateRuntimeFolder()
{
#ifndef Q_OS_UNIX
    QSKIP("socket folders are a Unix matter");
#else
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray previousRuntime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray previousName = qgetenv("RINGBACK_INSTANCE_NAME");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    qunsetenv("RINGBACK_INSTANCE_NAME");
    const QString name = SingleInstance::nameForThisUser();
    QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(runtime.path()).absoluteFilePath());

    // A folder others may enter is refused, with the reason.
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::WriteOther |
                                                      QFile::ExeOther));
    QString why;
    qputenv("RINGBACK_INSTANCE_NAME", QFile::encodeName(QDir(runtime.path()).filePath(QStringLiteral("x"))));
    QVERIFY(SingleInstance::nameForThisUser(&why).isEmpty());
    QVERIFY2(why.contains(QStringLiteral("open to other users")), qPrintable(why));
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    qputenv("XDG_RUNTIME_DIR", previousRuntime);
    qputenv("RINGBACK_INSTANCE_NAME", previousName);
#endif
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
