#include "SenderHeartbeat.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "store/SenderHeartbeatStore.h"

namespace ringback {

namespace {
// Beats older than this are not read: nothing shows a process not seen for an hour.
constexpr qint64 kReadBackMs = 3600 * 1000;
} // namespace

SenderHeartbeat::SenderHeartbeat(Database& db, const Clock& clock, Identity identity)
    : m_db(db)
    , m_clock(clock)
    , m_identity(std::move(identity))
{}

SenderPresence SenderHeartbeat::beat(bool sending, qint64 freshMs)
{
    m_sending = sending;
    const QDateTime now = m_clock.nowUtc();
    SenderHeartbeatStore store(m_db);
    SenderBeat b;
    b.holder = m_identity.holder;
    b.label = m_identity.label;
    b.machine = m_identity.machine;
    b.kind = m_identity.kind;
    b.sending = sending;
    b.freshMs = freshMs;
    b.lastSeenAt = now;
    auto written = store.beat(b);
    if (!written) {
        qCWarning(lcWorker).noquote() << "could not write the sender heartbeat:" << written.error().message;
    } else if (written->has_value()) {
        const SenderGap& gap = **written;
        qCInfo(lcWorker).noquote() << "nobody was texting from" << gap.startedAt.toString(Qt::ISODate) << "to"
                                   << gap.endedAt.toString(Qt::ISODate);
    }
    auto beats = store.runningSince(now.addMSecs(-kReadBackMs));
    auto lastSending = store.lastSendingAt();
    if (!beats || !lastSending) {
        qCWarning(lcWorker).noquote() << "could not read the sender heartbeats:"
                                      << (!beats ? beats.error().message : lastSending.error().message);
        return m_last;
    }
    SenderPresence p;
    p.ownHolder = m_identity.holder;
    p.beats = beats.value();
    p.lastSendingAt = lastSending.value();
    p.readAt = now;
    if (m_hours)
        p.hours = m_hours();
    m_last = p;
    return p;
}

void SenderHeartbeat::stopped()
{
    if (auto r = SenderHeartbeatStore(m_db).stopped(m_identity.holder, m_clock.nowUtc()); !r)
        qCWarning(lcWorker).noquote()
            << "could not say in the store that this sender stopped:" << r.error().message;
}

} // namespace ringback
