#include "Call.h"

#include "EnumNames.h"

namespace ringback {

namespace {

using detail::enumName;
using detail::enumValue;

constexpr detail::EnumNames<CallDirection, 3> kDirections{{
    {CallDirection::Inbound, "inbound"},
    {CallDirection::OutboundApi, "outbound-api"},
    {CallDirection::OutboundDial, "outbound-dial"},
}};

constexpr detail::EnumNames<CallStatus, 8> kStatuses{{
    {CallStatus::Queued, "queued"},
    {CallStatus::Ringing, "ringing"},
    {CallStatus::InProgress, "in-progress"},
    {CallStatus::Completed, "completed"},
    {CallStatus::Busy, "busy"},
    {CallStatus::NoAnswer, "no-answer"},
    {CallStatus::Canceled, "canceled"},
    {CallStatus::Failed, "failed"},
}};

} // namespace

QString toText(CallDirection direction)
{
    return enumName(kDirections, direction);
}
CallDirection callDirectionFromString(const QString& text)
{
    return enumValue(kDirections, text, CallDirection::Unknown);
}
QString toText(CallStatus status)
{
    return enumName(kStatuses, status);
}
CallStatus callStatusFromString(const QString& text)
{
    return enumValue(kStatuses, text, CallStatus::Unknown);
}

bool isFinal(CallStatus status)
{
    switch (status) {
    case CallStatus::Completed:
    case CallStatus::Busy:
    case CallStatus::NoAnswer:
    case CallStatus::Canceled:
    case CallStatus::Failed:
        return true;
    default:
        return false;
    }
}

bool Call::sameProviderFacts(const Call& o) const
{
    return providerCallId == o.providerCallId && parentProviderCallId == o.parentProviderCallId &&
           direction == o.direction && fromNumber == o.fromNumber && toNumber == o.toNumber &&
           status == o.status && startedAt == o.startedAt && endedAt == o.endedAt &&
           durationSeconds == o.durationSeconds && answeredBy == o.answeredBy &&
           hasRecording == o.hasRecording;
}

} // namespace ringback
