// Issue 15, "What was seen" 2: settings apply at once, without a restart. Staff names and the
// desk's person changed in Settings reach the lead card's "Assigned to", the Inbox's "Mine" and
// "Who works at this desk" on the same desk at once, and (on a shared database) another desk's
// change reaches this one through the store's notifications.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/Confirmation.h"
#include "common/LanguageLoader.h"
#include "inbox/InboxPage.h"
#include "settings/SettingsPage.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

QStringList itemsOf(const QComboBox* box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

template <class T>
T* find(QWidget& w, const char* name)
{
    return w.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestLiveSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void staffAndDeskPersonApplyWithoutRestart();
    void anotherDesksStaffNamesReachTheCard();
    void languageChangeRestartsInIt_data();
    void languageChangeRestartsInIt();

private:
    std::unique_ptr<TempDatabase> m_db;
    qint64 m_lead = 0;
};

void TestLiveSettings::init()
{
    QSettings().clear(); // this desk's machine settings: nobody sits at it yet
    m_db.reset();        // the connection name is reused
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_lead = LeadStore(m_db->db())
                 .findOrCreate(QStringLiteral("+15125550147"), QString(), QDateTime::currentDateTimeUtc())
                 .value()
                 .id;
}

void TestLiveSettings::staffAndDeskPersonApplyWithoutRestart()
{
    app::DesktopSession session(m_db->db(), QStringLiteral("US"), false);
    ui::MainWindow& window = session.window();
    session.showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.openConversation(m_lead);
    auto* assigned = find<QComboBox>(window, "leadStaff");
    QVERIFY(assigned);
    QTRY_COMPARE(itemsOf(assigned), QStringList{QStringLiteral("Nobody yet")});
    auto* mine = find<QAbstractButton>(window, "filterMine");
    QTest::mouseClick(mine, Qt::LeftButton);
    QCOMPARE(find<QLabel>(window, "inboxEmptyTitle")->text(), QStringLiteral("Who sits at this desk?"));

    // Settings: staff "Maria, Joe, Dave", and Maria works at this desk.
    auto* page = window.findChild<ui::SettingsPage*>();
    QVERIFY(page);
    window.showSection(page);
    auto* staff = find<QLineEdit>(*page, "staffNames");
    staff->setFocus();
    QTest::keyClicks(staff, QStringLiteral("Maria, Joe, Dave"));
    auto* desk = find<QComboBox>(*page, "deskStaff");
    // The desk list offers the names as they are typed.
    QCOMPARE(itemsOf(desk), (QStringList{QString(), "Maria", "Joe", "Dave"}));
    desk->setFocus();
    QTest::keyClicks(desk->lineEdit(), QStringLiteral("Maria"));
    QTest::mouseClick(find<QPushButton>(*page, "saveSettings"), Qt::LeftButton);
    QCOMPARE(find<QLabel>(*page, "settingsStatus")->text(), QStringLiteral("Saved."));

    // No restart: the card offers them, Mine is Maria's, the desk list still names them.
    QTRY_COMPARE(itemsOf(assigned), (QStringList{"Nobody yet", "Dave", "Joe", "Maria"}));
    window.showSection(window.inbox());
    QTRY_COMPARE(find<QLabel>(window, "inboxEmptyTitle")->text(),
                 QStringLiteral("Nothing assigned to Maria"));
    QCOMPARE(itemsOf(desk), (QStringList{QString(), "Maria", "Joe", "Dave"}));
    QCOMPARE(desk->currentText(), QStringLiteral("Maria"));

    // Renamed again: the card follows again; Maria stays at the desk.
    window.showSection(page);
    staff->selectAll();
    QTest::keyClicks(staff, QStringLiteral("Maria, Joe, Ana"));
    QTest::mouseClick(find<QPushButton>(*page, "saveSettings"), Qt::LeftButton);
    QTRY_COMPARE(itemsOf(assigned), (QStringList{"Nobody yet", "Ana", "Joe", "Maria"}));
    QCOMPARE(itemsOf(desk), (QStringList{QString(), "Maria", "Joe", "Ana"}));
}

void TestLiveSettings::anotherDesksStaffNamesReachTheCard()
{
    if (m_db->backend() != SqlDialect::Kind::Postgres)
        QSKIP("one desk per SQLite file: other desks exist on a shared database only");
    app::DesktopSession session(m_db->db(), QStringLiteral("US"), false);
    ui::MainWindow& window = session.window();
    session.showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.openConversation(m_lead);
    auto* assigned = find<QComboBox>(window, "leadStaff");
    auto* page = window.findChild<ui::SettingsPage*>();
    auto* staff = find<QLineEdit>(*page, "staffNames");

    // Another desk (its own connection, no object of this process involved) saves the staff.
    auto other = Database::open(m_db->location(), QStringLiteral("otherDesk"));
    QVERIFY(other);
    QVERIFY(KeyValueStore(*other.value(), KeyValueStore::Table::Settings)
                .setValue(QStringLiteral("business/staff"), QStringLiteral("Maria,Joe,Dave"),
                          QDateTime::currentDateTimeUtc())
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(itemsOf(assigned), (QStringList{"Nobody yet", "Dave", "Joe", "Maria"}), 15'000);
    QTRY_COMPARE(staff->text(), QStringLiteral("Maria, Joe, Dave"));
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
    QCoreApplication::setApplicationName(QStringLiteral("tst_livesettings"));
    TestLiveSettings test;
    return QTest::qExec(&test, argc, argv);
}

// A language chosen in Settings used to apply "the next time Ringback starts", and nothing said
// so at the moment it mattered: now the desk offers to restart in it at once.
void TestLiveSettings::languageChangeRestartsInIt_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("restartNow");
    QTest::addColumn<int>("restarts");
    QTest::newRow("Spanish, restart now") << "es" << true << 1;
    QTest::newRow("French, later") << "fr" << false << 0;
    QTest::newRow("the language in use: nothing to ask") << "en" << true << 0;
}

void TestLiveSettings::languageChangeRestartsInIt()
{
    QFETCH(QString, chosen);
    QFETCH(bool, restartNow);
    QFETCH(int, restarts);
    ui::LanguageLoader::install(QStringLiteral("en"));
    app::DesktopSession session(m_db->db(), QStringLiteral("US"), false);
    ui::MainWindow& window = session.window();
    session.showWindow(false);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy restart(&session, &app::DesktopSession::restartRequested);
    auto* page = window.findChild<ui::SettingsPage*>();
    window.showSection(page);
    auto* language = find<QComboBox>(*page, "language");
    language->setCurrentIndex(language->findData(chosen));
    if (chosen == QLatin1String("en")) // the system's language here is English: choose it outright
        QCOMPARE(ui::LanguageLoader::resolve(chosen), ui::LanguageLoader::inUse());
    const bool asks = chosen != QLatin1String("en");
    if (asks)
        ui::Confirmation::setNextAnswer(restartNow);
    QTest::mouseClick(find<QPushButton>(*page, "saveSettings"), Qt::LeftButton);
    QCoreApplication::processEvents(); // the question comes once the save is done
    QCOMPARE(restart.count(), restarts);
    if (!restartNow)
        QVERIFY2(window.statusBar()->currentMessage().contains(ui::LanguageLoader::nativeName(chosen)),
                 qPrintable(window.statusBar()->currentMessage()));
}

#include "tst_livesettings.moc"
