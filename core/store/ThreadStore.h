#pragma once

#include "StoreError.h"
#include "domain/Message.h"
#include "domain/OutboxItem.h"
#include "domain/TimelineEvent.h"

#include <QList>

#include <optional>

namespace ringback {

class Database;

// A line between the bubbles of a conversation: a missed call (with what became of its
// text-back) or a decision about texting ("Not texted: landline", "Opted out").
struct ThreadEvent
{
    qint64 id = 0; // timeline_events id
    TimelineKind kind = TimelineKind::Note;
    QString code; // the event's code and parameters (FactWording words them)
    QVariantMap params;
    QString actor;
    QDateTime occurredAt;
    QDateTime orderAt; // its place in the thread: occurredAt, a millisecond later when a text caused it
    std::optional<qint64> callId;
    QDateTime callEndedAt;                    // when the call ended (missed calls)
    std::optional<OutboxState> textBackState; // the call's text-back, when one was queued
    QDateTime textBackSentAt;
    // Why the call was not texted, when it was not: the decision's code ("cannot_receive_sms").
    QString decision;
    QVariantMap decisionParams;
    // What cancelled the text-back (state Cancelled), read from what happened between the call's
    // end and the cancellation: the first of a text from them and a call that reached them.
    enum class CancelReason { Unknown, TextReply, ReachedByPhone };
    CancelReason cancelReason = CancelReason::Unknown;
};

// One row of a conversation: a text or an event. Rows are ordered by (time, kind, id), events
// before texts at the same millisecond, so a page boundary is a total order.
struct ThreadEntry
{
    enum class Kind { Event, Message };
    Kind kind = Kind::Message;
    Message message;
    ThreadEvent event;

    // The row's place in the thread's order.
    QDateTime at() const { return kind == Kind::Message ? message.createdAt : event.orderAt; }
    qint64 id() const { return kind == Kind::Message ? message.id : event.id; }
    bool sameRow(const ThreadEntry& other) const { return kind == other.kind && id() == other.id(); }
};

// Where a page starts or ends: a row's place in the (time, kind, id) order.
struct ThreadCursor
{
    qint64 atMs = 0;
    ThreadEntry::Kind kind = ThreadEntry::Kind::Message;
    qint64 id = 0;

    static ThreadCursor of(const ThreadEntry& entry)
    {
        return {entry.at().toMSecsSinceEpoch(), entry.kind, entry.id()};
    }
};

// A lead's conversation as the thread shows it: its texts and, inline, its missed calls and the
// automation's decisions, read a page at a time from the newest end so a conversation with
// thousands of texts opens as fast as one with three.
class ThreadStore
{
public:
    explicit ThreadStore(Database& db)
        : m_db(db)
    {}

    // Up to `limit` rows older than `before` (from the newest when empty), oldest first.
    StoreResult<QList<ThreadEntry>> olderPage(qint64 leadId, std::optional<ThreadCursor> before, int limit);
    // Every row from `from` (inclusive) to the newest, oldest first: the loaded window, re-read.
    StoreResult<QList<ThreadEntry>> from(qint64 leadId, const ThreadCursor& from);

    // The timeline kinds shown between the bubbles (the lead card shows them all).
    static QList<TimelineKind> inlineKinds();

private:
    struct Bound
    {
        ThreadCursor cursor;
        bool upper = true; // upper: rows before the cursor (exclusive); lower: from it (inclusive)
    };
    StoreResult<QList<ThreadEntry>> messages(qint64 leadId, const std::optional<Bound>& bound, int limit);
    StoreResult<QList<ThreadEntry>> events(qint64 leadId, const std::optional<Bound>& bound, int limit);
    StoreResult<QList<ThreadEntry>> merged(qint64 leadId, const std::optional<Bound>& bound, int limit);

    Database& m_db;
};

} // namespace ringback
