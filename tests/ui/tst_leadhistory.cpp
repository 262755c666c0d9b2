// The lead card's history (issue 15, item 9): one line per fact, status edits on the card noted
// like board moves, and every staff action naming who did it (the desk's person from Settings).

#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/MissedCallProcessor.h"
#include "automation/OptOutIntent.h"
#include "automation/OutboxSender.h"
#include "board/LeadBoard.h"
#include "calls/HeldTexts.h"
#include "common/Clock.h"
#include "conversation/Composer.h"
#include "conversation/ConversationView.h"
#include "conversation/LeadCard.h"
#include "conversation/LeadTimelineModel.h"
#include "domain/TimelineEvent.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/BlockListStore.h"
#include "store/CallStore.h"
#include "store/KeyValueStore.h"
#include "store/LeadStore.h"
#include "store/LineTypeStore.h"
#include "store/OutboxStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QDateTime kT0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
const QString kCaller = QStringLiteral("+15125550147");
const QString kBusiness = QStringLiteral("+15125550100");

QStringList lines(const LeadTimelineModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data().toString();
    return out;
}

QList<int> kinds(const LeadTimelineModel& model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(LeadTimelineModel::KindRole).toInt();
    return out;
}

void storeMissedCall(Database& db, int n, const QDateTime& ended)
{
    Call c;
    c.providerCallId = QStringLiteral("CA-history-%1").arg(n);
    c.direction = CallDirection::Inbound;
    c.fromNumber = kCaller;
    c.toNumber = kBusiness;
    c.status = CallStatus::NoAnswer;
    c.startedAt = ended.addSecs(-25);
    c.endedAt = ended;
    QVERIFY(CallStore(db).upsert(c, ended).ok());
}
} // namespace

class TestLeadHistory : public QObject
{
    Q_OBJECT
private slots:
    void importedHistoryIsOneLinePerCall();
    void cardStatusEditIsLogged();
    void staffActionsNameWhoDidIt_data();
    void staffActionsNameWhoDidIt();
    void cardTypeSaysWhatIsKnown_data();
    void cardTypeSaysWhatIsKnown();
};

// Seen: after the first import, a caller with several missed calls from before Ringback started
// had 3-5 identical "Not texted: missed before Ringback started" lines, all stamped with the
// install time. Each call is one fact: one line at the time of the call.
void TestLeadHistory::importedHistoryIsOneLinePerCall()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const QDateTime installed = kT0.addDays(2);
    ManualClock clock(installed);
    const PhoneNumberService phone;
    for (int i = 0; i < 4; ++i)
        storeMissedCall(t.db(), i, kT0.addSecs(i * 3600));

    MissedCallProcessor processor(t.db(), phone, clock);
    PolicyConfig policy;
    policy.automationEnabledSince = installed; // the four calls are history
    processor.setRules(ClassifierConfig{}, policy);
    auto decided = processor.processPending();
    QVERIFY(decided.ok());
    QCOMPARE(decided->size(), 4);

    const qint64 leadId = LeadStore(t.db()).byNumber(kCaller).value()->id;
    LeadCard card(t.db(), phone, clock);
    QAbstractItemModelTester tester(card.timelineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    card.setLead(leadId);
    const LeadTimelineModel& model = *card.timelineModel();
    const QStringList shown = lines(model);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), 4); // no two lines alike
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row).data(LeadTimelineModel::KindRole).toInt(), int(TimelineKind::CallMissed));
        // At the call's time, not the install time; and it says why it was not texted.
        QVERIFY(model.index(row).data(LeadTimelineModel::TimeRole).toDateTime() < installed);
        QVERIFY2(shown.at(row).contains(QStringLiteral("before Ringback started")),
                 qPrintable(shown.at(row)));
    }
}

// Seen: moving a lead on the board is noted, changing its status on the card is not.
void TestLeadHistory::cardStatusEditIsLogged()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0);
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QStringLiteral("Austin, TX"), kT0).value();

    LeadCard card(t.db(), phone, clock);
    card.setLead(lead.id);
    QCOMPARE(card.timelineModel()->rowCount(), 0);
    clock.advanceSecs(60);
    card.statusBox()->setCurrentIndex(card.statusBox()->findText(QStringLiteral("Booked")));
    QCOMPARE(LeadStore(t.db()).byId(lead.id).value()->status, LeadStatus::Booked);

    card.timelineModel()->refresh();
    QCOMPARE(kinds(*card.timelineModel()), QList<int>{int(TimelineKind::StatusChanged)});
    const QString line = lines(*card.timelineModel()).constFirst();
    QVERIFY2(line.contains(QStringLiteral("New")) && line.contains(QStringLiteral("Booked")),
             qPrintable(line));

    // Saving the card again without touching the status adds nothing.
    card.statusBox()->setCurrentIndex(card.statusBox()->findText(QStringLiteral("Booked")));
    card.timelineModel()->refresh();
    QCOMPARE(card.timelineModel()->rowCount(), 1);
}

void TestLeadHistory::staffActionsNameWhoDidIt_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("kind");
    QTest::newRow("status changed on the card")
        << QStringLiteral("card status") << int(TimelineKind::StatusChanged);
    QTest::newRow("assigned on the card") << QStringLiteral("card assignment") << int(TimelineKind::Assigned);
    QTest::newRow("moved on the board") << QStringLiteral("board move") << int(TimelineKind::StatusChanged);
    // Seen: a reply sent from the composer said "Reply sent" and nothing about who wrote it.
    QTest::newRow("reply from the composer") << QStringLiteral("reply") << int(TimelineKind::Texted);
    // Seen: undoing an opt-out ("Not an opt-out": texts allowed again) left no line at all.
    QTest::newRow("not an opt-out") << QStringLiteral("not an opt-out") << int(TimelineKind::OptedIn);
    QTest::newRow("confirmed opt-out") << QStringLiteral("confirm opt-out") << int(TimelineKind::OptedOut);
    QTest::newRow("held text sent") << QStringLiteral("approve held") << int(TimelineKind::Note);
    QTest::newRow("held text not sent") << QStringLiteral("decline held") << int(TimelineKind::Note);
    QTest::newRow("notes edited on the card") << QStringLiteral("notes") << int(TimelineKind::Note);
    // The Calls page's Block this number / Allow texts again (DesktopSession calls these).
    QTest::newRow("number blocked") << QStringLiteral("block") << int(TimelineKind::Note);
    QTest::newRow("number unblocked") << QStringLiteral("unblock") << int(TimelineKind::Note);
}

// Seen: no history line says who did it.
void TestLeadHistory::staffActionsNameWhoDidIt()
{
    QFETCH(QString, action);
    QFETCH(int, kind);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0);
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QStringLiteral("Austin, TX"), kT0).value();
    KeyValueStore shared(t.db(), KeyValueStore::Table::Settings);
    QVERIFY(
        Settings(&shared, nullptr)
            .setValue(SettingKey::StaffNames, QStringList{QStringLiteral("Joe"), QStringLiteral("Dave")}));
    QVERIFY(Settings(&shared, nullptr).setValue(SettingKey::BusinessNumbers, QStringList{kBusiness}));

    LeadCard card(t.db(), phone, clock);
    card.setDeskPerson(QStringLiteral("Maria"));
    card.setStaffNames({QStringLiteral("Joe"), QStringLiteral("Dave")});
    card.setLead(lead.id);
    clock.advanceSecs(60);
    if (action == QLatin1String("card status")) {
        card.statusBox()->setCurrentIndex(card.statusBox()->findText(QStringLiteral("Qualified")));
    } else if (action == QLatin1String("card assignment")) {
        card.staffBox()->setCurrentIndex(card.staffBox()->findText(QStringLiteral("Joe")));
    } else if (action == QLatin1String("board move")) {
        LeadBoard board(t.db(), phone, clock);
        board.setDeskPerson(QStringLiteral("Maria"));
        QVERIFY(board.move(lead.id, lead.revision, LeadStatus::New, LeadStatus::Booked));
    } else if (action == QLatin1String("reply")) {
        // Typed in the composer and sent; the line appears once the text went out.
        ConversationView view(t.db(), phone, clock);
        view.card()->setDeskPerson(QStringLiteral("Maria"));
        view.showLead(lead.id);
        QTest::keyClicks(view.composer()->editor(), QStringLiteral("We can come at 3"));
        QTest::mouseClick(view.composer()->sendButton(), Qt::LeftButton);
        QVERIFY2(view.composer()->text().isEmpty(), "the reply was not queued");
        ScriptedProvider provider;
        provider.clock = &clock;
        OutboxSender sender(t.db(), provider, clock, QStringLiteral("history-test"));
        QSignalSpy finished(&sender, &OutboxSender::finished);
        sender.run();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
        QCOMPARE(provider.sent.size(), 1);
    } else if (action == QLatin1String("not an opt-out") || action == QLatin1String("confirm opt-out")) {
        QVERIFY(OptOutIntentStore(t.db()).flag({kCaller, lead.id, std::nullopt, kT0}).ok());
        ConversationView view(t.db(), phone, clock);
        view.card()->setDeskPerson(QStringLiteral("Maria"));
        view.showLead(lead.id);
        QTest::mouseClick(action == QLatin1String("not an opt-out") ? view.notAnOptOutButton()
                                                                    : view.confirmOptOutButton(),
                          Qt::LeftButton);
        QVERIFY(!OptOutIntentStore(t.db()).flagFor(kCaller).value().has_value());
    } else if (action == QLatin1String("approve held") || action == QLatin1String("decline held")) {
        OutboxItem held;
        held.leadId = lead.id;
        held.kind = OutboxKind::TextBack;
        held.toNumber = kCaller;
        held.fromNumber = kBusiness;
        held.body = QStringLiteral("Sorry we missed your call");
        held.state = OutboxState::Held;
        const qint64 id = OutboxStore(t.db()).enqueue(held, clock.nowUtc()).value().id;
        HeldTextsDialog dialog(t.db(), clock);
        dialog.setDeskPerson(QStringLiteral("Maria"));
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.view()->selectRow(0);
        const bool send = action == QLatin1String("approve held");
        QTest::mouseClick(send ? dialog.sendSelectedButton() : dialog.discardButton(), Qt::LeftButton);
        QCOMPARE(OutboxStore(t.db()).byId(id).value()->state,
                 send ? OutboxState::Pending : OutboxState::Cancelled);
    } else if (action == QLatin1String("block")) {
        QVERIFY(BlockListStore(t.db()).blockByStaff(kCaller, QStringLiteral("Maria"), clock.nowUtc()).ok());
        QCOMPARE(BlockListStore(t.db()).kindOf(kCaller).value(), BlockListStore::Kind::Blocked);
    } else if (action == QLatin1String("unblock")) {
        QVERIFY(BlockListStore(t.db())
                    .add(kCaller, BlockListStore::Kind::Blocked, QStringLiteral("staff"), kT0)
                    .ok());
        QVERIFY(BlockListStore(t.db()).unblockByStaff(kCaller, QStringLiteral("Maria"), clock.nowUtc()).ok());
        QVERIFY(!BlockListStore(t.db()).kindOf(kCaller).value().has_value());
        // Allowing texts again to a number that is not blocked notes nothing more.
        QVERIFY(BlockListStore(t.db()).unblockByStaff(kCaller, QStringLiteral("Maria"), clock.nowUtc()).ok());
    } else {
        // Saved after a pause in typing, then again: one line for one sitting at the notes.
        card.notesEdit()->setPlainText(QStringLiteral("Gate code 1234"));
        card.flushNotes();
        clock.advanceSecs(60);
        card.notesEdit()->setPlainText(QStringLiteral("Gate code 1234, dog in the yard"));
        card.flushNotes();
        QCOMPARE(LeadStore(t.db()).byId(lead.id).value()->notes,
                 QStringLiteral("Gate code 1234, dog in the yard"));
    }
    card.timelineModel()->refresh();
    QCOMPARE(kinds(*card.timelineModel()), QList<int>{kind});
    const QString line = lines(*card.timelineModel()).constFirst();
    QVERIFY2(line.contains(QStringLiteral("Maria")), qPrintable(line));
    if (action == QLatin1String("card assignment"))
        QVERIFY2(line.contains(QStringLiteral("Joe")), qPrintable(line));
    // The notes themselves stay on the card, not copied into the history.
    QVERIFY2(!line.contains(QStringLiteral("Gate code")), qPrintable(line));
}

// Issue 19: the card's "Type" says what is known of the line and where it was learned; without
// anything known, what the number's form suggests.
void TestLeadHistory::cardTypeSaysWhatIsKnown_data()
{
    QTest::addColumn<QString>("lineType"); // looked up; empty: no lookup
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("failedText"); // a text to it failed 30006
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing known") << QString() << QString() << 0 << false
                                   << QStringLiteral("Mobile or landline");
    QTest::newRow("lookup: mobile") << QStringLiteral("mobile") << QStringLiteral("Verizon") << 3 << false
                                    << QStringLiteral("Mobile (carrier: Verizon)");
    QTest::newRow("lookup: landline") << QStringLiteral("landline") << QString() << 3 << false
                                      << QStringLiteral("Landline (Twilio Lookup)");
    QTest::newRow("failed text") << QString() << QString() << 0 << true
                                 << QStringLiteral("Landline (learned from a failed text)");
    QTest::newRow("lookup too old") << QStringLiteral("mobile") << QStringLiteral("Verizon") << 200 << false
                                    << QStringLiteral("Mobile or landline");
}

void TestLeadHistory::cardTypeSaysWhatIsKnown()
{
    QFETCH(QString, lineType);
    QFETCH(QString, carrier);
    QFETCH(int, daysAgo);
    QFETCH(bool, failedText);
    QFETCH(QString, shown);
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    ManualClock clock(kT0);
    const PhoneNumberService phone;
    const Lead lead = LeadStore(t.db()).findOrCreate(kCaller, QStringLiteral("Austin, TX"), kT0).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!lineType.isEmpty())
        QVERIFY(LineTypeStore(t.db())
                    .remember({kCaller, lineType, carrier, QStringLiteral("lookup"), now.addDays(-daysAgo)})
                    .ok());
    if (failedText)
        QVERIFY(BlockListStore(t.db())
                    .add(kCaller, BlockListStore::Kind::CannotText, QStringLiteral("carrier_error"), now,
                         {{QStringLiteral("error"), 30006}})
                    .ok());
    LeadCard card(t.db(), phone, clock);
    card.setLead(lead.id);
    auto* type = card.findChild<QLabel*>(QStringLiteral("leadNumberType"));
    QVERIFY(type);
    QCOMPARE(type->text(), shown);
}

QTEST_MAIN(TestLeadHistory)
#include "tst_leadhistory.moc"
