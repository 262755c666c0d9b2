#include "CallLogModel.h"

#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"

#include <QColor>
#include <QLocale>

namespace ringback::ui {

CallLogModel::CallLogModel(Database& db, const PhoneNumberService& phone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_phone(phone)
{
    refresh();
}

int CallLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallLogModel::callerText(const Call& call) const
{
    const PhoneNumberInfo info = m_phone.parse(call.fromNumber);
    if (info.kind == CallerIdKind::Withheld)
        return tr("Withheld number");
    if (!info.isValid())
        return call.fromNumber;
    return info.place.isEmpty() ? info.national : tr("%1 · %2").arg(info.national, info.place);
}

QString CallLogModel::outcomeText(const Call& call) const
{
    if (!call.verdictDetail.isEmpty())
        return call.verdictDetail;
    if (!isFinal(call.status))
        return tr("In progress");
    return tr("Not decided yet");
}

QVariant CallLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call& call = m_calls.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = call.startedAt.toLocalTime();
            return QLocale().toString(local, QLocale::ShortFormat);
        }
        case CallerColumn:
            return callerText(call);
        case OutcomeColumn:
            return outcomeText(call);
        case DurationColumn:
            return call.durationSeconds ? tr("%1:%2")
                                              .arg(*call.durationSeconds / 60)
                                              .arg(*call.durationSeconds % 60, 2, 10, QLatin1Char('0'))
                                        : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CallerColumn)
        return call.fromNumber;
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return outcomeText(call); // the column elides long reasons
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        call.verdict == QLatin1String("missed"))
        return QColor(0xb4, 0x23, 0x18);
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CallerColumn:
        return tr("Caller");
    case OutcomeColumn:
        return tr("What happened");
    case DurationColumn:
        return tr("Length");
    default:
        return {};
    }
}

bool CallLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void CallLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto page = CallStore(m_db).page(int(m_calls.size()), kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_more = false;
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_calls.size()), int(m_calls.size() + page->size() - 1));
    m_calls += page.value();
    endInsertRows();
}

void CallLogModel::refresh()
{
    const int keep = qMax(int(m_calls.size()), kPageSize);
    auto page = CallStore(m_db).page(0, keep);
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    // No fetching while the reset is being announced: views (and the model tester) react to
    // modelReset by asking for more, which must wait until the reset is complete.
    beginResetModel();
    m_calls = page.value();
    m_more = false;
    endResetModel();
    m_more = m_calls.size() == keep;
}

} // namespace ringback::ui
