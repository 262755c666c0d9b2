#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace ringback::ui {

// Where Ringback shows it needs attention: the tray icon (tooltip with the unread count, reply
// notifications, a menu to open or quit) and the window title's unread count. Without a system
// tray (some desktops, the offscreen platform) only the title shows the count, and closing the
// window quits as usual; with one, closing the window keeps Ringback running in the tray.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // The window's title when this is made is the title the unread count is added to.
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isVisible() const;
    QString toolTip() const { return m_toolTip; }
    // Asked before the menu's Quit quits (the last desk's warning, QuitGuard); false: stay.
    void setQuitCheck(std::function<bool()> check) { m_quitCheck = std::move(check); }
    // Quit was chosen and allowed: the window's close no longer hides to the tray.
    bool isQuitting() const { return m_quitting; }

public slots:
    void setUnreadCount(int unread);
    // Conversations whose customer spoke last: said first in the tooltip and the title.
    void setNeedsReplyCount(int needsReply);
    void showReply(qint64 leadId, const QString& title, const QString& text);
    void openWindow();
    // Quits Ringback for good (the tray menu's and File menu's Quit), once the quit check allows.
    void quit();

signals:
    // The user clicked a reply notification: open that conversation.
    void conversationRequested(qint64 leadId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTitle();

    QPointer<QWidget> m_window;
    QString m_baseTitle;
    QString m_toolTip;
    int m_unread = 0;
    int m_needsReply = 0;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    qint64 m_lastAnnouncedLead = 0;
    bool m_quitting = false;
    std::function<bool()> m_quitCheck;
    bool m_toldAboutTray = false;
};

} // namespace ringback::ui
