// The business hours editor: a split shift saved and read back from the store, overlaps and ends
// before starts stop Save with a sentence, the time zone must be a real one, and the "open now"
// line follows the hours being edited.
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/TimeZonePicker.h"
#include "hours/BusinessHoursEditor.h"
#include "hours/BusinessHoursStore.h"
#include "hours/TimeRangeListEdit.h"
#include "settings/Settings.h"
#include "store/ChangeHub.h"
#include "store/KeyValueStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

class TestHoursEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void splitShiftSavesAndReloads();
    void problemsBlockSaving_data();
    void problemsBlockSaving();
    void unknownTimeZoneBlocksSaving();
    void closureSavesAndReloads();
    void businessCountryZonesFirst();

private:
    std::unique_ptr<TempDatabase> m_db;
    // Monday 2 March 2026, 10:00 in New York.
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC)};
};

void TestHoursEditor::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
}

void TestHoursEditor::cleanup()
{
    m_db.reset();
}

void TestHoursEditor::splitShiftSavesAndReloads()
{
    {
        BusinessHoursEditor editor(m_db->db(), m_clock);
        editor.show();
        editor.timeZoneBox()->setCurrentText(QStringLiteral("America/New_York"));
        TimeRangeListEdit* monday = editor.day(1);
        QTest::mouseClick(monday->addButton(), Qt::LeftButton);
        QCOMPARE(monday->rangeCount(), 1);
        monday->rangeEdits(0).second->setTime(QTime(12, 0));
        QTest::mouseClick(monday->addButton(), Qt::LeftButton); // the afternoon, after lunch
        QCOMPARE(monday->rangeCount(), 2);
        monday->rangeEdits(1).second->setTime(QTime(17, 30));

        QVERIFY2(editor.problemsLabel()->text().isEmpty(), qPrintable(editor.problemsLabel()->text()));
        QCOMPARE(editor.statusLabel()->text(), QStringLiteral("Open now, closes at 12:00"));
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.hasUnsavedChanges());
    }
    auto stored = BusinessHoursStore(m_db->db()).load();
    QVERIFY(stored);
    QCOMPARE(stored->timeZone().id(), QByteArray("America/New_York"));
    const QList<TimeRange> expected{{8 * 60, 12 * 60}, {13 * 60, 17 * 60 + 30}};
    QCOMPARE(stored->ranges(1), expected);
    QVERIFY(stored->ranges(2).isEmpty());

    BusinessHoursEditor reopened(m_db->db(), m_clock);
    QCOMPARE(reopened.day(1)->ranges(), expected);
    QCOMPARE(reopened.timeZoneBox()->zoneId(), QByteArray("America/New_York"));
    QCOMPARE(reopened.timeZoneBox()->currentText(), QStringLiteral("Eastern - New York"));
}

void TestHoursEditor::problemsBlockSaving_data()
{
    QTest::addColumn<QTime>("secondOpens");
    QTest::addColumn<QTime>("secondCloses");
    QTest::newRow("overlap") << QTime(11, 0) << QTime(14, 0);
    QTest::newRow("ends before it starts") << QTime(15, 0) << QTime(14, 0);
    QTest::newRow("same range twice") << QTime(8, 0) << QTime(12, 0);
}

void TestHoursEditor::problemsBlockSaving()
{
    QFETCH(QTime, secondOpens);
    QFETCH(QTime, secondCloses);
    BusinessHoursEditor editor(m_db->db(), m_clock);
    editor.show();
    TimeRangeListEdit* tuesday = editor.day(2);
    QTest::mouseClick(tuesday->addButton(), Qt::LeftButton);
    tuesday->rangeEdits(0).second->setTime(QTime(12, 0));
    QTest::mouseClick(tuesday->addButton(), Qt::LeftButton);
    QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.problemsLabel()->text()));
    tuesday->rangeEdits(1).first->setTime(secondOpens);
    tuesday->rangeEdits(1).second->setTime(secondCloses);

    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(!editor.problemsLabel()->text().isEmpty());
    QVERIFY2(editor.problemsLabel()->text().contains(QLocale().dayName(2)),
             qPrintable(editor.problemsLabel()->text()));
    QVERIFY(BusinessHoursStore(m_db->db()).load()->ranges(2).isEmpty());

    // Removing the bad range makes the hours valid again.
    tuesday->rangeEdits(1).first->setTime(QTime(13, 0));
    tuesday->rangeEdits(1).second->setTime(QTime(17, 0));
    QVERIFY(editor.problemsLabel()->text().isEmpty());
    QVERIFY(editor.saveButton()->isEnabled());
}

void TestHoursEditor::unknownTimeZoneBlocksSaving()
{
    BusinessHoursEditor editor(m_db->db(), m_clock);
    editor.show();
    QTest::mouseClick(editor.day(3)->addButton(), Qt::LeftButton);
    editor.timeZoneBox()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(editor.problemsLabel()->text().contains(QStringLiteral("Mars/Olympus_Mons")));
    editor.timeZoneBox()->setCurrentText(QStringLiteral("Europe/London"));
    QVERIFY(editor.saveButton()->isEnabled());
}

void TestHoursEditor::closureSavesAndReloads()
{
    {
        BusinessHoursEditor editor(m_db->db(), m_clock);
        editor.show();
        editor.timeZoneBox()->setCurrentText(QStringLiteral("America/New_York"));
        QTest::mouseClick(editor.day(1)->addButton(), Qt::LeftButton);
        QTest::mouseClick(editor.addClosureButton(), Qt::LeftButton);
        // Added for tomorrow, closed all day.
        QVERIFY(editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    }
    auto stored = BusinessHoursStore(m_db->db()).load();
    QVERIFY(stored);
    QCOMPARE(stored->closures().size(), 1);
    QCOMPARE(stored->closures().first().day, QDate(2026, 3, 3));
    QVERIFY(stored->closures().first().isClosedAllDay());
}

// The business's country (Settings) decides which zones come first, and the tab follows a change.
void TestHoursEditor::businessCountryZonesFirst()
{
    BusinessHoursEditor editor(m_db->db(), m_clock);
    QCOMPARE(editor.timeZoneBox()->region(), QStringLiteral("US")); // the default
    QCOMPARE(editor.timeZoneBox()->itemText(0), QStringLiteral("Eastern - New York"));
    const QByteArray zone = editor.timeZoneBox()->zoneId();
    KeyValueStore kv(m_db->db(), KeyValueStore::Table::Settings);
    QVERIFY(kv.setValue(QString::fromLatin1(Settings::spec(SettingKey::BusinessRegion).name),
                        QStringLiteral("FR"), m_clock.nowUtc()));
    ChangeHub::instance().announce(m_db->db(), ChangeHub::Topic::Settings);
    QTRY_COMPARE(editor.timeZoneBox()->region(), QStringLiteral("FR"));
    QVERIFY(editor.timeZoneBox()->itemText(0).contains(QStringLiteral("Paris")));
    QCOMPARE(editor.timeZoneBox()->zoneId(), zone); // the zone shown stays
    QVERIFY(!editor.hasUnsavedChanges());
}

QTEST_MAIN(TestHoursEditor)
#include "tst_hourseditor.moc"
