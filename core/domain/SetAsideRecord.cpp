#include "SetAsideRecord.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace ringback {

namespace {

constexpr detail::EnumNames<SetAsideReason, 8> kReasons{{
    {SetAsideReason::NotAnObject, "not-an-object"},
    {SetAsideReason::MissingId, "missing-id"},
    {SetAsideReason::BadId, "bad-id"},
    {SetAsideReason::UnknownStatus, "unknown-status"},
    {SetAsideReason::BadDate, "bad-date"},
    {SetAsideReason::FutureDate, "future-date"},
    {SetAsideReason::BadNumber, "bad-number"},
    {SetAsideReason::StoreRefused, "store-refused"},
}};

constexpr detail::EnumNames<RecordKind, 2> kKinds{{
    {RecordKind::Call, "call"},
    {RecordKind::Message, "message"},
}};

} // namespace

QString toText(SetAsideReason reason)
{
    return detail::enumName(kReasons, reason);
}

SetAsideReason setAsideReasonFromString(const QString& text)
{
    return detail::enumValue(kReasons, text, SetAsideReason::Unknown);
}

QString toText(RecordKind kind)
{
    return detail::enumName(kKinds, kind);
}

RecordKind recordKindFromString(const QString& text)
{
    return detail::enumValue(kKinds, text, RecordKind::Unknown);
}

QString SetAsideRecord::reasonText(SetAsideReason reason)
{
    switch (reason) {
    case SetAsideReason::NotAnObject:
        return tr("The provider sent something that is not a record.");
    case SetAsideReason::MissingId:
        return tr("The record has no id.");
    case SetAsideReason::BadId:
        return tr("The record's id is not text.");
    case SetAsideReason::UnknownStatus:
        return tr("The record's status is missing or unknown.");
    case SetAsideReason::BadDate:
        return tr("A date in the record is not a date.");
    case SetAsideReason::FutureDate:
        return tr("A date in the record is in the future.");
    case SetAsideReason::BadNumber:
        return tr("A number in the record is not a number.");
    case SetAsideReason::StoreRefused:
        return tr("The database refused to store the record.");
    case SetAsideReason::Unknown:
        break;
    }
    return tr("The record could not be read.");
}

} // namespace ringback
