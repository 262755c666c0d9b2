#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// A running automation worker, as its last heartbeat says (table sender_heartbeats, migration 16).
struct SenderBeat
{
    enum class Kind { Desk, Worker }; // a desk's window, or the always-on `--headless` worker

    QString holder;  // the lease holder id: unique per process ("Front desk (pid 42 on office-pc)")
    QString label;   // what people call it: the desk name, else the machine's name
    QString machine; // the machine's host name
    Kind kind = Kind::Desk;
    bool sending = false; // held the sending role at this beat (the others stand by)
    bool running = true;  // false once it stopped cleanly
    // How long the beat stays true: the lease's time to live past the next expected beat.
    qint64 freshMs = 0;
    QDateTime lastSeenAt;
    QDateTime lastSendingAt; // its last beat while sending (invalid: never sent)

    bool isFreshAt(const QDateTime& now) const
    {
        return running && lastSeenAt.isValid() && lastSeenAt.addMSecs(freshMs) >= now;
    }
    bool operator==(const SenderBeat&) const = default;
};

// A stretch when no process held the sending role: nobody texted missed callers back.
struct SenderGap
{
    qint64 id = 0;
    QDateTime startedAt; // the last sending beat before the silence
    QDateTime endedAt;   // when a sender started again
    QString endedBy;     // the holder that ended it
};

// The heartbeats of the processes that can send, and the gaps between senders derived from them.
class SenderHeartbeatStore
{
public:
    explicit SenderHeartbeatStore(Database& db)
        : m_db(db)
    {}

    // Writes this process's beat (at beat.lastSeenAt). A sending beat that comes after the last
    // sending beat of any process went stale records the gap between the two, and returns it.
    // The very first sending beat of a store records nothing: before it, nobody was expected to
    // text (automation was not set up yet).
    StoreResult<std::optional<SenderGap>> beat(const SenderBeat& beat);
    // The process stopped cleanly: it is no longer running (nor sending, from `now`).
    StoreResult<void> stopped(const QString& holder, const QDateTime& now);
    // The running processes seen since `since`, the latest first.
    StoreResult<QList<SenderBeat>> runningSince(const QDateTime& since);
    // When a process was last seen sending (invalid: never).
    StoreResult<QDateTime> lastSendingAt();
    // The gaps that overlap [from, to), oldest first.
    StoreResult<QList<SenderGap>> gaps(const QDateTime& from, const QDateTime& to);
    // Records a gap as it is (tests, and imports of a known outage).
    StoreResult<qint64> recordGap(const SenderGap& gap);

    static QString kindCode(SenderBeat::Kind kind);

private:
    Database& m_db;
};

} // namespace ringback
