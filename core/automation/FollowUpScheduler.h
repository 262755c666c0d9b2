#pragma once

#include "domain/Lead.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace ringback {

class Clock;
class Database;

// DESIGN §3: when a text-back got no reply after N minutes, one follow-up goes through the same
// outbox (unique per call and kind, so never two), at a moment the recipient's quiet hours allow,
// and never after any reply, staff message or opt-out. Follow-ups are off by default.
class FollowUpScheduler
{
public:
    // The earliest moment at or after `at` a follow-up may reach `e164` (QuietHours).
    using AllowedAt = std::function<QDateTime(const QString& e164, const QDateTime& at)>;
    using Composer = std::function<QString(const Lead& lead)>;

    FollowUpScheduler(Database& db, const Clock& clock, AllowedAt allowedAt, Composer compose);

    // Enqueues the follow-ups that are due; returns how many.
    StoreResult<int> scheduleDue(int delayMinutes);

private:
    Database& m_db;
    const Clock& m_clock;
    AllowedAt m_allowedAt;
    Composer m_compose;
};

} // namespace ringback
