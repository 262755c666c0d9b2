#pragma once

#include "store/NewReplyDetector.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSettings;

namespace ringback {
class Database;
class DeskConnection;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

// Decides what the desktop is told when the store changes: the count of unread conversations
// (for the tray tooltip and the window title) and, when this machine wants notifications, one
// announcement for the replies that arrived since the last look. No widgets: the tray shows it.
class ReplyNotifier : public QObject
{
    Q_OBJECT
public:
    // machine: this computer's settings (NotificationsEnabled); null uses the application's own.
    // lastSeenMessageId / notBefore: see NewReplyDetector (the app passes nullopt and its start time).
    ReplyNotifier(Database& db, const PhoneNumberService& phone, QSettings* machine,
                  std::optional<qint64> lastSeenMessageId, const QDateTime& notBefore,
                  QObject* parent = nullptr);
    ~ReplyNotifier() override;

    int unreadCount() const { return m_unread; }
    // On a shared database: check() reads on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);

    int needsReplyCount() const { return m_needsReply; }
    // "Ringback — 3 unread", or the title alone when nothing is unread.
    static QString titleWithUnread(const QString& title, int unread);
    // "Ringback — 2 need a reply · 3 unread": who waits for us first, then what nobody read.
    static QString titleWithCounts(const QString& title, int needsReply, int unread);

public slots:
    // Looks at the store again (the worker stored something).
    void check();

signals:
    void unreadCountChanged(int unread);
    // Conversations whose customer spoke last (the Inbox entry's and the tray's count).
    void needsReplyCountChanged(int needsReply);
    // title: who wrote ("Dana Whitfield replied"); text: what they wrote; leadId: the conversation
    // a click on the notification opens (the newest reply's when several arrived at once). Both are
    // ready for the notification server: the title plain text with no tag in it, the text escaped
    // where servers read markup (notificationTitle/notificationBody in common/OutsideText.h).
    void replyArrived(qint64 leadId, const QString& title, const QString& text);

private:
    bool notificationsEnabled() const;
    QString who(const NewReply& reply) const;
    void announce(const QList<NewReply>& replies);
    void setNeedsReply(const StoreResult<qint64>& count);

    Database& m_db;
    const PhoneNumberService& m_phone;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_machine;
    NewReplyDetector m_detector;
    QPointer<DeskConnection> m_link;
    int m_unread = -1;
    int m_needsReply = -1;
};

} // namespace ringback::ui
