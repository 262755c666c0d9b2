#include "MainWindow.h"

#include "automation/AutomationStatusView.h"
#include "common/OutsideText.h"
#include "inbox/InboxPage.h"
#include "store/DeskConnection.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace ringback::ui {

MainWindow::MainWindow(const QString& databaseName, QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_automationStatus(new AutomationStatusView(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ringback"));
    setWindowIcon(QIcon(QStringLiteral(":/ringback/icons/ringback.svg")));
    // Room for the list, the thread and the lead card side by side, within the screen.
    QSize size(1360, 860);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    // The file's name only: a full data-folder path took half a 1366-pixel status bar and cut the
    // automation's sentence short (issue 15, seen 7). The whole location is in the tooltip.
    const bool url = databaseName.contains(QLatin1String("://"));
    m_databaseLabel->setText(tr("Data: %1").arg(url ? databaseName : QFileInfo(databaseName).fileName()));
    plainLabel(m_databaseLabel);
    m_databaseLabel->setToolTip(plainTextToolTip(databaseName));
    statusBar()->addWidget(m_automationStatus, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    setAutomationState(tr("Auto text-back is off: no phone provider is connected yet."));

    m_inbox = new InboxPage(this);
    addSection(tr("Inbox"), m_inbox);
}

void MainWindow::addSection(const QString& title, QWidget* page)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    // Ctrl+1..9 by position, so sections added later get theirs too.
    const int position = m_navigation->count() - 1;
    if (position < 9) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + position)));
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setWhatsThis(tr("Go to %1").arg(title));
        connect(shortcut, &QShortcut::activated, m_navigation,
                [this, position] { m_navigation->setCurrentRow(position); });
        item->setToolTip(tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
    }
    if (m_navigation->count() == 1)
        m_navigation->setCurrentRow(0);
    // As wide as the longest section's name in this language, no wider: on a 1366-pixel laptop
    // every pixel here is taken from the inbox and the board.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(qMax(120, widest + 2 * metrics.averageCharWidth() + 12));
}

void MainWindow::setNeedsReplyCount(int count)
{
    const int row = m_pages->indexOf(m_inbox);
    QListWidgetItem* item = row >= 0 ? m_navigation->item(row) : nullptr;
    if (!item)
        return;
    item->setText(count > 0 ? tr("Inbox (%n)", "the number of conversations that need a reply", count)
                            : tr("Inbox"));
    item->setData(Qt::AccessibleTextRole,
                  count > 0 ? tr("Inbox, %n need a reply", nullptr, count) : tr("Inbox"));
    QFont f = m_navigation->font();
    f.setBold(count > 0);
    item->setFont(f);
}

void MainWindow::showSection(QWidget* page)
{
    if (const int row = m_pages->indexOf(page); row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::followSharedDatabase(DeskConnection& link)
{
    const auto say = [this](const QString& sentence) {
        statusBar()->showMessage(shownText(sentence)); // may quote the server's words
    };
    connect(&link, &DeskConnection::connectionLost, this, say);
    connect(&link, &DeskConnection::notAnswering, this, say);
    connect(&link, &DeskConnection::reconnected, this,
            [this] { statusBar()->showMessage(tr("Connected to the shared database again."), 10'000); });
    connect(&link, &DeskConnection::answeringAgain, this,
            [this] { statusBar()->showMessage(tr("The shared database is answering again."), 10'000); });
}

void MainWindow::setAutomationState(const QString& text)
{
    m_automationStatus->setMessage(text);
}

} // namespace ringback::ui
