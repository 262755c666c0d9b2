#include "ConversationListModel.h"

#include "common/Clock.h"
#include "common/OutsideText.h"
#include "common/RelativeTime.h"
#include "domain/LeadOrder.h"
#include "phone/PhoneNumberService.h"

#include <QFont>

namespace ringback::ui {

ConversationListModel::ConversationListModel(Database& db, const PhoneNumberService& phone, QObject* parent)
    : PagedModel(
          [this](int offset, int limit) { return ConversationStore(m_db).page(m_query, offset, limit); },
          kPageSize, parent)
    , m_db(db)
    , m_phone(phone)
    , m_clock(&SystemClock::instance())
{
    setRowKey([](const ConversationSummary& c) { return c.lead.id; });
    refresh();
}

void ConversationListModel::setFilter(ConversationFilter filter)
{
    ConversationQuery q = m_query;
    q.filter = filter;
    setQuery(q);
}

void ConversationListModel::setSearch(const QString& text)
{
    ConversationQuery q = m_query;
    q.search = text.trimmed();
    setQuery(q);
}

void ConversationListModel::setDeskStaffName(const QString& name)
{
    ConversationQuery q = m_query;
    q.deskStaffName = name;
    setQuery(q);
}

void ConversationListModel::setQuery(const ConversationQuery& query)
{
    if (query == m_query)
        return;
    m_query = query;
    restart();
    emit queryChanged();
}

void ConversationListModel::setDeskConnection(DeskConnection* link)
{
    PagedModel::setDeskConnection(link, [this]() -> ConnectionLoader {
        return [query = m_query](Database& db, int offset, int limit) {
            return ConversationStore(db).page(query, offset, limit);
        };
    });
    // Another desk's change names its lead: that conversation alone is read again.
    setChangedRows([](const ConversationSummary& c) { return c.lead.id; },
                   [this]() -> GroupLoader {
                       return [query = m_query](Database& db, const QList<qint64>& leadIds) {
                           return ConversationStore(db).ofLeads(query, leadIds);
                       };
                   },
                   [](const ConversationSummary& a, const ConversationSummary& b) {
                       return latestActivityFirst(a.lead, b.lead); // ConversationStore's order
                   });
}

void ConversationListModel::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
}

int ConversationListModel::rowOfLead(qint64 leadId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).lead.id == leadId)
            return row;
    }
    return -1;
}

QString ConversationListModel::statusText(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return tr("New");
    case LeadStatus::Texted:
        return tr("Texted");
    case LeadStatus::Replied:
        return tr("Replied");
    case LeadStatus::Qualified:
        return tr("Qualified");
    case LeadStatus::Booked:
        return tr("Booked");
    case LeadStatus::Won:
        return tr("Won");
    case LeadStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QString ConversationListModel::title(const ConversationSummary& c) const
{
    if (!c.lead.displayName.isEmpty())
        return shownText(c.lead.displayName);
    const PhoneNumberInfo info = m_phone.parse(c.lead.e164);
    return info.isValid() ? info.national : c.lead.e164;
}

QString ConversationListModel::snippet(const ConversationSummary& c) const
{
    if (c.lastBody.isEmpty())
        return tr("Missed call, no texts yet");
    const QString body = shownText(c.lastBody).simplified();
    if (c.lastDirection == MessageDirection::Inbound || c.lastAutomated)
        return body; // an automatic text is marked by the list itself
    return tr("You: %1").arg(body);
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary& c = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(c);
    case Qt::ToolTipRole: // the name and the place are anyone's words: shown as text
        return plainTextToolTip(c.lead.place.isEmpty() ? title(c) : tr("%1, %2").arg(title(c), c.lead.place));
    case Qt::AccessibleTextRole: {
        const QString last = c.lastAutomated ? tr("automatic text: %1").arg(snippet(c)) : snippet(c);
        return c.lead.unread
                   ? tr("%1, unread, %2, %3, %4")
                         .arg(title(c), statusText(c.lead.status), last, data(index, TimeTextRole).toString())
                   : tr("%1, %2, %3, %4")
                         .arg(title(c), statusText(c.lead.status), last,
                              data(index, TimeTextRole).toString());
    }
    case Qt::FontRole:
        if (c.lead.unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case LeadIdRole:
        return c.lead.id;
    case TitleRole:
        return title(c);
    case PlaceRole:
        return c.lead.place;
    case SnippetRole:
        return snippet(c);
    case UnreadRole:
        return c.lead.unread;
    case StatusRole:
        return c.optedOut ? tr("Opted out") : statusText(c.lead.status);
    case TimeRole:
        return c.lead.lastActivityAt;
    case TimeTextRole:
        return relativeTime(c.lead.lastActivityAt, m_clock->nowUtc());
    case StatusValueRole:
        return int(c.lead.status);
    case AutomatedRole:
        return !c.lastBody.isEmpty() && c.lastDirection == MessageDirection::Outbound && c.lastAutomated;
    case OptedOutRole:
        return c.optedOut;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(TitleRole, "title");
    names.insert(PlaceRole, "place");
    names.insert(SnippetRole, "snippet");
    names.insert(UnreadRole, "unread");
    names.insert(StatusRole, "status");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(StatusValueRole, "statusValue");
    names.insert(AutomatedRole, "automated");
    names.insert(OptedOutRole, "optedOut");
    return names;
}

} // namespace ringback::ui
