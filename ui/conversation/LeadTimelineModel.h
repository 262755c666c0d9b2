#pragma once

#include "domain/TimelineEvent.h"

#include <QAbstractListModel>

namespace ringback {
class Database;
}

namespace ringback::ui {

// A lead's history for its card, newest first: calls, texts, and every decision with its reason.
class LeadTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TimeRole = Qt::UserRole + 1, KindRole, DetailRole };

    explicit LeadTimelineModel(Database& db, QObject* parent = nullptr);

    void setLead(qint64 leadId);
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString kindText(TimelineKind kind);

private:
    Database& m_db;
    qint64 m_leadId = 0;
    QList<TimelineEvent> m_events;
};

} // namespace ringback::ui
