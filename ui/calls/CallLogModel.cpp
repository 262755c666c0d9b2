#include "CallLogModel.h"

#include "common/OutsideText.h"
#include "domain/CallOutcome.h"
#include "domain/FactWording.h"
#include "phone/PhoneNumberService.h"
#include "store/CallStore.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

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

bool CallLogModel::missedWhileNobodyTexting(const Call& call)
{
    return call.endedWhileNobodyTexting && call.verdict == QLatin1String("missed");
}

QString CallLogModel::outcomeText(const Call& call) const
{
    // Stored as codes; worded in this desk's language (a legacy sentence as it was written).
    if (const QString outcome = FactWording().callOutcome(call); !outcome.isEmpty()) {
        // Issue 21: the owner sees which calls no Ringback was running for.
        if (missedWhileNobodyTexting(call))
            return tr("%1 (nobody was texting)").arg(shownText(outcome));
        return shownText(outcome);
    }
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
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn) {
        // The column elides long reasons.
        if (missedWhileNobodyTexting(call))
            return plainTextToolTip(
                outcomeText(call) + QLatin1Char('\n') +
                tr("No Ringback was running when this call was missed: every desk was closed and no "
                   "always-on worker was texting."));
        return plainTextToolTip(outcomeText(call));
    }
    if (role == NobodyTextingRole)
        return missedWhileNobodyTexting(call);
    if (role == NumberRole)
        return call.fromNumber;
    if (role == OutcomeKindRole)
        return int(callOutcomeKind(call));
    if (index.column() == OutcomeColumn && (role == Qt::ForegroundRole || role == Qt::FontRole))
        return outcomeLook(callOutcomeKind(call), role);
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool CallLogModel::hasCallsInProgress() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (callOutcomeKind(rowAt(row)) == CallOutcomeKind::InProgress)
            return true;
    }
    return false;
}

QVariant CallLogModel::outcomeLook(CallOutcomeKind kind, int role)
{
    // Red only where a person has to act; green where Ringback took care of it; grey where
    // nothing is left to do. The words say the same, for anyone who cannot tell the colours.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case CallOutcomeKind::NeedsCallBack:
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x23, 0x18);
    case CallOutcomeKind::HeldForApproval:
        return role == Qt::ForegroundRole
                   ? QVariant(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x56, 0x00))
                   : QVariant();
    case CallOutcomeKind::TextedBack:
        return role == Qt::ForegroundRole
                   ? QVariant(dark ? QColor(0x7e, 0xd3, 0x8c) : QColor(0x1e, 0x6b, 0x2e))
                   : QVariant();
    case CallOutcomeKind::NotTexted:
    case CallOutcomeKind::NotForBusiness:
    case CallOutcomeKind::InProgress:
    case CallOutcomeKind::Undecided:
        return role == Qt::ForegroundRole
                   ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                   : QVariant();
    case CallOutcomeKind::Answered:
        break;
    }
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
