#pragma once

#include "domain/TimelineEvent.h"

#include <QAbstractListModel>
#include <QPointer>

namespace ringback {
class Database;
class DeskConnection;
} // namespace ringback

namespace ringback::ui {

// A lead's history for its card, newest first: calls, texts, and every decision with its reason.
// Read a page at a time as the list scrolls down: a caller of years has thousands of events.
class LeadTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TimeRole = Qt::UserRole + 1, KindRole, DetailRole };

    explicit LeadTimelineModel(Database& db, QObject* parent = nullptr);

    static constexpr int kPageSize = 100;

    void setLead(qint64 leadId);
    // Re-reads as many events as are shown (at least a page).
    void refresh();
    // With a desk connection (shared database), setLead and refresh read on its thread.
    void setDeskConnection(DeskConnection* link);

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString kindText(TimelineKind kind);

private:
    void show(const QList<TimelineEvent>& events);

    Database& m_db;
    QPointer<DeskConnection> m_link;
    quint64 m_generation = 0;
    qint64 m_leadId = 0;
    QList<TimelineEvent> m_events;
    int m_limit = kPageSize;
    bool m_resetting = false; // a reset or an insert is being announced
};

} // namespace ringback::ui
