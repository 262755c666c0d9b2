#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

enum class TimelineKind {
    CallMissed,
    CallAnswered,
    Texted,
    NotTexted,
    MessageReceived,
    MessageSent,
    SendFailed,
    OptedOut,
    OptedIn,
    StatusChanged,
    Assigned,
    Note
};

QString toText(TimelineKind kind);
TimelineKind timelineKindFromString(const QString& text);

// One line of a lead's history: what happened and, for decisions, why ("Not texted: landline").
struct TimelineEvent
{
    qint64 id = 0;
    qint64 leadId = 0;
    TimelineKind kind = TimelineKind::Note;
    QString detail;
    std::optional<qint64> callId;
    std::optional<qint64> messageId;
    QDateTime occurredAt;
};

} // namespace ringback
