// The owner's intake page and what staff see of it (issue 18 items 3-5), driven with the mouse and
// keyboard on real widgets: Templates > Intake switches the questions on, picks them, edits their
// wording in the same editor as every template, and keeps the urgent words; the lead card shows and
// edits what the answers filled; Needs reply lists urgent jobs first.
#include "TempDatabase.h"
#include "common/Clock.h"
#include "conversation/LeadCard.h"
#include "intake/UrgentWords.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "templates/IntakePanel.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateStore.h"
#include "templates/TemplatesPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

class TestIntakePage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void switchingOnAndPickingQuestionsIsSavedAtOnce();
    void editWordingOpensTheQuestionInTheEditor();
    void urgentWordsAreSavedOnePerLine();
    void cardShowsAndEditsWhatAnswersFilled();
    void urgentLeadsComeFirstInNeedsReply();

private:
    Settings settings() { return Settings(m_kv.get(), nullptr); }
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<KeyValueStore> m_kv;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC)};
};

void TestIntakePage::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_kv = std::make_unique<KeyValueStore>(m_db->db(), KeyValueStore::Table::Settings);
}

void TestIntakePage::cleanup()
{
    m_kv.reset();
    m_db.reset();
}

void TestIntakePage::switchingOnAndPickingQuestionsIsSavedAtOnce()
{
    TemplatesPage page(m_db->db(), m_clock);
    page.show();
    IntakePanel* panel = page.intakePanel();
    page.tabs()->setCurrentWidget(panel);
    QVERIFY(!settings().boolValue(SettingKey::IntakeEnabled)); // off by default
    QVERIFY(!panel->questionBox(TemplateRole::IntakePhoto)->isEnabled());
    QTest::mouseClick(panel->enabledBox(), Qt::LeftButton, {}, QPoint(8, panel->enabledBox()->height() / 2));
    QVERIFY(settings().boolValue(SettingKey::IntakeEnabled));
    QVERIFY(panel->questionBox(TemplateRole::IntakePhoto)->isEnabled());
    QCheckBox* photo = panel->questionBox(TemplateRole::IntakePhoto);
    QTest::mouseClick(photo, Qt::LeftButton, {}, QPoint(8, photo->height() / 2));
    QCOMPARE(settings().listValue(SettingKey::IntakeQuestions),
             (QStringList{QStringLiteral("need"), QStringLiteral("address"), QStringLiteral("when")}));
    panel->silenceBox()->setFocus();
    panel->silenceBox()->selectAll();
    QTest::keyClicks(panel->silenceBox(), QStringLiteral("45"));
    QCOMPARE(settings().intValue(SettingKey::IntakeSilenceMinutes), 45);
    // Another desk (another Settings object on the store) switches it off: the page follows.
    QVERIFY(settings().setValue(SettingKey::IntakeEnabled, false));
    QTRY_VERIFY(!panel->enabledBox()->isChecked());
}

void TestIntakePage::editWordingOpensTheQuestionInTheEditor()
{
    TemplatesPage page(m_db->db(), m_clock);
    page.show();
    page.tabs()->setCurrentWidget(page.intakePanel());
    auto* edit = page.intakePanel()->findChild<QPushButton*>(QStringLiteral("intakeEditWording_address"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(page.tabs()->currentIndex(), 0);
    QCOMPARE(page.editor()->textEdit()->toPlainText(), TemplateDefaults::body(TemplateRole::IntakeAddress));
    page.editor()->textEdit()->selectAll();
    QTest::keyClicks(page.editor()->textEdit(), QStringLiteral("Where is the job? Street and town please."));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    QCOMPARE(TemplateStore(m_db->db()).forRole(TemplateRole::IntakeAddress)->body,
             QStringLiteral("Where is the job? Street and town please."));
    const QList<QLabel*> wording = page.intakePanel()->findChildren<QLabel*>();
    bool shown = false;
    for (QLabel* l : wording)
        shown = shown || l->text().contains(QStringLiteral("Street and town please."));
    QVERIFY(shown);
}

void TestIntakePage::urgentWordsAreSavedOnePerLine()
{
    IntakePanel panel(m_db->db());
    panel.show();
    QCOMPARE(panel.urgentWordsEdit()->toPlainText().split(QLatin1Char('\n')), UrgentWords::defaults());
    panel.urgentWordsEdit()->selectAll();
    QTest::keyClicks(panel.urgentWordsEdit(), QStringLiteral("roof caved*"));
    QTest::keyClick(panel.urgentWordsEdit(), Qt::Key_Return);
    QTest::keyClicks(panel.urgentWordsEdit(), QStringLiteral("  no   power "));
    QTest::keyClick(panel.urgentWordsEdit(), Qt::Key_Return);
    QTest::keyClick(panel.urgentWordsEdit(), Qt::Key_Return);
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Not saved yet."));
    QTest::mouseClick(panel.saveWordsButton(), Qt::LeftButton);
    QCOMPARE(settings().listValue(SettingKey::UrgentWords),
             (QStringList{QStringLiteral("roof caved*"), QStringLiteral("no power")}));
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Saved.")));
}

void TestIntakePage::cardShowsAndEditsWhatAnswersFilled()
{
    const QDateTime now = m_clock.nowUtc();
    auto lead =
        LeadStore(m_db->db()).findOrCreate(QStringLiteral("+15125550147"), QStringLiteral("Austin, TX"), now);
    QVERIFY(lead);
    Lead filled = lead.value();
    filled.need = QStringLiteral("Water heater not heating");
    filled.address = QStringLiteral("4512 Oak St");
    filled.jobWhen = QStringLiteral("tomorrow <b>morning</b>");
    filled.jobDate = QDate(2026, 12, 4);
    filled.photoCount = 2;
    QVERIFY(LeadStore(m_db->db()).saveIntake(filled, now));

    PhoneNumberService phone(QStringLiteral("US"));
    LeadCard card(m_db->db(), phone, m_clock);
    card.setLead(lead->id);
    card.show();
    QCOMPARE(card.addressEdit()->text(), QStringLiteral("4512 Oak St"));
    QCOMPARE(card.whenEdit()->text(), QStringLiteral("tomorrow <b>morning</b>"));
    QVERIFY(card.photosLabel()->isVisible());
    QVERIFY(card.photosLabel()->text().startsWith(QStringLiteral("2 photo")));
    QCOMPARE(card.summaryLabel()->textFormat(), Qt::PlainText); // the caller's words, as typed
    QCOMPARE(card.summaryLabel()->text(),
             QStringLiteral("Water heater not heating \u00b7 4512 Oak St \u00b7 tomorrow <b>morning</b>"));
    QVERIFY(!card.urgentBox()->isChecked());

    card.addressEdit()->setFocus();
    card.addressEdit()->selectAll();
    QTest::keyClicks(card.addressEdit(), QStringLiteral("4512 Oak Street, Austin"));
    QTest::keyClick(card.addressEdit(), Qt::Key_Return);
    QTest::mouseClick(card.urgentBox(), Qt::LeftButton, {}, QPoint(8, card.urgentBox()->height() / 2));
    auto saved = LeadStore(m_db->db()).byId(lead->id);
    QVERIFY(saved && saved->has_value());
    QCOMPARE((*saved)->address, QStringLiteral("4512 Oak Street, Austin"));
    QVERIFY((*saved)->urgent);
    QCOMPARE((*saved)->jobDate, QDate(2026, 12, 4)); // untouched by other edits
}

void TestIntakePage::urgentLeadsComeFirstInNeedsReply()
{
    const QDateTime now = m_clock.nowUtc();
    LeadStore leads(m_db->db());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto lead = leads.findOrCreate(QStringLiteral("+1512555014%1").arg(i), QString(), now);
        QVERIFY(lead);
        Message m;
        m.providerMessageId = QStringLiteral("SM%1").arg(i);
        m.leadId = lead->id;
        m.direction = MessageDirection::Inbound;
        m.fromNumber = lead->e164;
        m.toNumber = QStringLiteral("+15125550100");
        m.body = QStringLiteral("hello");
        m.status = MessageStatus::Received;
        m.createdAt = now.addSecs(60 * i); // the first waits longest
        QVERIFY(MessageStore(m_db->db()).upsertFromProvider(m, now));
        ids << lead->id;
    }
    Lead urgent = *leads.byId(ids.at(2)).value();
    urgent.urgent = true;
    urgent.need = QStringLiteral("Basement flooding");
    urgent.address = QStringLiteral("4512 Oak St");
    QVERIFY(leads.saveIntake(urgent, now));
    ConversationQuery q;
    q.filter = ConversationFilter::NeedsReply;
    auto page = ConversationStore(m_db->db()).page(q, 0, 10);
    QVERIFY(page);
    QList<qint64> order;
    for (const ConversationSummary& c : page.value())
        order << c.lead.id;
    QCOMPARE(order, (QList<qint64>{ids.at(2), ids.at(0), ids.at(1)}));
    // The list row reads what the card knows, for its one-line summary and its Urgent tag.
    QCOMPARE(page->first().lead.summary(), QStringLiteral("Basement flooding \u00b7 4512 Oak St"));
    QVERIFY(page->first().lead.urgent);
    QVERIFY(!page->at(1).lead.urgent);
    // The same with the open conversation kept in the list (one more column in the row).
    q.keepLeadId = ids.at(1);
    auto kept = ConversationStore(m_db->db()).page(q, 0, 10);
    QVERIFY(kept);
    QCOMPARE(kept->first().lead.summary(), QStringLiteral("Basement flooding \u00b7 4512 Oak St"));
}

QTEST_MAIN(TestIntakePage)
#include "tst_intakepage.moc"
