#include "ConversationListModel.h"

#include "phone/PhoneNumberService.h"

#include <QFont>

namespace ringback::ui {

ConversationListModel::ConversationListModel(Database& db, const PhoneNumberService& phone, QObject* parent)
    : PagedModel([&db](int offset, int limit) { return ConversationStore(db).page(offset, limit); },
                 kPageSize, parent)
    , m_phone(phone)
{
    refresh();
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
        return c.lead.displayName;
    const PhoneNumberInfo info = m_phone.parse(c.lead.e164);
    return info.isValid() ? info.national : c.lead.e164;
}

QString ConversationListModel::snippet(const ConversationSummary& c) const
{
    if (c.lastBody.isEmpty())
        return tr("Missed call, no texts yet");
    const QString body = c.lastBody.simplified();
    if (c.lastDirection == MessageDirection::Inbound)
        return body;
    return c.lastAutomated ? tr("Auto-text: %1").arg(body) : tr("You: %1").arg(body);
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary& c = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString where = c.lead.place.isEmpty() ? QString() : tr(" · %1").arg(c.lead.place);
        return tr("%1%2 — %3\n%4").arg(title(c), where, statusText(c.lead.status), snippet(c));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(title(c), statusText(c.lead.status), snippet(c));
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
        return statusText(c.lead.status);
    case TimeRole:
        return c.lead.lastActivityAt;
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
    return names;
}

} // namespace ringback::ui
