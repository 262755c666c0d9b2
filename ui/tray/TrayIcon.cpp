#include "TrayIcon.h"

#include "ReplyNotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ringback::ui {

namespace {
constexpr int kBubbleMs = 10000;
}

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_baseTitle(window->windowTitle())
    , m_toolTip(m_baseTitle)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Ringback"), this, &TrayIcon::openWindow);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Ringback"), this, &TrayIcon::quit);

    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/ringback/icons/ringback.svg")), this);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(m_toolTip);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            openWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        openWindow();
        if (m_lastAnnouncedLead != 0)
            emit conversationRequested(m_lastAnnouncedLead);
    });
    m_tray->show();

    // Texting back only works while Ringback runs, so closing the window hides it to the tray.
    QApplication::setQuitOnLastWindowClosed(false);
    window->installEventFilter(this);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::quit()
{
    if (m_quitCheck && !m_quitCheck())
        return;
    m_quitting = true;
    QCoreApplication::quit();
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::setUnreadCount(int unread)
{
    m_unread = unread;
    updateTitle();
}

void TrayIcon::setNeedsReplyCount(int needsReply)
{
    m_needsReply = needsReply;
    updateTitle();
}

void TrayIcon::updateTitle()
{
    m_toolTip = ReplyNotifier::titleWithCounts(m_baseTitle, m_needsReply, m_unread);
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
    if (m_window)
        m_window->setWindowTitle(m_toolTip);
}

void TrayIcon::showReply(qint64 leadId, const QString& title, const QString& text)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    m_lastAnnouncedLead = leadId;
    m_tray->showMessage(title, text, QIcon(QStringLiteral(":/ringback/icons/ringback.svg")), kBubbleMs);
}

void TrayIcon::openWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && isVisible()) {
        m_window->hide();
        event->ignore();
        if (!m_toldAboutTray && QSystemTrayIcon::supportsMessages()) {
            m_toldAboutTray = true;
            m_tray->showMessage(tr("Ringback is still running"),
                                tr("Missed callers are still texted back. To stop Ringback, choose Quit "
                                   "from this icon's menu."),
                                QSystemTrayIcon::Information, kBubbleMs);
            m_lastAnnouncedLead = 0;
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ringback::ui
