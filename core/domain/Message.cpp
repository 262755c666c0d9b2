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

constexpr detail::EnumNames<MessageChannel, 2> kChannels{{
    {MessageChannel::Sms, "sms"},
    {MessageChannel::WhatsApp, "whatsapp"},
}};

const QLatin1String kWhatsAppPrefix("whatsapp:");
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

QString toText(MessageChannel channel)
{
    return detail::enumName(kChannels, channel, "sms");
}
MessageChannel messageChannelFromString(const QString& text)
{
    return detail::enumValue(kChannels, text, MessageChannel::Sms);
}

ChannelAddress parseChannelAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.startsWith(kWhatsAppPrefix, Qt::CaseInsensitive))
        return {trimmed.mid(kWhatsAppPrefix.size()).trimmed(), MessageChannel::WhatsApp};
    return {trimmed, MessageChannel::Sms};
}

QString channelAddress(const QString& number, MessageChannel channel)
{
    return channel == MessageChannel::WhatsApp ? kWhatsAppPrefix + number : number;
}

} // namespace ringback
