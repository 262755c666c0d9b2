// The whole desk (window, models, tray, notifier, settings) built and torn down as the app does.
// Tearing down must not reach an object already gone: the window goes first, so what its views do
// on the way out (the lead card saves notes typed a moment ago, which makes the notifier look for
// new replies and read this computer's settings) still finds the settings, the notifier and the
// database there. Run under the asan preset, a wrong order is a use-after-free report.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "conversation/ConversationView.h"
#include "inbox/InboxPage.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "tray/ReplyNotifier.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class TestDesktopSession : public QObject
{
    Q_OBJECT
private slots:
    void teardownWithAReplyPendingAndNotesUnsaved();
};

void TestDesktopSession::teardownWithAReplyPendingAndNotesUnsaved()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Lead lead =
        LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), QString(), before).value();

    auto* session = new app::DesktopSession(t.db(), QStringLiteral("US"), false);
    session->showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
    session->openConversation(lead.id);
    auto* notes = session->window().findChild<QPlainTextEdit*>(QStringLiteral("leadNotes"));
    QVERIFY(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Gate code 4411"));

    // A reply arrives that nobody has announced yet.
    Message m;
    m.providerMessageId = QStringLiteral("SMpending");
    m.leadId = lead.id;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = lead.e164;
    m.toNumber = QStringLiteral("+15125550100");
    m.body = QStringLiteral("Are you still coming today?");
    m.status = MessageStatus::Received;
    m.createdAt = QDateTime::currentDateTimeUtc().addSecs(5);
    QVERIFY(MessageStore(t.db()).upsertFromProvider(m, m.createdAt).ok());
    QVERIFY(LeadStore(t.db()).touch(lead.id, m.createdAt, true).ok());

    auto* notifier = session->findChild<ui::ReplyNotifier*>();
    QVERIFY(notifier);
    QSignalSpy announced(notifier, &ui::ReplyNotifier::replyArrived);
    delete session; // the notes are flushed on the way out, which asks the notifier to check

    // The notes typed a moment before quitting were kept, and the notifier that looked for
    // replies then found its settings (notifications on, the default) and the reply.
    QCOMPARE(LeadStore(t.db()).byId(lead.id).value()->notes, QStringLiteral("Gate code 4411"));
    QCOMPARE(announced.count(), 1);
}

int main(int argc, char** argv)
{
    // This computer's settings (QSettings) and data folders go to a throwaway home.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RingbackTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopsession"));
    TestDesktopSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktopsession.moc"
