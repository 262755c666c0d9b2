// Issue 15, "What was seen" 7: every page of the desk fits a 1366x768 laptop in English, Spanish and
// French. The French lead card ran past the window's edge ("Copia…", "Personne pour l'insta…"), the
// board's Won and Lost columns were off to the side. This walks the whole desk as it is wired for real
// (DesktopSession) with a conversation open, and checks each visible label, button and field:
// - it is not cut by the window or by any widget it sits in (a scroll area may cut it vertically:
//   that is what scrolling is for; sideways, nothing may be cut);
// - a label shows its whole text (given less width than its text needs, it is clipped);
// - no page scrolls sideways.
// With RINGBACK_SCREENSHOTS=<folder>, each page is also saved there as <page>-<lang>.png.
#include "../ui/ConversationFixture.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "common/LanguageLoader.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>
#include <QWizard>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

// Where `w` is cut by the widgets it sits in, or an empty string. Inside a scroll area only
// sideways cuts count.
QString cutOf(QWidget* w, QWidget* window)
{
    const QRect own(w->mapTo(window, QPoint(0, 0)), w->size());
    bool scrolled = false;
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect area(p->mapTo(window, QPoint(0, 0)), p->size());
        if (auto* scroll = qobject_cast<QAbstractScrollArea*>(p->parentWidget());
            scroll && scroll->viewport() == p)
            scrolled = true;
        const bool sideways = own.left() < area.left() || own.right() > area.right();
        const bool vertically = own.top() < area.top() || own.bottom() > area.bottom();
        if (sideways || (vertically && !scrolled))
            return QStringLiteral("cut by %1 (%2)")
                .arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
        if (p == window)
            break;
    }
    return QString();
}

QString describe(QWidget* w)
{
    QString text;
    if (auto* label = qobject_cast<QLabel*>(w))
        text = label->text();
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        text = button->text();
    else if (auto* box = qobject_cast<QComboBox*>(w))
        text = box->currentText();
    else if (auto* edit = qobject_cast<QLineEdit*>(w))
        text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    return QStringLiteral("%1 %2 \"%3\" %4x%5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60))
        .arg(w->width())
        .arg(w->height());
}

// What does not fit on the page shown now.
QStringList problemsOn(QWidget* page, QWidget* window)
{
    QStringList problems;
    const auto widgets = page->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || w->isWindow())
            continue;
        if (auto* chart = qobject_cast<QGraphicsView*>(w); chart && chart->scene()) {
            // Charts draw their labels in a scene; QtCharts shortens one that lacks room to "...".
            for (QGraphicsItem* item : chart->scene()->items()) {
                auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                if (text && text->isVisible() && text->toPlainText().contains(QLatin1String("...")))
                    problems << describe(chart) +
                                    QStringLiteral(": a label is cut to \"%1\"").arg(text->toPlainText());
            }
        }
        if (auto* scroll = qobject_cast<QAbstractScrollArea*>(w)) {
            if (scroll->horizontalScrollBar()->isVisibleTo(window) && qobject_cast<QScrollArea*>(w))
                problems << QStringLiteral("scrolls sideways: ") + describe(w);
            continue;
        }
        auto* label = qobject_cast<QLabel*>(w);
        const bool checked = label || qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QLineEdit*>(w);
        if (!checked || w->width() <= 0)
            continue;
        // Item views' own children (header sections, editors) are the view's business.
        if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()) &&
            !qobject_cast<QScrollArea*>(w->parentWidget()))
            continue;
        if (const QString cut = cutOf(w, window); !cut.isEmpty())
            problems << describe(w) + QStringLiteral(": ") + cut;
        if (auto* box = qobject_cast<QComboBox*>(w); box && !box->isEditable()) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.editable = false;
            const QRect field =
                box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
            const int needs = box->fontMetrics().horizontalAdvance(box->currentText());
            if (needs > field.width())
                problems << describe(box) + QStringLiteral(": its choice needs %1 px, it shows %2")
                                                .arg(needs)
                                                .arg(field.width());
        }
        if (auto* tool = qobject_cast<QToolButton*>(w); tool && tool->menu() &&
                                                        tool->popupMode() == QToolButton::InstantPopup &&
                                                        !tool->text().isEmpty()) {
            // The style draws the menu's arrow in the button's bottom-right corner, over the last
            // PM_MenuButtonIndicator - 4 pixels; the label is centred. It must end a few pixels
            // before the arrow (touching, the two read as one smudge).
            const int arrow = tool->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool) - 4;
            const int text = tool->fontMetrics().horizontalAdvance(QString(tool->text()).remove(u'&'));
            const int textRight = (tool->width() + text) / 2;
            if (textRight + 3 > tool->width() - arrow)
                problems << describe(tool) + QStringLiteral(": its label runs under the menu arrow");
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w);
            button && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            problems << describe(button) + QStringLiteral(": it needs %1 px").arg(button->sizeHint().width());
        if (label && !label->text().isEmpty() && label->pixmap().isNull()) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    problems << describe(label) + QStringLiteral(": its lines need %1 px of height")
                                                      .arg(label->heightForWidth(label->width()));
            } else if (label->sizeHint().width() > label->width()) {
                problems << describe(label) +
                                QStringLiteral(": its text needs %1 px").arg(label->sizeHint().width());
            }
        }
    }
    return problems;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void everyPageFits_data();
    void everyPageFits();
    void wizardFits_data();
    void wizardFits();
};

void TestLayoutFit::cleanupTestCase()
{
    ui::LanguageLoader::install(QStringLiteral("en"));
}

void TestLayoutFit::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const char* language : {"en", "es", "fr"}) {
        QTest::addRow("%s 1366x768", language) << QString::fromLatin1(language) << QSize(1366, 768);
        QTest::addRow("%s 1920x1080", language) << QString::fromLatin1(language) << QSize(1920, 1080);
    }
}

void TestLayoutFit::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QSettings().clear();
    ui::LanguageLoader::install(language);

    ConversationFixture f;
    {
        KeyValueStore shared(f.db(), KeyValueStore::Table::Settings);
        QSettings machine;
        Settings settings(&shared, &machine);
        QVERIFY(settings
                    .setValues({{SettingKey::SetupCompleted, true},
                                {SettingKey::BusinessName, QStringLiteral("Anderson Plumbing & Heating")},
                                {SettingKey::StaffNames, QStringList{"Maria", "Joe", "Dave"}}})
                    .ok());
    }
    const Lead lead = f.lead(QStringLiteral("+15125550147"), QStringLiteral("San Antonio, TX"));
    f.missedCall(lead, 0, 3);
    f.text(lead, MessageDirection::Inbound, QStringLiteral("The AC stopped blowing cold air this morning"),
           120);
    const Lead other = f.lead(QStringLiteral("+15125550188"));
    f.missedCall(other, 300);

    app::DesktopSession session(f.db(), QStringLiteral("US"), false);
    ui::MainWindow& window = session.window();
    session.showWindow(false);
    // The window as it opens on that screen, maximised or not: never larger than the screen.
    QVERIFY2(window.minimumSizeHint().width() <= screen.width() &&
                 window.minimumSizeHint().height() <= screen.height(),
             qPrintable(QStringLiteral("the window needs at least %1x%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    window.resize(screen - QSize(0, 60)); // less a task bar and a title bar
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.openConversation(lead.id);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(navigation && pages);
    const QString shots = qEnvironmentVariable("RINGBACK_SCREENSHOTS");
    QStringList problems;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget* page = pages->currentWidget();
        QTest::qWait(50);
        QCoreApplication::processEvents();
        const QString name = page->objectName().isEmpty() ? QString::number(row) : page->objectName();
        // A page still filling in (the dashboard reads on a worker thread) can show a label with its
        // new words and its old size until its layout runs; what the user sees is the settled page,
        // so a problem counts when it is still there after two seconds.
        QStringList found = problemsOn(page, &window);
        for (int wait = 0; wait < 20 && !found.isEmpty(); ++wait) {
            QTest::qWait(100);
            found = problemsOn(page, &window);
        }
        for (const QString& p : found)
            problems << name + QStringLiteral(": ") + p;
        if (!shots.isEmpty() && screen.width() == 1366) {
            QDir().mkpath(shots);
            window.grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, name, language));
        }
    }
    for (const QString& p : problemsOn(window.statusBar(), &window))
        problems << QStringLiteral("status bar: ") + p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::wizardFits_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "es", "fr"})
        QTest::addRow("%s", language) << QString::fromLatin1(language);
}

// The first thing a new office sees, page by page, at its default size on a 1366x768 laptop.
void TestLayoutFit::wizardFits()
{
    QFETCH(QString, language);
    QSettings().clear();
    ui::LanguageLoader::install(language);
    ConversationFixture f;
    app::DesktopSession session(f.db(), QStringLiteral("US"), true);
    session.runSetup();
    QWizard* wizard = session.setupWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY2(
        wizard->width() <= 1366 && wizard->height() <= 768 - 60,
        qPrintable(QStringLiteral("the wizard opens at %1x%2").arg(wizard->width()).arg(wizard->height())));
    const QString shots = qEnvironmentVariable("RINGBACK_SCREENSHOTS");
    QStringList problems;
    QSet<int> seen;
    while (!seen.contains(wizard->currentId())) {
        seen.insert(wizard->currentId());
        QTest::qWait(50);
        QWidget* page = wizard->currentPage();
        const QString name = QStringLiteral("wizard%1").arg(wizard->currentId());
        for (const QString& p : problemsOn(page, wizard))
            problems << name + QStringLiteral(": ") + p;
        if (!shots.isEmpty())
            wizard->grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, name, language));
        if (wizard->nextId() < 0)
            break;
        wizard->next();
    }
    QVERIFY2(seen.size() >= 3, "the wizard did not let itself be walked");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    wizard->reject();
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
