#include "OutboxItem.h"

#include "EnumNames.h"

namespace ringback {

namespace {
constexpr detail::EnumNames<OutboxKind, 6> kKinds{{
    {OutboxKind::TextBack, "textback"},
    {OutboxKind::FollowUp, "followup"},
    {OutboxKind::Reply, "reply"},
    {OutboxKind::HelpReply, "help"},
    {OutboxKind::OwnerAlert, "owner_alert"},
    {OutboxKind::IntakeQuestion, "intake"},
}};
constexpr detail::EnumNames<OutboxState, 7> kStates{{
    {OutboxState::Pending, "pending"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Held, "held"},
    {OutboxState::Cancelled, "cancelled"},
    {OutboxState::Uncertain, "uncertain"},
}};
} // namespace

QString toText(OutboxKind kind)
{
    return detail::enumName(kKinds, kind);
}
OutboxKind outboxKindFromString(const QString& text)
{
    return detail::enumValue(kKinds, text, OutboxKind::Reply);
}
QString toText(OutboxState state)
{
    return detail::enumName(kStates, state);
}
OutboxState outboxStateFromString(const QString& text)
{
    return detail::enumValue(kStates, text, OutboxState::Failed);
}

} // namespace ringback
