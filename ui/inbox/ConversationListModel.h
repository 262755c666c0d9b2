#pragma once

#include "common/PagedModel.h"
#include "store/ConversationStore.h"

#include <QAbstractListModel>

class QTimer;

namespace ringback {
class Clock;
class Database;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

// The shared inbox's conversations, most recent activity first, read a page at a time, narrowed
// by a filter and a search that both run in SQL (ConversationStore).
class ConversationListModel : public PagedModel<QAbstractListModel, ConversationSummary>
{
    Q_OBJECT
public:
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        TitleRole,   // the name, else the formatted number
        PlaceRole,   // "Austin, TX"
        SnippetRole, // the last text, "You: ..." for a staff member's
        UnreadRole,
        StatusRole,      // the lead status, in words
        TimeRole,        // last activity (QDateTime, UTC)
        TimeTextRole,    // last activity as the list says it: "2 min", "14:02", "Mon", "12 Mar"
        StatusValueRole, // the lead status (int of LeadStatus), for the chip's colour
        AutomatedRole,   // the last text was sent by Ringback itself
        OptedOutRole,
        NeedsReplyRole,       // the customer spoke last
        WaitingSinceRole,     // since when (QDateTime, UTC; invalid when nobody waits)
        WaitTextRole,         // "waiting 12 min", live with the clock; empty when nobody waits
        WaitMinutesRole,      // the same in whole minutes (-1 when nobody waits)
        UnreadCountRole,      // the unread badge's number (0: read)
        AssigneeRole,         // who has it, by name (empty: nobody)
        AssigneeInitialsRole, // "MG"
        InListRole,           // false only for the open conversation kept listed after it left the list
        LeftListRole,         // why the open conversation left the list, one sentence; empty while in it
        SummaryRole,          // "Water heater leaking · 4512 Oak St · today" (Lead::summary); may be empty
        UrgentRole
    };
    static constexpr int kPageSize = 100;
    // How often the waiting times move on (no store read: the rows are re-worded, not re-read).
    static constexpr int kTickMs = 30'000;

    ConversationListModel(Database& db, const PhoneNumberService& phone, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Both re-read the list from the top (nothing happens when the value is unchanged).
    void setFilter(ConversationFilter filter);
    void setSearch(const QString& text);
    void setDeskStaffName(const QString& name);
    const ConversationQuery& query() const { return m_query; }

    // The clock relative times are measured against (tests pass a ManualClock); not owned.
    void setClock(const Clock* clock);
    // On a shared database: refresh() reads on the desk connection's thread, and refreshRows()
    // reads only the conversations another desk changed.
    void setDeskConnection(DeskConnection* link);
    // The row showing a lead among those loaded, or -1.
    int rowOfLead(qint64 leadId) const;
    // The conversation open beside the list: listed whatever the filter and search say (first,
    // with LeftListRole saying why, when it left them). The list is re-read a moment later.
    void setKeepLead(qint64 leadId);
    qint64 keepLead() const { return m_query.keepLeadId; }

    static QString statusText(LeadStatus status);
    // "waiting 12 min", "waiting 2 h 5 min", "waiting 3 d".
    static QString waitText(const QDateTime& since, const QDateTime& now);
    static QString initials(const QString& name);

public slots:
    // The clock moved on: the waiting times and relative times are said again (dataChanged), from
    // the rows already read. A timer calls it every kTickMs.
    void tick();

signals:
    // The filter or search changed and the rows were re-read: a new list, not an update.
    void queryChanged();

private:
    void setQuery(const ConversationQuery& query);
    QString title(const ConversationSummary& c) const;
    QString snippet(const ConversationSummary& c) const;
    QString shownStatus(const ConversationSummary& c) const;
    LeadStatus shownStatusValue(const ConversationSummary& c) const;
    QString leftListReason(const ConversationSummary& c) const;

    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock* m_clock;
    ConversationQuery m_query;
    QTimer* m_tick;
    QTimer* m_keepRefresh;
};

} // namespace ringback::ui
