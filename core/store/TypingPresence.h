#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QStringList>

namespace ringback {

class Database;

// Who is writing a reply in which conversation, so other desks can say "Maria is replying…".
// A desk announces while its composer is being typed in; each announcement holds for kHoldMs, so
// a desk that stops typing, crashes or loses its network simply drops out without anyone clearing
// it. Sending or leaving the conversation clears it at once. On PostgreSQL every change notifies
// the other desks (migration 7's trigger); on SQLite (one desk) there is nobody else to see it.
class TypingPresence
{
public:
    static constexpr qint64 kHoldMs = 6'000;

    explicit TypingPresence(Database& db)
        : m_db(db)
    {}

    // `who` is typing in the lead's conversation, as of `now`, for the next kHoldMs.
    StoreResult<void> announce(qint64 leadId, const QString& who, const QDateTime& now);
    StoreResult<void> clear(qint64 leadId, const QString& who);
    // The names still typing there at `now`, other than `me`, sorted.
    StoreResult<QStringList> othersTyping(qint64 leadId, const QString& me, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace ringback
