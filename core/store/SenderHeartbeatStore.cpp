#include "SenderHeartbeatStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {

// Heartbeats of processes gone for longer than this are dropped (the latest sending one stays:
// it is where the next gap starts).
constexpr qint64 kForgetAfterMs = 24 * 3600 * 1000LL;

const QString kBeatColumns =
    QStringLiteral("holder, label, machine, kind, sending, running, fresh_ms, last_seen_at, last_sending_at");

SenderBeat readBeat(const QSqlQuery& q)
{
    SenderBeat b;
    b.holder = q.value(0).toString();
    b.label = q.value(1).toString();
    b.machine = q.value(2).toString();
    b.kind =
        q.value(3).toString() == QLatin1String("worker") ? SenderBeat::Kind::Worker : SenderBeat::Kind::Desk;
    b.sending = q.value(4).toInt() != 0;
    b.running = q.value(5).toInt() != 0;
    b.freshMs = q.value(6).toLongLong();
    b.lastSeenAt = sql::toTime(q.value(7));
    b.lastSendingAt = sql::toTime(q.value(8));
    return b;
}

} // namespace

QString SenderHeartbeatStore::kindCode(SenderBeat::Kind kind)
{
    return kind == SenderBeat::Kind::Worker ? QStringLiteral("worker") : QStringLiteral("desk");
}

StoreResult<std::optional<SenderGap>> SenderHeartbeatStore::beat(const SenderBeat& beat)
{
    const QDateTime now = beat.lastSeenAt;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    std::optional<SenderGap> gap;
    if (beat.sending) {
        // The last sign of a sender, whoever it was (this process too: a laptop that slept).
        auto last = rows::first<SenderBeat>(
            readBeat, m_db.exec(QStringLiteral("SELECT %1 FROM sender_heartbeats WHERE last_sending_at IS "
                                               "NOT NULL ORDER BY last_sending_at DESC LIMIT 1")
                                    .arg(kBeatColumns)));
        if (!last)
            return last.error();
        if (last->has_value()) {
            const SenderBeat& previous = **last;
            if (previous.lastSendingAt.addMSecs(previous.freshMs) < now) {
                SenderGap g{0, previous.lastSendingAt, now, beat.holder};
                auto id = recordGap(g);
                if (!id)
                    return id.error();
                g.id = id.value();
                gap = g;
            }
        }
    }
    auto written = rows::none(m_db.exec(
        QStringLiteral(
            "INSERT INTO sender_heartbeats (holder, label, machine, kind, sending, running, fresh_ms, "
            "last_seen_at, last_sending_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) "
            "ON CONFLICT (holder) DO UPDATE SET label = excluded.label, machine = excluded.machine, "
            "kind = excluded.kind, sending = excluded.sending, running = 1, fresh_ms = excluded.fresh_ms, "
            "last_seen_at = excluded.last_seen_at, "
            "last_sending_at = COALESCE(excluded.last_sending_at, sender_heartbeats.last_sending_at)"),
        {beat.holder, beat.label, beat.machine, kindCode(beat.kind), sql::flag(beat.sending),
         qlonglong(beat.freshMs), sql::time(now), sql::time(beat.sending ? now : QDateTime())}));
    if (!written)
        return written.error();
    if (beat.sending) {
        // This beat is now the latest sending one, so nothing older is needed for the next gap.
        auto forgotten =
            rows::none(m_db.exec(QStringLiteral("DELETE FROM sender_heartbeats WHERE last_seen_at < ?"),
                                 {sql::time(now.addMSecs(-kForgetAfterMs))}));
        if (!forgotten)
            return forgotten.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return gap;
}

StoreResult<void> SenderHeartbeatStore::stopped(const QString& holder, const QDateTime& now)
{
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE sender_heartbeats SET running = 0, last_seen_at = ?, "
                                 "last_sending_at = CASE WHEN sending = 1 THEN ? ELSE last_sending_at END, "
                                 "sending = 0 WHERE holder = ?"),
                  {sql::time(now), sql::time(now), holder}));
}

StoreResult<QList<SenderBeat>> SenderHeartbeatStore::runningSince(const QDateTime& since)
{
    return rows::all<SenderBeat>(
        readBeat, m_db.exec(QStringLiteral("SELECT %1 FROM sender_heartbeats WHERE running = 1 AND "
                                           "last_seen_at >= ? ORDER BY last_seen_at DESC, holder")
                                .arg(kBeatColumns),
                            {sql::time(since)}));
}

StoreResult<QDateTime> SenderHeartbeatStore::lastSendingAt()
{
    auto r = m_db.exec(QStringLiteral("SELECT MAX(last_sending_at) FROM sender_heartbeats"));
    if (!r)
        return r.error();
    const QDateTime at = r->next() ? sql::toTime(r->value(0)) : QDateTime();
    r->finish();
    return at;
}

StoreResult<QList<SenderGap>> SenderHeartbeatStore::gaps(const QDateTime& from, const QDateTime& to)
{
    return rows::all<SenderGap>(
        [](const QSqlQuery& q) {
            return SenderGap{q.value(0).toLongLong(), sql::toTime(q.value(1)), sql::toTime(q.value(2)),
                             q.value(3).toString()};
        },
        m_db.exec(QStringLiteral("SELECT id, started_at, ended_at, ended_by FROM sender_gaps "
                                 "WHERE ended_at > ? AND started_at < ? ORDER BY started_at, id"),
                  {sql::time(from), sql::time(to)}));
}

StoreResult<qint64> SenderHeartbeatStore::recordGap(const SenderGap& gap)
{
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO sender_gaps (started_at, ended_at, ended_by) VALUES (?, ?, ?) "
                                 "RETURNING id"),
                  {sql::time(gap.startedAt), sql::time(gap.endedAt), gap.endedBy});
    if (!r)
        return r.error();
    const qint64 id = r->next() ? r->value(0).toLongLong() : 0;
    r->finish();
    return id;
}

} // namespace ringback
