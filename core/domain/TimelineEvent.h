#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

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

// One line of a lead's history: what happened and, for decisions, why. Stored as codes, never as
// a sentence (DESIGN §6): `code` says which fact of its kind ("busy", "cannot_receive_sms",
// "board"), `params` carries its values ({"from": "new", "to": "booked"}), and each desk words
// it in its own language when it shows it (FactWording).
struct TimelineEvent
{
    qint64 id = 0;
    qint64 leadId = 0;
    TimelineKind kind = TimelineKind::Note;
    QString code;
    QVariantMap params;
    std::optional<qint64> callId;
    std::optional<qint64> messageId;
    QDateTime occurredAt;
    QString actor; // who at the office did it (the desk's person); empty: Ringback itself
    // A missed call's line also tells what was decided about it (TimelineStore::recent folds the
    // call's "not texted" event into it): one line per call.
    QString decision;
    QVariantMap decisionParams;
};

} // namespace ringback
