#pragma once

#include "store/ThreadStore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimeZone>

namespace ringback {
class Database;
class DeskConnection;
} // namespace ringback

namespace ringback::ui {

// One lead's conversation for the thread view: texts in both directions and, between them, the
// missed calls and the automation's decisions; oldest at the top, newest at the bottom. Only the
// newest page is read when a conversation opens; older pages are read by loadOlder() as the user
// scrolls up. (canFetchMore stays false: views fetch more at the bottom, and the bottom of a
// thread is its newest end, which is always loaded.)
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryKindRole = Qt::UserRole + 1, // ThreadModel::EntryKind
        OutgoingRole,
        AutomatedRole,
        BodyRole,
        MetaRole,   // "Delivered 14:02", "Not delivered: The phone was switched off..."
        FailedRole, // the text did not go out: the meta line is a warning
        StatusRole, // MessageStatus as int
        TimeRole,   // QDateTime, UTC
        MessageIdRole,
        MediaCountRole,   // photos or files sent with it (0 for ours and for events)
        ScheduledForRole, // QDateTime (UTC): a scheduled text still waiting (Edit, Cancel); else invalid
        OutboxIdRole,
        WhatsAppRole // the message went by WhatsApp (the bubble carries a small mark)
    };
    enum class EntryKind { Message, Event };
    Q_ENUM(EntryKind)
    static constexpr int kPageSize = 60;

    explicit ThreadModel(Database& db, QObject* parent = nullptr);

    // Shows another lead's conversation (0: none), newest page first.
    void setLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }

    bool hasOlder() const { return m_hasOlder; }
    // Reads the page before the oldest loaded row; returns how many rows were added at the top.
    int loadOlder();
    // Re-reads the loaded rows and appends newer ones, in place when the rows already shown did not
    // move (status changes become dataChanged, new rows rowsInserted), else in one reset.
    void refresh();
    QString lastError() const { return m_lastError; }
    // With a desk connection (shared database), setLead and refresh read on its thread and the
    // rows arrive a moment later (loaded()); loadOlder still reads here.
    void setDeskConnection(DeskConnection* link);
    // The business's zone, in which scheduled texts say when they go ("Scheduled for Tue 8:00").
    void setBusinessZone(const QTimeZone& zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The line under an outgoing bubble, and the text of an inline event, in words.
    static QString statusText(const Message& message, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // When a scheduled text goes, in `zone` and the desk's locale: "Tue 8:00" within the coming
    // week, else "Mar 12, 8:00".
    static QString scheduledText(const QDateTime& utc, const QTimeZone& zone);
    static QString eventText(const ThreadEvent& event);
    static QString timeText(const QDateTime& utc);
    // The locale's short time format without seconds where it has them (the C locale's "HH:mm:ss").
    static QString shortTimeFormat();

signals:
    // A conversation's first page arrived from the desk connection.
    void loaded();

private:
    void showPage(const StoreResult<QList<ThreadEntry>>& page);
    void applyFresh(const QList<ThreadEntry>& fresh);

    Database& m_db;
    QPointer<DeskConnection> m_link;
    quint64 m_generation = 0; // a read answered after the lead changed again is dropped
    qint64 m_leadId = 0;
    QList<ThreadEntry> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_hasOlder = false;
    QString m_lastError;
};

} // namespace ringback::ui
