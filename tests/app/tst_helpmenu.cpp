// Issue 16, seen 6: Help had only About: no list of shortcuts, no way to find the logs for
// support. The list is read from the window's actions and shortcuts, so a key added later is
// listed without anyone editing the list.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/KeyboardHelp.h"
#include "common/Logging.h"
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenuBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened << url; }
};

class TestHelpMenu : public QObject
{
    Q_OBJECT
private slots:
    void shortcutsAreReadFromTheWindow();
    void logFolderOpens();
};

namespace {

QString whatFor(const QList<ui::keyboard::Entry>& entries, const QString& keys)
{
    for (const auto& e : entries) {
        if (e.keys == keys)
            return e.what;
    }
    return QString();
}

} // namespace

void TestHelpMenu::shortcutsAreReadFromTheWindow()
{
    TempDatabase t;
    QVERIFY(t.ok());
    app::DesktopSession session(t.db(), QStringLiteral("US"), false);
    ui::MainWindow& window = session.window();
    session.showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto entries = ui::keyboard::collect(&window);
    QCOMPARE(whatFor(entries, QStringLiteral("Ctrl+1")), QStringLiteral("Go to Inbox"));
    QCOMPARE(whatFor(entries, QStringLiteral("Ctrl+3")), QStringLiteral("Go to Calls"));
    QCOMPARE(whatFor(entries, QStringLiteral("Ctrl+F")), QStringLiteral("Search names, numbers and texts"));
    QCOMPARE(whatFor(entries, QStringLiteral("Ctrl+Return")), QStringLiteral("Send the reply"));
    QCOMPARE(whatFor(entries, QStringLiteral("F1")), QStringLiteral("Keyboard shortcuts"));
    QCOMPARE(whatFor(entries, QStringLiteral("Ctrl+Right")),
             QStringLiteral("Leads: move the card to the next column"));
    // Seven board columns describe the same keys: listed once.
    QCOMPARE(std::count_if(entries.begin(), entries.end(),
                           [](const auto& e) { return e.keys == QLatin1String("Ctrl+Right"); }),
             1);

    // A key added to the window later is in the dialog without editing any list.
    auto* later = new QAction(QStringLiteral("Print the call log"), &window);
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    window.addAction(later);
    ui::ShortcutsDialog dialog(&window);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
    QVERIFY2(rows.contains(QStringLiteral("Ctrl+P=Print the call log")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+1=Go to Inbox")));

    // F1 opens it from anywhere in the window (the Help menu's action).
    auto* show = window.findChild<QAction*>(QStringLiteral("showShortcuts"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestHelpMenu::logFolderOpens()
{
    QTemporaryDir logs;
    QVERIFY(ringback::logging::startLogFile(logs.path()));
    qCWarning(lcUi) << "a line for support"; // a warning: ctest turns info messages off
    QFile file(QDir(logs.path()).filePath(QStringLiteral("ringback.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("a line for support"));

    TempDatabase t;
    QVERIFY(t.ok());
    app::DesktopSession session(t.db(), QStringLiteral("US"), false);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    auto* open = session.window().findChild<QAction*>(QStringLiteral("openLogFolder"));
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(logs.path())});
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
