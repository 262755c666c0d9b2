#include "LeadColumnModel.h"

#include "common/Money.h"
#include "common/OutsideText.h"
#include "common/RelativeTime.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace ringback::ui {

const QString LeadColumnModel::kMimeType = QStringLiteral("application/x-ringback-lead");

namespace {

struct DraggedLead
{
    qint64 leadId = 0;
    qint64 revision = 0;
    int status = 0;
};

std::optional<DraggedLead> decode(const QMimeData* data)
{
    if (!data || !data->hasFormat(LeadColumnModel::kMimeType))
        return std::nullopt;
    QDataStream in(data->data(LeadColumnModel::kMimeType));
    DraggedLead d;
    in >> d.leadId >> d.revision >> d.status;
    if (in.status() != QDataStream::Ok || d.leadId <= 0 || d.status < int(LeadStatus::New) ||
        d.status > int(LeadStatus::Lost))
        return std::nullopt;
    return d;
}

} // namespace

LeadColumnModel::LeadColumnModel(LeadStatus status, Database& db, const PhoneNumberService& phone,
                                 const Clock& clock, QObject* parent)
    : PagedModel(
          [&db, status](int offset, int limit) { return LeadBoardStore(db).column(status, offset, limit); },
          kPageSize, parent)
    , m_status(status)
    , m_phone(phone)
    , m_clock(clock)
{
    setRowKey([](const BoardCard& c) { return c.lead.id; });
    refresh();
}

int LeadColumnModel::rowOf(qint64 leadId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).lead.id == leadId)
            return row;
    }
    return -1;
}

QString LeadColumnModel::money(qint64 cents) const
{
    return money::format(cents, m_phone.defaultRegion());
}

QString LeadColumnModel::age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1)
        return tr("now");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QString LeadColumnModel::number(const Lead& lead) const
{
    const PhoneNumberInfo info = m_phone.parse(lead.e164);
    return info.isValid() ? info.national : lead.e164;
}

QString LeadColumnModel::title(const Lead& lead) const
{
    return shownText(lead.displayName.isEmpty() ? number(lead) : lead.displayName);
}

QVariant LeadColumnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard& card = rowAt(index.row());
    const Lead& lead = card.lead;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return title(lead);
    case Qt::ToolTipRole:
        return plainTextToolTip(data(index, Qt::AccessibleTextRole).toString()); // names, needs, places
    case Qt::AccessibleTextRole: {
        QStringList parts{title(lead)};
        if (!lead.need.isEmpty())
            parts << lead.need;
        if (!lead.place.isEmpty())
            parts << lead.place;
        if (lead.estimatedValueCents)
            parts << tr("estimated %1").arg(money(*lead.estimatedValueCents));
        parts << (card.staffName.isEmpty() ? tr("not assigned") : tr("assigned to %1").arg(card.staffName));
        if (card.optedOut)
            parts << tr("opted out of texts");
        else if (card.cannotText)
            parts << tr("cannot be texted");
        parts << tr("first call %1 ago").arg(age(lead.createdAt, m_clock.nowUtc()));
        return parts.join(QStringLiteral(", "));
    }
    case LeadIdRole:
        return lead.id;
    case RevisionRole:
        return lead.revision;
    case NumberRole:
        return number(lead);
    case NeedRole: // with the address and the day when the caller's answers gave them
        return lead.summary();
    case PlaceRole:
        return lead.place;
    case ValueRole:
        return lead.estimatedValueCents ? money(*lead.estimatedValueCents) : QString();
    case StaffRole:
        return card.staffName;
    case AgeRole:
        // The same words and the same moment as the inbox's list ("29 d" beside "now" misled).
        return relativeTime(lead.lastActivityAt, m_clock.nowUtc());
    case UnreadRole:
        return lead.unread;
    case WordsRole:
        return shownText(card.lastWords.simplified());
    case ReachRole:
        return int(card.optedOut ? Reach::OptedOut : card.cannotText ? Reach::CannotText : Reach::Textable);
    default:
        return {};
    }
}

QHash<int, QByteArray> LeadColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(RevisionRole, "revision");
    names.insert(TitleRole, "title");
    names.insert(NumberRole, "number");
    names.insert(NeedRole, "need");
    names.insert(PlaceRole, "place");
    names.insert(ValueRole, "value");
    names.insert(StaffRole, "staff");
    names.insert(AgeRole, "age");
    names.insert(UnreadRole, "unread");
    names.insert(WordsRole, "words");
    names.insert(ReachRole, "reach");
    return names;
}

Qt::ItemFlags LeadColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList LeadColumnModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* LeadColumnModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !checkIndex(indexes.first(), CheckIndexOption::IndexIsValid))
        return nullptr;
    const Lead& lead = rowAt(indexes.first().row()).lead;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << lead.id << lead.revision << int(lead.status);
    auto* data = new QMimeData;
    data->setData(kMimeType, bytes);
    data->setText(title(lead));
    return data;
}

Qt::DropActions LeadColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LeadColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool LeadColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex&) const
{
    const auto dragged = decode(data);
    return action == Qt::MoveAction && dragged && LeadStatus(dragged->status) != m_status;
}

bool LeadColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DraggedLead d = *decode(data);
    QMetaObject::invokeMethod(
        this, [this, d] { emit moveRequested(d.leadId, d.revision, LeadStatus(d.status), m_status); },
        Qt::QueuedConnection);
    // The card leaves its old column by the refresh that follows the move, not by removeRows.
    return true;
}

} // namespace ringback::ui
