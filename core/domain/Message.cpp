#include "Message.h"

#include "EnumNames.h"

namespace ringback {

namespace {
constexpr detail::EnumNames<MessageDirection, 2> kDirections{{
    {MessageDirection::Inbound, "inbound"},
    {MessageDirection::Outbound, "outbound"},
}};

constexpr detail::EnumNames<MessageStatus, 12> kStatuses{{
    {MessageStatus::Queued, "queued"},
    {MessageStatus::Accepted, "accepted"},
    {MessageStatus::Scheduled, "scheduled"},
    {MessageStatus::Sending, "sending"},
    {MessageStatus::Sent, "sent"},
    {MessageStatus::Delivered, "delivered"},
    {MessageStatus::Undelivered, "undelivered"},
    {MessageStatus::Failed, "failed"},
    {MessageStatus::Receiving, "receiving"},
    {MessageStatus::Received, "received"},
    {MessageStatus::Read, "read"},
    {MessageStatus::Canceled, "canceled"},
}};
} // namespace

QString toText(MessageDirection direction)
{
    return detail::enumName(kDirections, direction, "inbound");
}
MessageDirection messageDirectionFromString(const QString& text)
{
    // Twilio says "outbound-api", "outbound-call", "outbound-reply" for what we send.
    return text.trimmed().toLower().startsWith(QLatin1String("outbound")) ? MessageDirection::Outbound
                                                                          : MessageDirection::Inbound;
}
QString toText(MessageStatus status)
{
    return detail::enumName(kStatuses, status);
}
MessageStatus messageStatusFromString(const QString& text)
{
    return detail::enumValue(kStatuses, text, MessageStatus::Unknown);
}

} // namespace ringback
