#include "CallLogModel.h"

#include "common/OutsideText.h"
#include "domain/FactWording.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"

#include <QColor>
#include <QLocale>

namespace ringback::ui {

CallLogModel::CallLogModel(Database& db, const PhoneNumberService& phone, QObject* parent)
    : PagedModel([&db](int offset, int limit) { return CallStore(db).page(offset, limit); }, kPageSize,
                 parent)
    , m_phone(phone)
{
    refresh();
}

void CallLogModel::setDeskConnection(DeskConnection* link)
{
    PagedModel::setDeskConnection(link, []() -> ConnectionLoader {
        return [](Database& db, int offset, int limit) {
            return CallStore(db).page(offset, limit);
        };
    });
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
        return shownText(call.fromNumber); // as the provider sent it, control characters made inert
    return info.place.isEmpty() ? info.national : tr("%1 · %2").arg(info.national, info.place);
}

QString CallLogModel::outcomeText(const Call& call) const
{
    // Stored as codes; worded in this desk's language (a legacy sentence as it was written).
    if (const QString outcome = FactWording().callOutcome(call); !outcome.isEmpty())
        return shownText(outcome);
    if (!isFinal(call.status))
        return tr("In progress");
    return tr("Not decided yet");
}

QVariant CallLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call& call = rowAt(index.row());
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
    // Caller IDs come straight from the provider, names and places from anyone: tooltips show
    // them as text.
    if (role == Qt::ToolTipRole && index.column() == CallerColumn)
        return plainTextToolTip(call.fromNumber);
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return plainTextToolTip(outcomeText(call)); // the column elides long reasons
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

} // namespace ringback::ui
