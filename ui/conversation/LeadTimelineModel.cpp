#include "LeadTimelineModel.h"

#include "ThreadModel.h"
#include "common/OutsideText.h"
#include "domain/FactWording.h"
#include "store/DeskConnection.h"
#include "store/TimelineStore.h"

namespace ringback::ui {

LeadTimelineModel::LeadTimelineModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{}

void LeadTimelineModel::setLead(qint64 leadId)
{
    if (leadId != m_leadId) {
        ++m_generation;
        if (m_link)
            show({}); // not the previous lead's events while this one's are read
    }
    m_leadId = leadId;
    m_limit = kPageSize;
    refresh();
}

void LeadTimelineModel::refresh()
{
    const qint64 leadId = m_leadId;
    const int limit = qMax(m_limit, int(m_events.size()));
    const auto read = [leadId, limit](Database& db) -> QList<TimelineEvent> {
        if (leadId <= 0)
            return {};
        auto events = TimelineStore(db).recent(leadId, limit);
        return events ? events.value() : QList<TimelineEvent>();
    };
    if (m_link && leadId > 0) {
        m_link->read(this, read, [this, generation = m_generation](const QList<TimelineEvent>& events) {
            if (generation == m_generation)
                show(events);
        });
        return;
    }
    show(read(m_db));
}

void LeadTimelineModel::show(const QList<TimelineEvent>& events)
{
    // Views ask for more on modelReset and rowsInserted; that must wait until the change is complete.
    m_resetting = true;
    beginResetModel();
    m_events = events;
    endResetModel();
    m_resetting = false;
}

bool LeadTimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && m_leadId > 0 && m_events.size() >= m_limit;
}

void LeadTimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_limit += kPageSize;
    auto read = TimelineStore(m_db).recent(m_leadId, m_limit);
    if (!read || read->size() <= m_events.size()) {
        m_limit = int(m_events.size()) + 1; // nothing more: stop asking
        return;
    }
    m_resetting = true; // no nested fetch while the rows are announced
    beginInsertRows({}, int(m_events.size()), int(read->size()) - 1);
    m_events = read.value();
    endInsertRows();
    m_resetting = false;
}

int LeadTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QString LeadTimelineModel::kindText(TimelineKind kind)
{
    TimelineEvent e;
    e.kind = kind;
    return FactWording().event(e);
}

QVariant LeadTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = m_events.at(index.row());
    // Stored as codes, worded in this desk's language. Their parameters can be anyone's words (a
    // note typed on another desk, a provider's message, a name): shown as text.
    const QString detail = shownText(FactWording().event(e));
    switch (role) {
    case Qt::DisplayRole:
        //: A line of the lead's history: "Mar 2, 14:02 — Texted back"
        return tr("%1 — %2").arg(ThreadModel::timeText(e.occurredAt), detail);
    case Qt::ToolTipRole:
        return plainTextToolTip(detail);
    case TimeRole:
        return e.occurredAt;
    case KindRole:
        return int(e.kind);
    case DetailRole:
        return detail;
    default:
        return {};
    }
}

void LeadTimelineModel::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

} // namespace ringback::ui
