#include "ConversationListModel.h"

#include "common/Clock.h"
#include "common/OutsideText.h"
#include "common/RelativeTime.h"
#include "phone/PhoneNumberService.h"

#include <QFont>
#include <QTimer>

namespace ringback::ui {

ConversationListModel::ConversationListModel(Database& db, const PhoneNumberService& phone, QObject* parent)
    : PagedModel(
          [this](int offset, int limit) { return ConversationStore(m_db).page(m_query, offset, limit); },
          kPageSize, parent)
    , m_db(db)
    , m_phone(phone)
    , m_clock(&SystemClock::instance())
    , m_tick(new QTimer(this))
    , m_keepRefresh(new QTimer(this))
{
    setRowKey([](const ConversationSummary& c) { return c.lead.id; });
    refresh();
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &ConversationListModel::tick);
    m_tick->start();
    // Picking a conversation changes which one is kept listed: re-read once the view has finished
    // with the selection change that asked for it.
    m_keepRefresh->setSingleShot(true);
    m_keepRefresh->setInterval(0);
    connect(m_keepRefresh, &QTimer::timeout, this, &ConversationListModel::refresh);
}

void ConversationListModel::setKeepLead(qint64 leadId)
{
    if (leadId == m_query.keepLeadId)
        return;
    m_query.keepLeadId = leadId;
    m_keepRefresh->start();
}

void ConversationListModel::tick()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0), index(rowCount() - 1),
                     {WaitTextRole, WaitMinutesRole, TimeTextRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

QString ConversationListModel::waitText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1)
        return tr("waiting <1 min");
    if (minutes < 60)
        return tr("waiting %n min", nullptr, int(minutes));
    if (minutes < 24 * 60) {
        if (minutes % 60 == 0)
            return tr("waiting %n h", nullptr, int(minutes / 60));
        return tr("waiting %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return tr("waiting %n d", nullptr, int(minutes / (24 * 60)));
}

QString ConversationListModel::initials(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString out = words.first().left(1);
    if (words.size() > 1)
        out += words.last().left(1);
    return out.toUpper();
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
                   [this](const ConversationSummary& a, const ConversationSummary& b) {
                       return ConversationStore::listedBefore(m_query, a, b); // the store's order
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

// New, Texted and Replied say where the conversation is, so they follow the thread rather than
// what was stored when the caller first replied: the customer spoke last -> "Needs reply", staff
// answered -> "Answered", Ringback's own text went last -> "Texted". Qualified and later are a
// person's decision and are shown as set.
QString ConversationListModel::shownStatus(const ConversationSummary& c) const
{
    if (c.optedOut)
        return tr("Opted out");
    switch (c.lead.status) {
    case LeadStatus::New:
    case LeadStatus::Texted:
    case LeadStatus::Replied:
        if (c.needsReply())
            return tr("Needs reply");
        if (c.lastBody.isEmpty())
            return statusText(LeadStatus::New);
        if (c.lastDirection == MessageDirection::Outbound)
            return c.lastAutomated ? statusText(LeadStatus::Texted) : tr("Answered");
        return statusText(c.lead.status);
    default:
        return statusText(c.lead.status);
    }
}

LeadStatus ConversationListModel::shownStatusValue(const ConversationSummary& c) const
{
    switch (c.lead.status) {
    case LeadStatus::New:
    case LeadStatus::Texted:
    case LeadStatus::Replied:
        if (c.needsReply())
            return LeadStatus::Replied;
        if (c.lastBody.isEmpty())
            return LeadStatus::New;
        return c.lastDirection == MessageDirection::Outbound ? LeadStatus::Texted : c.lead.status;
    default:
        return c.lead.status;
    }
}

QString ConversationListModel::leftListReason(const ConversationSummary& c) const
{
    if (c.inFilter && c.inSearch)
        return {};
    if (c.optedOut && m_query.filter != ConversationFilter::OptedOut) {
        return c.optOutKeyword.isEmpty()
                   ? tr("Opted out of texts: no more texts will go to this number.")
                   : tr("Texted %1: no more texts will go to this number.").arg(shownText(c.optOutKeyword));
    }
    if (!c.inFilter) {
        switch (m_query.filter) {
        case ConversationFilter::All:
            break;
        case ConversationFilter::NeedsReply:
            if (c.lastBody.isEmpty())
                return tr("Moved out of Needs reply: nothing to answer yet.");
            return c.lastAutomated ? tr("Moved out of Needs reply: Ringback's automatic text went last.")
                                   : tr("Moved out of Needs reply: you answered.");
        case ConversationFilter::Open:
            return tr("Moved out of Open: marked %1.").arg(statusText(c.lead.status));
        case ConversationFilter::Unread:
            return tr("Moved out of Unread: you read it.");
        case ConversationFilter::Mine:
            return c.assigneeName.isEmpty()
                       ? tr("Moved out of Mine: nobody has it now.")
                       : tr("Moved out of Mine: assigned to %1.").arg(shownText(c.assigneeName));
        case ConversationFilter::Done:
            return tr("Moved out of Done: marked %1.").arg(statusText(c.lead.status));
        case ConversationFilter::OptedOut:
            return tr("Moved out of Opted out: they can be texted again.");
        }
    }
    return tr("Does not match “%1”: shown because it is open.").arg(m_query.search);
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
        const QString when = c.needsReply() ? waitText(c.waitingSince, m_clock->nowUtc())
                                            : data(index, TimeTextRole).toString();
        return c.lead.unread ? tr("%1, unread, %2, %3, %4").arg(title(c), shownStatus(c), last, when)
                             : tr("%1, %2, %3, %4").arg(title(c), shownStatus(c), last, when);
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
    case SummaryRole:
        return c.lead.summary();
    case UrgentRole:
        return c.lead.urgent;
    case SnippetRole:
        return snippet(c);
    case UnreadRole:
        return c.lead.unread;
    case StatusRole:
        return shownStatus(c);
    case TimeRole:
        return c.lead.lastActivityAt;
    case TimeTextRole:
        return relativeTime(c.lead.lastActivityAt, m_clock->nowUtc());
    case StatusValueRole:
        return int(shownStatusValue(c));
    case AutomatedRole:
        return !c.lastBody.isEmpty() && c.lastDirection == MessageDirection::Outbound && c.lastAutomated;
    case OptedOutRole:
        return c.optedOut;
    case NeedsReplyRole:
        return c.needsReply();
    case WaitingSinceRole:
        return c.needsReply() ? c.waitingSince : QDateTime();
    case WaitTextRole:
        return c.needsReply() ? waitText(c.waitingSince, m_clock->nowUtc()) : QString();
    case WaitMinutesRole:
        return c.needsReply() ? int(qMax<qint64>(0, c.waitingSince.secsTo(m_clock->nowUtc()) / 60)) : -1;
    case UnreadCountRole:
        return c.lead.unread ? qMax(1, c.waitingTexts) : 0;
    case AssigneeRole:
        return c.assigneeName;
    case AssigneeInitialsRole:
        return initials(c.assigneeName);
    case InListRole:
        return c.inFilter && c.inSearch;
    case LeftListRole:
        return leftListReason(c);
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
    names.insert(NeedsReplyRole, "needsReply");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(WaitTextRole, "waitText");
    names.insert(WaitMinutesRole, "waitMinutes");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(AssigneeRole, "assignee");
    names.insert(AssigneeInitialsRole, "assigneeInitials");
    names.insert(InListRole, "inList");
    names.insert(LeftListRole, "leftList");
    names.insert(SummaryRole, "summary");
    names.insert(UrgentRole, "urgent");
    return names;
}

} // namespace ringback::ui
