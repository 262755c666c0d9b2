// One rule for text from outside (SMS bodies, names, places, notes, caller IDs, provider
// messages): every place that shows it shows it as text. Each row feeds markup or control
// characters to one place and checks what a person would see there, rendered the way that place
// renders it (a label by its text format, a tooltip as QToolTip decides, a notification body as a
// markup-reading notification server does).
#include "ConversationFixture.h"
#include "automation/AutomationStatusView.h"
#include "board/LeadColumnModel.h"
#include "calls/CallLogModel.h"
#include "common/CleanText.h"
#include "common/OutsideText.h"
#include "conversation/ConversationView.h"
#include "conversation/LeadCard.h"
#include "conversation/LeadTimelineModel.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"
#include "store/LeadStore.h"
#include "store/TimelineStore.h"
#include "tray/ReplyNotifier.h"

#include <QLabel>
#include <QSettings>
#include <QTextDocument>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

const QString kCaller = QStringLiteral("+15125550147");

// What a person sees in a label: its text as it is, or rendered when the label reads it as HTML.
QString seenIn(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

// What a person sees in a tooltip: QToolTip renders it as HTML when it looks like HTML.
QString seenInToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

// What a notification server that reads markup (org.freedesktop.Notifications' body-markup) shows.
QString seenInNotificationBody(const QString& body)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QTextDocument doc;
    doc.setHtml(body);
    return doc.toPlainText();
#else
    return body;
#endif
}

struct MachineSettings
{
    explicit MachineSettings(const QString& dir)
        : qsettings(dir + QStringLiteral("/desk.ini"), QSettings::IniFormat)
    {}
    QSettings qsettings;
};

} // namespace

class TestOutsideText : public QObject
{
    Q_OBJECT
private slots:
    void shownAsText_data();
    void shownAsText();
};

void TestOutsideText::shownAsText_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("outside");
    const QList<QPair<const char*, QString>> inputs{
        {"bold", QStringLiteral("<b>x</b>")},
        {"image of a local file", QStringLiteral("<img src=\"file:///etc/passwd\">")},
        {"link", QStringLiteral("<a href=\"https://x\">y</a>")},
        {"control characters",
         QStringLiteral("\x1b]0;pwned\x07\x1b[2Jhi") + QChar(0x7f) + QChar(0x9b) + QStringLiteral("1m")},
        {"heading after words", QStringLiteral("<h1 style=\"color:red\">Account suspended</h1>")},
    };
    const QStringList places{QStringLiteral("notification"),    QStringLiteral("status bar"),
                             QStringLiteral("lead card title"), QStringLiteral("calls tooltip"),
                             QStringLiteral("inbox tooltip"),   QStringLiteral("leads board tooltip"),
                             QStringLiteral("history list"),    QStringLiteral("is replying")};
    for (const QString& place : places) {
        for (const auto& [name, text] : inputs)
            QTest::addRow("%s: %s", qPrintable(place), name) << place << text;
    }
}

void TestOutsideText::shownAsText()
{
    QFETCH(QString, place);
    QFETCH(QString, outside);
    // Shown as written; a control character as a visible, inert U+FFFD.
    const QString expected = printableText(outside);
    QVERIFY(!hasControlCharacters(expected));

    ConversationFixture f;
    const PhoneNumberService phone(QStringLiteral("US"));
    QStringList seen; // everything a person sees at that place

    if (place == QLatin1String("notification")) {
        const Lead lead = f.lead(kCaller);
        Lead named = lead;
        named.displayName = outside;
        QVERIFY(LeadStore(f.db()).save(named, kT0).ok());
        MachineSettings machine(f.t.dir());
        ReplyNotifier notifier(f.db(), phone, &machine.qsettings, qint64(0), kT0);
        QSignalSpy announced(&notifier, &ReplyNotifier::replyArrived);
        f.text(lead, MessageDirection::Inbound, outside, 60);
        notifier.check();
        QCOMPARE(announced.count(), 1);
        const QString title = announced.at(0).at(1).toString();
        const QString body = announced.at(0).at(2).toString();
        // The summary is plain text for the servers; Qt's own balloon would read it as HTML.
        QVERIFY2(!Qt::mightBeRichText(title), qPrintable(title));
        QVERIFY2(!hasControlCharacters(title), qPrintable(title));
        seen << seenInNotificationBody(body);
    } else if (place == QLatin1String("status bar")) {
        AutomationStatusView view;
        view.show();
        AutomationState state;
        state.mode = AutomationState::Mode::Degraded;
        state.detail = outside;
        view.setState(state);
        for (const QLabel* label : view.findChildren<QLabel*>())
            seen << seenIn(label);
        QVERIFY2(seen.join(u'|').contains(expected), qPrintable(seen.join(u'|')));
        view.setMessage(outside);
        for (const QLabel* label : view.findChildren<QLabel*>())
            seen << seenIn(label);
    } else if (place == QLatin1String("lead card title")) {
        const Lead lead = f.lead(kCaller);
        Lead named = lead;
        named.displayName = outside;
        QVERIFY(LeadStore(f.db()).save(named, kT0).ok());
        LeadCard card(f.db(), phone, f.clock);
        card.show();
        card.setLead(lead.id);
        auto* title = card.findChild<QLabel*>(QStringLiteral("leadCardTitle"));
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        seen << seenIn(title);
    } else if (place == QLatin1String("calls tooltip")) {
        Call c;
        c.providerCallId = QStringLiteral("CA1");
        c.direction = CallDirection::Inbound;
        c.fromNumber = outside; // straight from the provider
        c.toNumber = kBusinessNumber;
        c.status = CallStatus::Busy;
        c.startedAt = kT0;
        c.endedAt = kT0.addSecs(20);
        QVERIFY(CallStore(f.db()).upsert(c, kT0).ok());
        CallLogModel model(f.db(), phone);
        QCOMPARE(model.rowCount(), 1);
        seen << seenInToolTip(model.index(0, CallLogModel::CallerColumn).data(Qt::ToolTipRole).toString());
    } else if (place == QLatin1String("inbox tooltip") || place == QLatin1String("leads board tooltip")) {
        const Lead lead = f.lead(kCaller, outside);
        Lead named = lead;
        named.displayName = outside;
        named.need = outside;
        QVERIFY(LeadStore(f.db()).save(named, kT0).ok());
        f.text(lead, MessageDirection::Inbound, outside, 60);
        if (place == QLatin1String("inbox tooltip")) {
            ConversationListModel model(f.db(), phone);
            QCOMPARE(model.rowCount(), 1);
            seen << seenInToolTip(model.index(0, 0).data(Qt::ToolTipRole).toString());
        } else {
            LeadColumnModel model(named.status, f.db(), phone, f.clock);
            QTRY_COMPARE(model.rowCount(), 1);
            seen << seenInToolTip(model.index(0, 0).data(Qt::ToolTipRole).toString());
        }
    } else if (place == QLatin1String("history list")) {
        const Lead lead = f.lead(kCaller);
        f.decision(lead, TimelineKind::Note, outside, 60);
        LeadTimelineModel model(f.db());
        model.setLead(lead.id);
        QTRY_VERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            seen << seenInToolTip(model.index(row, 0).data(Qt::ToolTipRole).toString());
    } else if (place == QLatin1String("is replying")) {
        ConversationView view(f.db(), phone, f.clock);
        QLabel* typing = view.typingLabel();
        QCOMPARE(typing->textFormat(), Qt::PlainText);
        typing->setText(ConversationView::typingSentence({outside}));
        seen << seenIn(typing);
    } else {
        QFAIL("unknown place");
    }

    const QString all = seen.join(u'|');
    QVERIFY2(all.contains(expected),
             qPrintable(QStringLiteral("a person sees \"%1\" instead of \"%2\"").arg(all, expected)));
    QVERIFY2(!all.contains(QChar(QChar::ObjectReplacementCharacter)), "an image was rendered");
    QVERIFY2(!hasControlCharacters(all), "a control character reached the screen");
}

QTEST_MAIN(TestOutsideText)
#include "tst_outsidetext.moc"
