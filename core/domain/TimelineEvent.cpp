#include "TimelineEvent.h"

#include "EnumNames.h"

namespace ringback {

namespace {
constexpr detail::EnumNames<TimelineKind, 12> kKinds{{
    {TimelineKind::CallMissed, "call_missed"},
    {TimelineKind::CallAnswered, "call_answered"},
    {TimelineKind::Texted, "texted"},
    {TimelineKind::NotTexted, "not_texted"},
    {TimelineKind::MessageReceived, "message_received"},
    {TimelineKind::MessageSent, "message_sent"},
    {TimelineKind::SendFailed, "send_failed"},
    {TimelineKind::OptedOut, "opted_out"},
    {TimelineKind::OptedIn, "opted_in"},
    {TimelineKind::StatusChanged, "status_changed"},
    {TimelineKind::Assigned, "assigned"},
    {TimelineKind::Note, "note"},
}};
} // namespace

QString toText(TimelineKind kind)
{
    return detail::enumName(kKinds, kind, "note");
}
TimelineKind timelineKindFromString(const QString& text)
{
    return detail::enumValue(kKinds, text, TimelineKind::Note);
}

} // namespace ringback
