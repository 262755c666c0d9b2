// "Looks like an opt-out" (DESIGN §3, issue 13): a reply such as "Stop please, just call me
// instead" flags the conversation; the view shows a plain-text banner with Confirm opt-out / Not
// an opt-out, each one click, and staff can still reply by hand meanwhile.
#include "ConversationFixture.h"
#include "automation/MessageIngestor.h"
#include "automation/OptOutIntent.h"
#include "conversation/Composer.h"
#include "conversation/ConversationView.h"
#include "phone/PhoneNumberService.h"
#include "store/OptOutStore.h"

#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

class TestOptOutIntentBanner : public QObject
{
    Q_OBJECT
private slots:
    void confirmOrUndoInOneClick_data();
    void confirmOrUndoInOneClick();
    void noBannerForAnOrdinaryReply();
};

namespace {
const QString kCaller = QStringLiteral("+15125550147");

Message reply(const QString& body)
{
    Message m;
    m.providerMessageId = QStringLiteral("SMintent");
    m.direction = MessageDirection::Inbound;
    m.fromNumber = kCaller;
    m.toNumber = kBusinessNumber;
    m.body = body;
    m.status = MessageStatus::Received;
    m.createdAt = kT0.addSecs(60);
    return m;
}
} // namespace

void TestOptOutIntentBanner::confirmOrUndoInOneClick_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("Confirm opt-out") << true;
    QTest::newRow("Not an opt-out") << false;
}

void TestOptOutIntentBanner::confirmOrUndoInOneClick()
{
    QFETCH(bool, confirm);
    ConversationFixture f;
    const Lead lead = f.lead(kCaller);
    const PhoneNumberService phone(QStringLiteral("US"));
    MessageIngestor ingestor(f.db(), phone, f.clock);
    // "<b>" shows as typed: outside text never becomes markup.
    QVERIFY(ingestor.ingest({reply(QStringLiteral("Stop please, just call me instead <b>"))}).ok());

    ConversationView view(f.db(), phone, f.clock);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showLead(lead.id);
    QVERIFY(view.optOutIntentBanner()->isVisible());
    QVERIFY(!view.optOutBanner()->isVisible());
    auto* text = view.findChild<QLabel*>(QStringLiteral("optOutIntentText"));
    QVERIFY(text);
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QVERIFY(text->text().contains(QStringLiteral("looks like a request to stop texts")));
    // Staff can still reply by hand while it is undecided.
    QVERIFY(view.composer()->editor()->isEnabled());

    QPushButton* button = confirm ? view.confirmOptOutButton() : view.notAnOptOutButton();
    QCOMPARE(button->objectName(), confirm ? QStringLiteral("confirmOptOut") : QStringLiteral("notAnOptOut"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(!view.optOutIntentBanner()->isVisible());
    QVERIFY(!OptOutIntentStore(f.db()).flagFor(kCaller).value().has_value());
    QCOMPARE(OptOutStore(f.db()).isOptedOut(kCaller).value(), confirm);
    // Confirmed: the opt-out banner takes its place, as after STOP; undone: nothing is shown.
    QCOMPARE(view.optOutBanner()->isVisible(), confirm);
    QCOMPARE(view.composer()->editor()->isEnabled(), !confirm);
}

void TestOptOutIntentBanner::noBannerForAnOrdinaryReply()
{
    ConversationFixture f;
    const Lead lead = f.lead(kCaller);
    const PhoneNumberService phone(QStringLiteral("US"));
    MessageIngestor ingestor(f.db(), phone, f.clock);
    QVERIFY(ingestor.ingest({reply(QStringLiteral("Can you stop by tomorrow?"))}).ok());
    ConversationView view(f.db(), phone, f.clock);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showLead(lead.id);
    QVERIFY(!view.optOutIntentBanner()->isVisible());
}

QTEST_MAIN(TestOptOutIntentBanner)
#include "tst_optoutintentbanner.moc"
