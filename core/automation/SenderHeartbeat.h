#pragma once

#include "SenderPresence.h"

#include <QString>

#include <functional>
#include <optional>

namespace ringback {

class Clock;
class Database;

// The automation worker's heartbeat: each cycle it writes "this process runs, sending or standing
// by" and reads everyone's, so every desk can say who is texting. A sending beat after a silence
// records the gap (SenderHeartbeatStore::beat). Failures are logged and never stop the worker:
// a missing beat only makes the others say "Nobody is texting" a little early.
class SenderHeartbeat
{
public:
    struct Identity
    {
        QString holder;
        QString label;
        QString machine;
        SenderBeat::Kind kind = SenderBeat::Kind::Desk;
    };

    SenderHeartbeat(Database& db, const Clock& clock, Identity identity);

    // The business hours the presence carries (the worker's cached ones).
    void setHours(std::function<std::optional<BusinessHours>()> hours) { m_hours = std::move(hours); }

    // Writes this process's beat, stays fresh for `freshMs`, and reads everyone's.
    SenderPresence beat(bool sending, qint64 freshMs);
    // The same beat again, until the next cycle `freshMs` from now (a back-off says so).
    SenderPresence renew(qint64 freshMs) { return beat(m_sending, freshMs); }
    bool sending() const { return m_sending; }
    // The process stops: its beat says so at once.
    void stopped();

private:
    Database& m_db;
    const Clock& m_clock;
    Identity m_identity;
    std::function<std::optional<BusinessHours>()> m_hours;
    SenderPresence m_last;
    bool m_sending = false;
};

} // namespace ringback
