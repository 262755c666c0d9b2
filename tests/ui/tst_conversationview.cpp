#include "ConversationFixture.h"
#include "automation/OptOutIntent.h"
#include "automation/StaffReply.h"
#include "common/Confirmation.h"
#include "common/LanguageLoader.h"
#include "conversation/Composer.h"
#include "conversation/ConversationView.h"
#include "conversation/LeadCard.h"
#include "conversation/LeadTimelineModel.h"
#include "conversation/PhotoViewer.h"
#include "conversation/SendLaterDialog.h"
#include "conversation/ThreadDelegate.h"
#include "conversation/ThreadHeader.h"
#include "conversation/ThreadModel.h"
#include "conversation/ThreadView.h"
#include "hours/BusinessHoursStore.h"
#include "hours/WallClock.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationListPane.h"
#include "inbox/InboxPage.h"
#include "phone/PhoneNumberService.h"
#include "providers/simulator/SimulatedPhotos.h"
#include "settings/Settings.h"
#include "store/BlockListStore.h"
#include "store/KeyValueStore.h"
#include "store/MediaStore.h"
#include "store/OptOutStore.h"
#include "store/ScheduledTextStore.h"
#include "store/StaffStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QString kDana = QStringLiteral("+15125550147");
const QString kSam = QStringLiteral("+15125550148");

QStringList bodies(const ThreadModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(ThreadModel::BodyRole).toString();
    return out;
}

// Types like a user: keys for Latin-1 characters, an input-method commit (how emoji pickers and
// compose keys deliver them) for the rest.
void typeText(QWidget* widget, const QString& text)
{
    QString latin1;
    const auto flush = [&] {
        if (!latin1.isEmpty())
            QTest::keyClicks(widget, latin1);
        latin1.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x100) {
            latin1 += c;
            continue;
        }
        flush();
        const int length = c.isHighSurrogate() ? 2 : 1;
        QInputMethodEvent commit;
        commit.setCommitString(text.mid(i, length));
        QApplication::sendEvent(widget, &commit);
        i += length - 1;
    }
    flush();
}

int rowOfLead(const QAbstractItemModel& model, qint64 leadId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ConversationListModel::LeadIdRole).toLongLong() == leadId)
            return row;
    }
    return -1;
}

// Send later's office: Austin, open Monday to Friday 8:00-17:00 (Central time).
const QTimeZone kCentral("America/Chicago");

void saveWeekdayHours(Database& db)
{
    BusinessHours hours(kCentral);
    for (int day = 1; day <= 5; ++day)
        hours.addRange(day, {8 * 60, 17 * 60});
    QVERIFY(BusinessHoursStore(db).save(hours, kT0));
}

// Chooses `action` in the Send later menu as a user does: a click on the button opens the menu
// (its own event loop), and a click on the action's place in it.
void chooseSendLater(Composer* composer, QAction* action)
{
    bool clicked = false;
    QTimer::singleShot(0, composer, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        const auto closeMenu = qScopeGuard([menu] { menu->close(); }); // never leave the test hanging
        QCOMPARE(menu->objectName(), QStringLiteral("sendLaterMenu"));
        QVERIFY(action->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        clicked = true;
    });
    QTest::mouseClick(composer->sendLaterButton(), Qt::LeftButton);
    QVERIFY(clicked);
}

// "See you at 9", scheduled for `at` as Send later does; its outbox id.
qint64 scheduleReply(ConversationFixture& f, const Lead& lead, const QDateTime& at)
{
    const PhoneNumberService phone;
    auto queued = StaffReply(f.db(), phone)
                      .queue(lead, QStringLiteral("See you at 9"), {}, f.clock.nowUtc(), QString(), at);
    return queued ? queued->id : 0;
}

// The newest row of the thread.
QModelIndex newest(const ThreadModel& thread)
{
    return thread.index(thread.rowCount() - 1);
}

// The inbox as the app shows it: the list, and the conversation beside it.
struct Inbox
{
    explicit Inbox(ConversationFixture& f)
        : list(f.db(), phone)
        , listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        page.setModel(&list);
        view = new ConversationView(f.db(), phone, f.clock);
        page.setConversationView(view);
        threadTester = std::make_unique<QAbstractItemModelTester>(
            view->threadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        timelineTester = std::make_unique<QAbstractItemModelTester>(
            view->card()->timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 760);
        page.show();
        // These cases were written for the Open list (Needs reply, the default, has its own).
        showFilter(QStringLiteral("Open"));
    }

    // A filter button above the list, as staff click it ("Open", "Done", "Opted out"...).
    void showFilter(const QString& name)
    {
        auto* button = page.findChild<QToolButton*>(QStringLiteral("filter") + QString(name).remove(u' '));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void click(qint64 leadId)
    {
        const int row = rowOfLead(list, leadId);
        QVERIFY(row >= 0);
        const QRect rect = page.list()->visualRect(list.index(row));
        QTest::mouseClick(page.list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    PhoneNumberService phone;
    ConversationListModel list;
    QAbstractItemModelTester listTester;
    InboxPage page;
    ConversationView* view = nullptr;
    std::unique_ptr<QAbstractItemModelTester> threadTester;
    std::unique_ptr<QAbstractItemModelTester> timelineTester;
};
} // namespace

class TestConversationView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void photosOpenFromTheThreadAndTheCard();
    void selectingAConversationShowsItsThread();
    void ctrlEnterQueuesTheReply();
    void aFailedSendKeepsTheText();
    void savedReplyInsertsAtTheCursor();
    void savedRepliesOfANewOfficeAreInTheDesksLanguage_data();
    void savedRepliesOfANewOfficeAreInTheDesksLanguage();
    void cardEditsPersist();
    void revisionConflictIsShownAndReloaded();
    void composerSaysWhyItCannotText_data();
    void composerSaysWhyItCannotText();
    void countWarnsAboutUcs2_data();
    void countWarnsAboutUcs2();
    void refreshKeepsTheTypedText();
    void openConversationSelectsIt();
    void scrollingToTheTopLoadsOlderTexts();
    void typingSentenceNamesEveryone_data();
    void typingSentenceNamesEveryone();
    void arrowingPastARowLeavesItUnread();
    void headerShowsTheLeadAndActs();
    void openConversationStaysListedAndSaysWhy_data();
    void openConversationStaysListedAndSaysWhy();
    void leadOpenedFromTheBoardIsListedBesideIt();
    // Send later (issue 19).
    void sendLaterFromTheMenu_data();
    void sendLaterFromTheMenu();
    void sendLaterAtAPickedTimeInTheBusinessZone();
    void scheduledTextIsEditedAndCancelledFromItsBubble();
    void editOfATextAlreadyClaimedIsRefused();
    void lateReplySuggestsTheirMorning();
    void scheduledTextToSomeoneWhoOptedOutSaysSo();
};

// Catches what "Call back" hands to the system (QDesktopServices::setUrlHandler).
class TelHandler : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened << url; }
};

void TestConversationView::initTestCase()
{
    // English as the app installs it, plural forms included ("1 text", "2 texts").
    QCOMPARE(ui::LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestConversationView::selectingAConversationShowsItsThread()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const Lead sam = f.lead(kSam);
    f.missedCall(dana, 0, 4);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Water heater leaking, can you come today?"), 60);
    f.text(sam, MessageDirection::Inbound, QStringLiteral("Roof quote please"), 30);

    Inbox inbox(f);
    auto* detail = inbox.page.findChild<QStackedWidget*>();
    QVERIFY(detail);
    QLabel* hint = inbox.page.findChild<QLabel*>(QStringLiteral("inboxPickHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(LeadStore(f.db()).byId(dana.id).value()->unread);

    inbox.click(dana.id);
    QVERIFY(inbox.view->isVisible());
    QVERIFY(!hint->isVisible());
    QCOMPARE(inbox.view->leadId(), dana.id);
    QCOMPARE(bodies(*inbox.view->threadModel()),
             (QStringList{inbox.view->threadModel()->index(0).data(ThreadModel::BodyRole).toString(),
                          QStringLiteral("Sorry we missed your call! How can we help?"),
                          QStringLiteral("Water heater leaking, can you come today?")}));
    QVERIFY(bodies(*inbox.view->threadModel()).first().startsWith(QStringLiteral("Missed call ")));
    QCOMPARE(inbox.view->card()->nameEdit()->text(), QString());
    QCOMPARE(inbox.view->card()->numberLabel()->text(), QStringLiteral("(512) 555-0147"));
    QCOMPARE(inbox.view->card()->placeEdit()->text(), QStringLiteral("Austin, TX"));
    QTest::mouseClick(inbox.view->card()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+1 512-555-0147"));
    // Staying on it a moment marks it read, and the list still has it selected after its refresh.
    QTRY_VERIFY(!LeadStore(f.db()).byId(dana.id).value()->unread);
    QCOMPARE(inbox.page.list()->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), dana.id);

    inbox.click(sam.id);
    QCOMPARE(inbox.view->leadId(), sam.id);
    QCOMPARE(bodies(*inbox.view->threadModel()), QStringList{QStringLiteral("Roof quote please")});
}

void TestConversationView::ctrlEnterQueuesTheReply()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    // Dana called the second line and was texted back from it: the reply goes out from it too.
    f.missedCall(dana, 0, 4, QStringLiteral("+15125550199"));

    Inbox inbox(f);
    inbox.click(dana.id);
    QPlainTextEdit* edit = inbox.view->composer()->editor();
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Yes, between 2 and 4."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);

    const auto pending = OutboxStore(f.db()).inState(OutboxState::Pending).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().kind, OutboxKind::Reply);
    QCOMPARE(pending.first().body, QStringLiteral("Yes, between 2 and 4."));
    QCOMPARE(pending.first().toNumber, kDana);
    QCOMPARE(pending.first().fromNumber, QStringLiteral("+15125550199"));
    QVERIFY(!pending.first().callId);

    const ThreadModel& thread = *inbox.view->threadModel();
    const QModelIndex last = thread.index(thread.rowCount() - 1);
    QCOMPARE(last.data(ThreadModel::BodyRole).toString(), QStringLiteral("Yes, between 2 and 4."));
    QVERIFY(last.data(ThreadModel::OutgoingRole).toBool());
    QVERIFY(!last.data(ThreadModel::AutomatedRole).toBool());
    QCOMPARE(last.data(ThreadModel::MetaRole).toString(), QStringLiteral("Queued"));
    QVERIFY(inbox.view->composer()->text().isEmpty());
    // The list shows the reply as the conversation's last text.
    QCOMPARE(
        inbox.list.index(rowOfLead(inbox.list, dana.id)).data(ConversationListModel::SnippetRole).toString(),
        QStringLiteral("You: Yes, between 2 and 4."));

    // The Send button does the same.
    QTest::keyClicks(edit, QStringLiteral("See you then"));
    QTest::mouseClick(inbox.view->composer()->sendButton(), Qt::LeftButton);
    QCOMPARE(OutboxStore(f.db()).inState(OutboxState::Pending).value().size(), 2);
}

void TestConversationView::aFailedSendKeepsTheText()
{
    // A lead Ringback has no call or text for, and no business number in Settings: it cannot
    // tell which number to send from.
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    Inbox inbox(f);
    inbox.page.openConversation(dana.id);
    QTest::keyClicks(inbox.view->composer()->editor(), QStringLiteral("Hello"));
    QTest::keyClick(inbox.view->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(OutboxStore(f.db()).inState(OutboxState::Pending).value().size(), 0);
    QCOMPARE(inbox.view->composer()->text(), QStringLiteral("Hello"));
    QLabel* error = inbox.view->composer()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Settings")), qPrintable(error->text()));
}

void TestConversationView::savedReplyInsertsAtTheCursor()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    Inbox inbox(f);
    inbox.page.openConversation(dana.id);
    Composer* composer = inbox.view->composer();
    QTest::keyClicks(composer->editor(), QStringLiteral("Hi Dana. "));
    const QList<QAction*> replies = composer->savedRepliesButton()->menu()->actions();
    QVERIFY(!replies.isEmpty()); // the defaults from Settings
    replies.first()->trigger();
    QCOMPARE(composer->text(),
             QStringLiteral("Hi Dana. Thanks! Could you send the address and a photo of the problem?"));
}

// Issue 15, seen 8: the demo's saved replies stayed English on a Spanish or French desk.
void TestConversationView::savedRepliesOfANewOfficeAreInTheDesksLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstReply");
    QTest::newRow("es")
        << "es"
        << QStringLiteral("\u00A1Gracias! \u00BFNos puede enviar la direcci\u00F3n y una foto del problema?");
    QTest::newRow("fr") << "fr"
                        << QStringLiteral(
                               "Merci ! Pouvez-vous nous envoyer l'adresse et une photo du probl\u00E8me ?");
}

void TestConversationView::savedRepliesOfANewOfficeAreInTheDesksLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, firstReply);
    QCOMPARE(LanguageLoader::install(language), language);
    const auto english = qScopeGuard([] { LanguageLoader::install(QStringLiteral("en")); });
    {
        ConversationFixture f;
        const Lead dana = f.lead(kDana);
        f.text(dana, MessageDirection::Inbound, QStringLiteral("Hola"), 10);
        Inbox inbox(f);
        inbox.page.openConversation(dana.id);
        const QList<QAction*> replies = inbox.view->composer()->savedRepliesButton()->menu()->actions();
        QVERIFY(replies.size() >= 3);
        replies.first()->trigger();
        QCOMPARE(inbox.view->composer()->text(), firstReply);

        // Once the office writes its own, they are kept as written whatever the desk's language.
        KeyValueStore shared(f.db(), KeyValueStore::Table::Settings);
        QVERIFY(Settings(&shared, nullptr)
                    .setValue(SettingKey::SavedReplies, QStringList{QStringLiteral("On our way!")}));
        QCOMPARE(Settings(&shared, nullptr).listValue(SettingKey::SavedReplies),
                 QStringList{QStringLiteral("On our way!")});
    }
}

void TestConversationView::cardEditsPersist()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    KeyValueStore shared(f.db(), KeyValueStore::Table::Settings);
    QVERIFY(
        Settings(&shared, nullptr)
            .setValue(SettingKey::StaffNames, QStringList{QStringLiteral("Maria"), QStringLiteral("Luis")}));
    {
        Inbox inbox(f);
        inbox.click(dana.id);
        LeadCard* card = inbox.view->card();
        QCOMPARE(card->statusBox()->currentText(), QStringLiteral("New"));
        card->statusBox()->setFocus();
        for (int i = 0; i < 4; ++i) // New -> Texted -> Replied -> Qualified -> Booked
            QTest::keyClick(card->statusBox(), Qt::Key_Down);
        QCOMPARE(card->statusBox()->currentText(), QStringLiteral("Booked"));
        QTest::keyClicks(card->nameEdit(), QStringLiteral("Dana Whitfield"));
        QTest::keyClick(card->nameEdit(), Qt::Key_Return);
        QTest::keyClicks(card->needEdit(), QStringLiteral("Water heater"));
        QTest::keyClick(card->needEdit(), Qt::Key_Return);
        card->valueBox()->setFocus();
        card->valueBox()->selectAll();
        QTest::keyClicks(card->valueBox(), QStringLiteral("650"));
        QTest::keyClick(card->valueBox(), Qt::Key_Return);
        card->staffBox()->setCurrentIndex(card->staffBox()->findText(QStringLiteral("Maria")));
        QTest::keyClicks(card->notesEdit(), QStringLiteral("Gate code 1234"));

        Lead saved = LeadStore(f.db()).byId(dana.id).value().value();
        QCOMPARE(saved.status, LeadStatus::Booked);
        QCOMPARE(saved.displayName, QStringLiteral("Dana Whitfield"));
        QCOMPARE(saved.need, QStringLiteral("Water heater"));
        QCOMPARE(saved.estimatedValueCents, std::optional<qint64>(65000));
        QVERIFY(saved.assignedStaffId);
        QCOMPARE(StaffStore(f.db()).active().value().first().id, *saved.assignedStaffId);
        QCOMPARE(saved.notes, QString()); // notes wait for a pause in typing...
        QTRY_COMPARE(LeadStore(f.db()).byId(dana.id).value()->notes,
                     QStringLiteral("Gate code 1234")); // ...then save
        QVERIFY(!card->messageLabel()->isVisible());
        // Booked is done: the conversation leaves "Open" but, open beside the list, stays listed
        // (first) with a line saying why; it shows, renamed, under "Done".
        QTRY_COMPARE(rowOfLead(inbox.list, dana.id), 0);
        QVERIFY(!inbox.list.index(0).data(ConversationListModel::InListRole).toBool());
        QCOMPARE(inbox.view->leadId(), dana.id); // still open beside the list
        QVERIFY(inbox.view->listNote()->isVisible());
        QCOMPARE(inbox.view->listNote()->text(), QStringLiteral("Moved out of Open: marked Booked."));
        inbox.showFilter(QStringLiteral("Done"));
        QCOMPARE(inbox.list.index(rowOfLead(inbox.list, dana.id))
                     .data(ConversationListModel::TitleRole)
                     .toString(),
                 QStringLiteral("Dana Whitfield"));
    }
    // A new window (a restart) shows what was saved.
    Inbox again(f);
    again.page.openConversation(dana.id);
    LeadCard* card = again.view->card();
    QCOMPARE(card->statusBox()->currentText(), QStringLiteral("Booked"));
    QCOMPARE(card->nameEdit()->text(), QStringLiteral("Dana Whitfield"));
    QCOMPARE(card->valueBox()->value(), 650.0);
    QCOMPARE(card->staffBox()->currentText(), QStringLiteral("Maria"));
    QCOMPARE(card->notesEdit()->toPlainText(), QStringLiteral("Gate code 1234"));
}

void TestConversationView::revisionConflictIsShownAndReloaded()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    Inbox inbox(f);
    inbox.page.openConversation(dana.id);

    // Another desk renames her first.
    Lead theirs = LeadStore(f.db()).byId(dana.id).value().value();
    theirs.displayName = QStringLiteral("Dana W. (Maria)");
    QVERIFY(LeadStore(f.db()).save(theirs, kT0.addSecs(100)));

    LeadCard* card = inbox.view->card();
    QTest::keyClicks(card->nameEdit(), QStringLiteral("Dana Whitfield"));
    QTest::keyClick(card->nameEdit(), Qt::Key_Return);

    QVERIFY(card->messageLabel()->isVisible());
    QVERIFY2(card->messageLabel()->text().contains(QStringLiteral("Someone else changed this lead")),
             qPrintable(card->messageLabel()->text()));
    QCOMPARE(card->nameEdit()->text(), QStringLiteral("Dana W. (Maria)"));
    QCOMPARE(LeadStore(f.db()).byId(dana.id).value()->displayName, QStringLiteral("Dana W. (Maria)"));

    // Made again on top of their version, the edit saves.
    card->nameEdit()->selectAll();
    QTest::keyClicks(card->nameEdit(), QStringLiteral("Dana Whitfield"));
    QTest::keyClick(card->nameEdit(), Qt::Key_Return);
    QCOMPARE(LeadStore(f.db()).byId(dana.id).value()->displayName, QStringLiteral("Dana Whitfield"));
    QVERIFY(!card->messageLabel()->isVisible());
}

void TestConversationView::composerSaysWhyItCannotText_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("block");
    QTest::addColumn<bool>("banner");
    QTest::newRow("opted out") << kDana << int(TextingBlock::OptedOut) << true;
    QTest::newRow("blocked") << kDana << int(TextingBlock::Blocked) << false;
    QTest::newRow("learned undeliverable") << kDana << int(TextingBlock::CannotReceiveTexts) << false;
    QTest::newRow("landline") << QStringLiteral("+442079460000") << int(TextingBlock::CannotReceiveTexts)
                              << false;
}

void TestConversationView::composerSaysWhyItCannotText()
{
    QFETCH(QString, number);
    QFETCH(int, block);
    QFETCH(bool, banner);
    ConversationFixture f;
    const Lead lead = f.lead(number);
    f.text(lead, MessageDirection::Inbound, QStringLiteral("STOP"), 10);
    if (QByteArray(QTest::currentDataTag()) == "opted out")
        QVERIFY(OptOutStore(f.db()).optOut({number, QStringLiteral("keyword"), QStringLiteral("STOP"), kT0}));
    else if (QByteArray(QTest::currentDataTag()) == "blocked")
        QVERIFY(BlockListStore(f.db()).add(number, BlockListStore::Kind::Blocked, QString(), kT0));
    else if (QByteArray(QTest::currentDataTag()) == "learned undeliverable")
        QVERIFY(BlockListStore(f.db()).add(number, BlockListStore::Kind::CannotText, QString(), kT0));

    Inbox inbox(f);
    if (QByteArray(QTest::currentDataTag()) == "opted out")
        inbox.showFilter(QStringLiteral("Opted out")); // they are not in "Open" any more
    inbox.click(lead.id);
    Composer* composer = inbox.view->composer();
    QVERIFY(!composer->editor()->isEnabled());
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY(composer->blockedLabel()->isVisible());
    QCOMPARE(composer->blockedLabel()->text(), StaffReply::explain(TextingBlock(block)));
    QCOMPARE(inbox.view->optOutBanner()->isVisible(), banner);
    if (banner)
        QVERIFY(inbox.view->optOutBanner()->text().contains(QStringLiteral("STOP")));
}

void TestConversationView::countWarnsAboutUcs2_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("warnsAbout"); // empty: no warning
    QTest::newRow("plain text") << QStringLiteral("See you at 9") << QStringLiteral("12 characters · 1 SMS")
                                << QString();
    QTest::newRow("emoji") << QStringLiteral("See you at 9 🙂") << QStringLiteral("14 characters · 1 SMS")
                           << QStringLiteral("🙂");
    QTest::newRow("curly quote") << QStringLiteral("It’s fixed") << QStringLiteral("10 characters · 1 SMS")
                                 << QStringLiteral("’");
    QTest::newRow("one character") << QStringLiteral("k") << QStringLiteral("1 character · 1 SMS")
                                   << QString();
    QTest::newRow("two parts") << QString(161, QLatin1Char('a')) << QStringLiteral("161 characters · 2 SMS")
                               << QString();
}

void TestConversationView::countWarnsAboutUcs2()
{
    QFETCH(QString, typed);
    QFETCH(QString, count);
    QFETCH(QString, warnsAbout);
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    Inbox inbox(f);
    inbox.page.openConversation(dana.id);
    Composer* composer = inbox.view->composer();
    typeText(composer->editor(), typed);
    QCOMPARE(composer->text(), typed);
    QCOMPARE(composer->countLabel()->text(), count);
    QCOMPARE(composer->warningLabel()->isVisible(), !warnsAbout.isEmpty());
    if (!warnsAbout.isEmpty())
        QVERIFY2(composer->warningLabel()->text().contains(warnsAbout),
                 qPrintable(composer->warningLabel()->text()));
}

void TestConversationView::refreshKeepsTheTypedText()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    Inbox inbox(f);
    inbox.click(dana.id);
    QTest::keyClicks(inbox.view->composer()->editor(), QStringLiteral("Half a rep"));

    f.text(dana, MessageDirection::Inbound, QStringLiteral("Are you there?"), 20);
    inbox.list.refresh(); // what the worker's storeChanged does
    inbox.view->refresh();
    QCOMPARE(bodies(*inbox.view->threadModel()),
             (QStringList{QStringLiteral("Hi"), QStringLiteral("Are you there?")}));
    QCOMPARE(inbox.view->composer()->text(), QStringLiteral("Half a rep"));
    QCOMPARE(inbox.view->leadId(), dana.id);
    QVERIFY(inbox.view->threadView()->isAtNewest());
    QCOMPARE(inbox.page.list()->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), dana.id);
}

void TestConversationView::openConversationSelectsIt()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const Lead sam = f.lead(kSam);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    f.text(sam, MessageDirection::Inbound, QStringLiteral("Hello"), 20);
    Inbox inbox(f);
    inbox.page.openConversation(sam.id);
    QCOMPARE(inbox.view->leadId(), sam.id);
    QCOMPARE(inbox.page.list()->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), sam.id);
    QCOMPARE(inbox.view->card()->numberLabel()->text(), QStringLiteral("(512) 555-0148"));
}

void TestConversationView::scrollingToTheTopLoadsOlderTexts()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const int total = 3 * ThreadModel::kPageSize;
    for (int i = 0; i < total; ++i)
        f.text(dana, MessageDirection::Inbound, QStringLiteral("text %1").arg(i), i * 10);
    Inbox inbox(f);
    inbox.click(dana.id);
    ThreadView* view = inbox.view->threadView();
    QScrollBar* bar = view->verticalScrollBar();
    QCOMPARE(inbox.view->threadModel()->rowCount(), ThreadModel::kPageSize);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // opens at the newest text

    // The text that was at the top stays where it was while the page above it is read.
    bar->setValue(bar->minimum());
    QTRY_COMPARE(inbox.view->threadModel()->rowCount(), 2 * ThreadModel::kPageSize);
    const QModelIndex wasOldest = inbox.view->threadModel()->index(ThreadModel::kPageSize);
    QCOMPARE(wasOldest.data(ThreadModel::BodyRole).toString(),
             QStringLiteral("text %1").arg(2 * ThreadModel::kPageSize));
    QVERIFY2(qAbs(view->visualRect(wasOldest).top()) <= 2,
             qPrintable(QString::number(view->visualRect(wasOldest).top())));
    QVERIFY(bar->value() > 0);
}

void TestConversationView::typingSentenceNamesEveryone_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("nobody") << QStringList() << QString();
    QTest::newRow("one") << QStringList{QStringLiteral("Maria")} << QStringLiteral("Maria is replying…");
    QTest::newRow("two") << QStringList{QStringLiteral("Luis"), QStringLiteral("Maria")}
                         << QStringLiteral("Luis and Maria are replying…");
    QTest::newRow("three") << QStringList{QStringLiteral("Ana"), QStringLiteral("Luis"),
                                          QStringLiteral("Maria")}
                           << QStringLiteral("Ana and 2 others are replying…");
}

void TestConversationView::typingSentenceNamesEveryone()
{
    QFETCH(QStringList, names);
    QFETCH(QString, sentence);
    QCOMPARE(ConversationView::typingSentence(names), sentence);
}

void TestConversationView::arrowingPastARowLeavesItUnread()
{
    // What was seen: arrowing past a row marked it read.
    ConversationFixture f;
    QList<Lead> leads;
    for (int i = 0; i < 3; ++i) {
        leads << f.lead(QStringLiteral("+1512555016%1").arg(i));
        f.text(leads.last(), MessageDirection::Inbound, QStringLiteral("Hello %1").arg(i), 10 * (i + 1));
    }
    Inbox inbox(f);
    QVERIFY(QTest::qWaitForWindowExposed(&inbox.page));
    QListView* list = inbox.page.list();
    inbox.click(inbox.list.index(0).data(ConversationListModel::LeadIdRole).toLongLong());
    const qint64 first = inbox.view->leadId();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const qint64 passed = inbox.view->leadId();
    QTest::keyClick(list, Qt::Key_Down);
    const qint64 stopped = inbox.view->leadId();
    QVERIFY(first != passed && passed != stopped && stopped != first);
    // The one the cursor rests on is read once it has stayed open a moment...
    QTRY_VERIFY(!LeadStore(f.db()).byId(stopped).value()->unread);
    // ...the ones it passed are not.
    QVERIFY(LeadStore(f.db()).byId(first).value()->unread);
    QVERIFY(LeadStore(f.db()).byId(passed).value()->unread);
    QTRY_VERIFY(
        !inbox.list.index(inbox.list.rowOfLead(stopped)).data(ConversationListModel::UnreadRole).toBool());
    QVERIFY(inbox.list.index(inbox.list.rowOfLead(passed)).data(ConversationListModel::UnreadRole).toBool());
}

void TestConversationView::headerShowsTheLeadAndActs()
{
    ConversationFixture f;
    Lead dana = f.lead(kDana);
    dana.displayName = QStringLiteral("Dana Whitfield");
    QVERIFY(LeadStore(f.db()).save(dana, kT0).ok());
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Basement's flooding"), 10);
    TelHandler tel;
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &tel, "open");
    const auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("tel")); });

    Inbox inbox(f);
    inbox.view->card()->setDeskPerson(QStringLiteral("Maria"));
    QVERIFY(QTest::qWaitForWindowActive(&inbox.page));
    inbox.click(dana.id);
    ThreadHeader* header = inbox.view->header();
    QVERIFY(header->isVisible());
    QCOMPARE(header->titleLabel()->text(), QStringLiteral("Dana Whitfield"));
    QCOMPARE(header->titleLabel()->textFormat(), Qt::PlainText);
    QVERIFY(header->detailsLabel()->text().contains(QStringLiteral("(512) 555-0147")));
    QVERIFY(header->detailsLabel()->text().contains(QStringLiteral("Austin, TX")));
    // The status as the list says it: the customer spoke last.
    QTRY_COMPARE(header->statusLabel()->text(), QStringLiteral("Needs reply"));
    QCOMPARE(header->assigneeLabel()->text(), QStringLiteral("Nobody has it yet"));

    // Assign to me, by its shortcut, from wherever the focus is in the window.
    QVERIFY(header->assignToMeAction()->isEnabled());
    inbox.page.list()->setFocus();
    QTest::keyClick(inbox.page.list(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    const Lead assigned = LeadStore(f.db()).byId(dana.id).value().value();
    QVERIFY(assigned.assignedStaffId);
    QCOMPARE(StaffStore(f.db()).active().value().first().name, QStringLiteral("Maria"));
    QCOMPARE(header->assigneeLabel()->text(), QStringLiteral("Assigned to Maria"));
    QVERIFY(!header->assignToMeAction()->isEnabled());
    QCOMPARE(inbox.view->card()->staffBox()->currentText(), QStringLiteral("Maria"));

    // Call back opens the system's phone handler with the number.
    QTest::mouseClick(header->findChild<QToolButton*>(QStringLiteral("callBackButton")), Qt::LeftButton);
    QCOMPARE(tel.opened, QList<QUrl>{QUrl(QStringLiteral("tel:+15125550147"))});

    // Read after a moment; Mark unread makes it unread and it stays so while it stays open.
    QTRY_VERIFY(!LeadStore(f.db()).byId(dana.id).value()->unread);
    QVERIFY(header->markUnreadAction()->isEnabled());
    QTest::mouseClick(header->findChild<QToolButton*>(QStringLiteral("markUnreadButton")), Qt::LeftButton);
    QVERIFY(LeadStore(f.db()).byId(dana.id).value()->unread);
    inbox.view->setReadDelay(10);
    inbox.view->refresh();
    QTest::qWait(100); // nothing to wait for: it must not happen
    QVERIFY(LeadStore(f.db()).byId(dana.id).value()->unread);
    QTRY_VERIFY(
        inbox.list.index(inbox.list.rowOfLead(dana.id)).data(ConversationListModel::UnreadRole).toBool());
}

void TestConversationView::openConversationStaysListedAndSaysWhy_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("note");
    QTest::newRow("texted STOP") << "stop"
                                 << "Texted STOP: no more texts will go to this number.";
    QTest::newRow("staff answered") << "answer"
                                    << "Moved out of Needs reply: you answered.";
    QTest::newRow("a search that does not match it")
        << "search"
        << "Does not match \u201czebra\u201d: shown because it is open.";
}

void TestConversationView::openConversationStaysListedAndSaysWhy()
{
    // What was seen: a caller answered a moment ago texted STOP and silently vanished; a search
    // hid the open conversation.
    QFETCH(QString, change);
    QFETCH(QString, note);
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const Lead sam = f.lead(kSam);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Can you come today?"), 10);
    f.text(sam, MessageDirection::Inbound, QStringLiteral("Roof quote please"), 30);
    Inbox inbox(f);
    inbox.showFilter(QStringLiteral("Needsreply"));
    QCOMPARE(inbox.list.rowCount(), 2);
    inbox.click(dana.id);
    QVERIFY(!inbox.view->listNote()->isVisible());

    if (change == QLatin1String("stop")) {
        f.text(dana, MessageDirection::Inbound, QStringLiteral("STOP"), 3000);
        QVERIFY(OptOutStore(f.db())
                    .optOut({dana.e164, QStringLiteral("keyword"), QStringLiteral("STOP"), kT0})
                    .ok());
        inbox.list.refresh();
        inbox.view->refresh();
    } else if (change == QLatin1String("answer")) {
        QTest::keyClicks(inbox.view->composer()->editor(), QStringLiteral("Yes, at 3"));
        QTest::keyClick(inbox.view->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    } else {
        QTest::keyClicks(inbox.page.conversations()->searchField(), QStringLiteral("zebra"));
    }
    // Still open, still listed (first), still picked, and a line says why it left the list.
    QTRY_COMPARE(inbox.view->listNote()->text(), note);
    QVERIFY(inbox.view->listNote()->isVisible());
    QCOMPARE(inbox.view->leadId(), dana.id);
    QCOMPARE(inbox.list.rowOfLead(dana.id), 0);
    QCOMPARE(inbox.page.list()->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(), dana.id);
    QVERIFY(inbox.page.list()->isVisible()); // not "No conversation ... matches"
    // Picking another conversation lets it go.
    if (change != QLatin1String("search")) {
        inbox.click(sam.id);
        QTRY_COMPARE(inbox.list.rowOfLead(dana.id), -1);
        QVERIFY(!inbox.view->listNote()->isVisible());
    }
}

void TestConversationView::leadOpenedFromTheBoardIsListedBesideIt()
{
    // What was seen: opening a lead from the board left the list reading "No conversation in Open
    // matches '7328'" beside her open thread.
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    const Lead sam = f.lead(kSam);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Hi"), 10);
    f.text(sam, MessageDirection::Outbound, QStringLiteral("See you at 9"), 20);
    Inbox inbox(f);
    inbox.showFilter(QStringLiteral("Needsreply"));
    QTest::keyClicks(inbox.page.conversations()->searchField(), QStringLiteral("7328"));
    QTRY_COMPARE(inbox.list.rowCount(), 0);
    inbox.page.openConversation(sam.id); // from the board: answered, and no match for 7328
    QCOMPARE(inbox.view->leadId(), sam.id);
    QTRY_COMPARE(inbox.list.rowOfLead(sam.id), 0);
    QVERIFY(inbox.page.list()->isVisible());
    QVERIFY(!inbox.page.findChild<QLabel*>(QStringLiteral("inboxEmptyTitle"))->isVisible());
    QTRY_COMPARE(inbox.page.list()->currentIndex().data(ConversationListModel::LeadIdRole).toLongLong(),
                 sam.id);
    QVERIFY(inbox.view->listNote()->isVisible());
}

void TestConversationView::photosOpenFromTheThreadAndTheCard()
{
    ConversationFixture f;
    const Lead dana = f.lead(kDana);
    f.text(dana, MessageDirection::Inbound, QStringLiteral("Water heater is leaking"), 60);
    Message sent;
    sent.providerMessageId = QStringLiteral("MM1");
    sent.leadId = dana.id;
    sent.direction = MessageDirection::Inbound;
    sent.fromNumber = dana.e164;
    sent.toNumber = kBusinessNumber;
    sent.body = QStringLiteral("Here you go");
    sent.status = MessageStatus::Received;
    sent.createdAt = kT0.addSecs(120);
    sent.mediaCount = 2;
    const auto stored = MessageStore(f.db()).upsertFromProvider(sent, sent.createdAt);
    QVERIFY(stored);
    QVERIFY(LeadStore(f.db()).touch(dana.id, sent.createdAt, true));
    QVERIFY(f.db().exec(QStringLiteral("UPDATE leads SET photo_count = 2 WHERE id = ?"), {dana.id}));
    // As the worker records them: both listed, the first one kept, the second still on its way.
    MediaStore media(f.db());
    QList<MessageMedia> listed;
    for (int i = 0; i < 2; ++i) {
        MessageMedia m;
        m.providerMediaId = QStringLiteral("ME%1").arg(i);
        m.contentType = QString::fromLatin1(sim::SimulatedPhotos::kContentType);
        m.position = i;
        m.location = QStringLiteral("MM1/%1").arg(i);
        listed << m;
    }
    QVERIFY(media.recordListing(stored->id, listed, sent.createdAt));
    const QList<MessageMedia> recorded = media.forMessage(stored->id).value();
    const QByteArray first = sim::SimulatedPhotos::photo(QStringLiteral("MM1"), 0);
    QVERIFY(media.keep(recorded.at(0).id, first, QStringLiteral("image/svg+xml"), sent.createdAt));

    Inbox inbox(f);
    inbox.click(dana.id);
    ThreadView* thread = inbox.view->threadView();
    QTRY_COMPARE(inbox.view->threadModel()->rowCount(), 2);
    const QModelIndex withPhotos = inbox.view->threadModel()->index(1);
    QCOMPARE(withPhotos.data(ThreadModel::MediaCountRole).toInt(), 2);
    QCOMPARE(inbox.view->threadModel()->index(0).data(ThreadModel::MediaCountRole).toInt(), 0);

    // The text's "View 2 photos" line, clicked, opens its photos.
    auto* delegate = qobject_cast<ThreadDelegate*>(thread->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.rect = thread->visualRect(withPhotos);
    option.font = thread->font();
    const QRect link = delegate->mediaLinkRect(option, withPhotos);
    QVERIFY(!link.isEmpty());
    QVERIFY(option.rect.contains(option.rect.topLeft() + link.center()));
    QTest::mouseClick(thread->viewport(), Qt::LeftButton, {}, option.rect.topLeft() + link.center());
    auto* viewer = inbox.view->findChild<PhotoViewer*>();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    QCOMPARE(viewer->count(), 2);
    QCOMPARE(viewer->current(), 0);
    QCOMPARE(viewer->caption()->text(), QStringLiteral("Photo 1 of 2"));
    QVERIFY(!viewer->image()->pixmap().isNull());
    QCOMPARE(viewer->currentBytes(), first);
    QVERIFY(viewer->saveButton()->isEnabled());
    QCOMPARE(viewer->suggestedFileName(), QStringLiteral("photo-15125550147-1.svg"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(viewer->saveTo(dir.filePath(QStringLiteral("p.svg")), &error), qPrintable(error));
    QFile saved(dir.filePath(QStringLiteral("p.svg")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), first);

    // The second is on its way: said so, nothing to save; it shows once the worker kept it.
    QTest::mouseClick(viewer->nextButton(), Qt::LeftButton);
    QCOMPARE(viewer->current(), 1);
    QCOMPARE(viewer->caption()->text(), QStringLiteral("Photo 2 of 2"));
    QVERIFY(viewer->image()->pixmap().isNull());
    QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("photoStatus"))
                ->text()
                .contains(QStringLiteral("on its way")));
    QVERIFY(!viewer->saveButton()->isEnabled());
    QVERIFY(!viewer->nextButton()->isEnabled());
    const QByteArray second = sim::SimulatedPhotos::photo(QStringLiteral("MM1"), 1);
    QVERIFY(media.keep(recorded.at(1).id, second, QStringLiteral("image/svg+xml"), sent.createdAt));
    viewer->reload();
    QCOMPARE(viewer->current(), 1);
    QVERIFY(!viewer->image()->pixmap().isNull());
    QCOMPARE(viewer->currentBytes(), second);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->current(), 0);
    viewer->close();
    QTRY_VERIFY(!inbox.view->findChild<PhotoViewer*>());

    // The card says how many, with a link that opens them at the first.
    QLabel* photos = inbox.view->card()->photosLabel();
    QVERIFY(photos->isVisible());
    QVERIFY(photos->text().contains(QStringLiteral("2 photos in the conversation")));
    emit photos->linkActivated(QStringLiteral("photos"));
    viewer = inbox.view->findChild<PhotoViewer*>();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    QCOMPARE(viewer->current(), 0);
    QCOMPARE(viewer->count(), 2);
}

void TestConversationView::sendLaterFromTheMenu_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QDateTime>("expected");
    // The fixture's clock: Monday 2 March 2026, 15:00 UTC = 9:00 in Austin, open.
    QTest::newRow("tomorrow at opening time")
        << QStringLiteral("opening") << wallclock::toUtc(QDate(2026, 3, 3), 8 * 60, kCentral);
    QTest::newRow("in 1 hour") << QStringLiteral("hour") << kT0.addSecs(2 * 3600);
}

void TestConversationView::sendLaterFromTheMenu()
{
    QFETCH(QString, choice);
    QFETCH(QDateTime, expected);
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana);
    f.missedCall(dana, 0, 4);
    Inbox inbox(f);
    inbox.click(dana.id);
    Composer* composer = inbox.view->composer();
    QVERIFY(!composer->sendLaterButton()->isEnabled()); // nothing typed yet
    QTest::keyClicks(composer->editor(), QStringLiteral("We can come tomorrow at 9."));
    QVERIFY(composer->sendLaterButton()->isEnabled());

    QAction* action =
        choice == QLatin1String("opening") ? composer->sendAtOpeningAction() : composer->sendInAnHourAction();
    chooseSendLater(composer, action);
    // The menu says the actual time of the business's next opening.
    QCOMPARE(composer->sendAtOpeningAction()->text(),
             Composer::whenText(wallclock::toUtc(QDate(2026, 3, 3), 8 * 60, kCentral), f.clock.nowUtc(),
                                kCentral));
    QVERIFY(composer->sendAtOpeningAction()->text().startsWith(QStringLiteral("Tomorrow at ")));

    const auto pending = OutboxStore(f.db()).inState(OutboxState::Pending).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().kind, OutboxKind::Reply);
    QCOMPARE(pending.first().body, QStringLiteral("We can come tomorrow at 9."));
    QCOMPARE(pending.first().scheduledFor, expected);
    QCOMPARE(pending.first().notBefore, expected);
    QVERIFY(composer->text().isEmpty());

    // In the thread, where it was written: "Scheduled for Tue 8:00" (the business's zone).
    const QModelIndex last = newest(*inbox.view->threadModel());
    QCOMPARE(last.data(ThreadModel::BodyRole).toString(), QStringLiteral("We can come tomorrow at 9."));
    QCOMPARE(last.data(ThreadModel::ScheduledForRole).toDateTime(), expected);
    QCOMPARE(last.data(ThreadModel::MetaRole).toString(),
             QStringLiteral("Scheduled for %1").arg(ThreadModel::scheduledText(expected, kCentral)));
    // Edit and Cancel are there to click.
    QVERIFY(!inbox.view->threadView()->linkRect(last, true).isEmpty());
    QVERIFY(!inbox.view->threadView()->linkRect(last, false).isEmpty());
}

void TestConversationView::sendLaterAtAPickedTimeInTheBusinessZone()
{
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana);
    f.missedCall(dana, 0, 4);
    Inbox inbox(f);
    inbox.click(dana.id);
    Composer* composer = inbox.view->composer();
    QTest::keyClicks(composer->editor(), QStringLiteral("Your part came in."));
    chooseSendLater(composer, composer->sendAtPickedTimeAction());
    auto* dialog = composer->findChild<SendLaterDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // 10:30 on Thursday 5 March at the business, whatever this computer's zone.
    dialog->dateEdit()->setDate(QDate(2026, 3, 5));
    dialog->timeEdit()->setTime(QTime(10, 30));
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const auto pending = OutboxStore(f.db()).inState(OutboxState::Pending).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().scheduledFor, wallclock::toUtc(QDate(2026, 3, 5), 10 * 60 + 30, kCentral));
    QCOMPARE(pending.first().scheduledFor, QDateTime(QDate(2026, 3, 5), QTime(16, 30), Qt::UTC));

    // A moment in the past cannot be chosen.
    QTest::keyClicks(composer->editor(), QStringLiteral("Another"));
    chooseSendLater(composer, composer->sendAtPickedTimeAction());
    QTRY_VERIFY(composer->findChild<SendLaterDialog*>() &&
                composer->findChild<SendLaterDialog*>()->isVisible());
    dialog = composer->findChild<SendLaterDialog*>();
    dialog->dateEdit()->setDate(QDate(2026, 3, 2));
    dialog->timeEdit()->setTime(QTime(8, 0)); // 8:00 today in Austin: an hour ago
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisible());
    dialog->reject();
}

void TestConversationView::scheduledTextIsEditedAndCancelledFromItsBubble()
{
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana);
    f.missedCall(dana, 0, 4);
    const QDateTime at = wallclock::toUtc(QDate(2026, 3, 3), 8 * 60, kCentral);
    const qint64 id = scheduleReply(f, dana, at);
    Inbox inbox(f);
    inbox.click(dana.id);
    ThreadView* view = inbox.view->threadView();
    const ThreadModel& thread = *inbox.view->threadModel();
    QCOMPARE(newest(thread).data(ThreadModel::OutboxIdRole).toLongLong(), id);

    // Edit: the words and the time.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->linkRect(newest(thread), true).center());
    auto* dialog = inbox.view->findChild<SendLaterDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->body(), QStringLiteral("See you at 9"));
    QCOMPARE(dialog->moment(), at);
    dialog->bodyEdit()->setPlainText(QStringLiteral("See you at 9:30"));
    dialog->timeEdit()->setTime(QTime(9, 0));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(OutboxStore(f.db()).byId(id).value()->body, QStringLiteral("See you at 9:30"));
    QCOMPARE(OutboxStore(f.db()).byId(id).value()->scheduledFor, at.addSecs(3600));
    QCOMPARE(newest(thread).data(ThreadModel::BodyRole).toString(), QStringLiteral("See you at 9:30"));
    QCOMPARE(newest(thread).data(ThreadModel::ScheduledForRole).toDateTime(), at.addSecs(3600));

    // Cancel: asked first; no is no.
    const int rows = thread.rowCount();
    Confirmation::setNextAnswer(false);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->linkRect(newest(thread), false).center());
    QCOMPARE(OutboxStore(f.db()).byId(id).value()->state, OutboxState::Pending);
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->linkRect(newest(thread), false).center());
    QCOMPARE(OutboxStore(f.db()).byId(id).value()->state, OutboxState::Cancelled);
    QCOMPARE(thread.rowCount(), rows - 1);
}

void TestConversationView::editOfATextAlreadyClaimedIsRefused()
{
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana);
    f.missedCall(dana, 0, 4);
    const QDateTime at = f.clock.nowUtc().addSecs(60);
    const qint64 id = scheduleReply(f, dana, at);
    Inbox inbox(f);
    inbox.click(dana.id);
    ThreadView* view = inbox.view->threadView();
    const ThreadModel& thread = *inbox.view->threadModel();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->linkRect(newest(thread), true).center());
    auto* dialog = inbox.view->findChild<SendLaterDialog*>();
    QVERIFY(dialog);
    dialog->bodyEdit()->setPlainText(QStringLiteral("Changed my mind"));
    // Meanwhile its moment came and the sending desk claimed it.
    auto claimed = OutboxStore(f.db()).claimNext(QStringLiteral("worker"), at, 20'000);
    QVERIFY(claimed && claimed->has_value() && (*claimed)->id == id);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(OutboxStore(f.db()).byId(id).value()->body, QStringLiteral("See you at 9"));
    QVERIFY(inbox.view->composer()->errorLabel()->isVisible());
    QCOMPARE(inbox.view->composer()->errorLabel()->text(), ScheduledTextStore::tooLate());
    // No longer shown as scheduled: nothing left to edit or cancel.
    QVERIFY(!newest(thread).data(ThreadModel::ScheduledForRole).toDateTime().isValid());
    QVERIFY(view->linkRect(newest(thread), true).isEmpty());
}

void TestConversationView::lateReplySuggestsTheirMorning()
{
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana); // Austin, TX: Central time
    f.missedCall(dana, 0, 4);
    // 22:14 in Austin.
    f.clock.set(wallclock::toUtc(QDate(2026, 3, 2), 22 * 60 + 14, kCentral));
    Inbox inbox(f);
    inbox.click(dana.id);
    Composer* composer = inbox.view->composer();
    QVERIFY(!composer->quietHint()->isVisible()); // nothing typed: nothing to suggest
    QTest::keyClicks(composer->editor(), QStringLiteral("Sure, tomorrow works"));
    QVERIFY(composer->quietHint()->isVisible());
    // Texas allows such texts from 9:00 on weekdays (stricter than the default 8:00).
    const QDateTime morning = wallclock::toUtc(QDate(2026, 3, 3), 9 * 60, kCentral);
    QCOMPARE(composer->quietSuggestion(), morning);
    QCOMPARE(composer->quietHintButton()->text(),
             QStringLiteral("Send at %1").arg(QLocale().toString(QTime(9, 0), [] {
                 QString format = QLocale().timeFormat(QLocale::ShortFormat);
                 return format.remove(QStringLiteral(":ss"));
             }())));
    QVERIFY2(composer->quietHintLabel()->text().contains(QStringLiteral("their time instead?")),
             qPrintable(composer->quietHintLabel()->text()));
    // Not forced: Send still sends now.
    QVERIFY(composer->sendButton()->isEnabled());
    QTest::mouseClick(composer->quietHintButton(), Qt::LeftButton);
    const auto pending = OutboxStore(f.db()).inState(OutboxState::Pending).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().scheduledFor, morning);
    QVERIFY(!composer->quietHint()->isVisible());

    // At 10:00 their time there is nothing to suggest.
    f.clock.set(wallclock::toUtc(QDate(2026, 3, 3), 10 * 60, kCentral));
    QTest::keyClicks(composer->editor(), QStringLiteral("On our way"));
    QVERIFY(!composer->quietHint()->isVisible());
}

void TestConversationView::scheduledTextToSomeoneWhoOptedOutSaysSo()
{
    ConversationFixture f;
    saveWeekdayHours(f.db());
    const Lead dana = f.lead(kDana);
    f.missedCall(dana, 0, 4);
    QVERIFY(scheduleReply(f, dana, f.clock.nowUtc().addSecs(3600)) > 0);
    QVERIFY(OptOutIntentStore(f.db()).confirm(kDana, f.clock.nowUtc(), QStringLiteral("Maria")));
    Inbox inbox(f);
    inbox.page.openConversation(dana.id);
    const ThreadModel& thread = *inbox.view->threadModel();
    QModelIndex bubble;
    for (int row = 0; row < thread.rowCount(); ++row) {
        if (thread.index(row).data(ThreadModel::BodyRole).toString() == QLatin1String("See you at 9"))
            bubble = thread.index(row);
    }
    QVERIFY(bubble.isValid());
    QCOMPARE(bubble.data(ThreadModel::MetaRole).toString(), QStringLiteral("Not sent: the caller opted out"));
    QVERIFY(!bubble.data(ThreadModel::ScheduledForRole).toDateTime().isValid());
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
