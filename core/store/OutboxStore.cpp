#include "OutboxStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "TimelineStore.h"
#include "common/ProcessInfo.h"

#include <QHash>

namespace ringback {

namespace {

const QString kColumns = QStringLiteral(
    "id, call_id, lead_id, kind, to_number, from_number, body, state, attempts, not_before, lease_owner, "
    "lease_until, claimed_at, provider_message_id, last_error, message_id, created_at, updated_at, actor, "
    "last_error_params, dedupe_key, scheduled_for, channel, content_sid, content_variables, fallback_body, "
    "fallback_from");

OutboxItem readItem(const QSqlQuery& q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.callId = sql::toOptional<qint64>(q.value(1));
    o.leadId = q.value(2).toLongLong();
    o.kind = outboxKindFromString(q.value(3).toString());
    o.toNumber = q.value(4).toString();
    o.fromNumber = q.value(5).toString();
    o.body = q.value(6).toString();
    o.state = outboxStateFromString(q.value(7).toString());
    o.attempts = q.value(8).toInt();
    o.notBefore = sql::toTime(q.value(9));
    o.leaseOwner = q.value(10).toString();
    o.leaseUntil = sql::toTime(q.value(11));
    o.claimedAt = sql::toTime(q.value(12));
    o.providerMessageId = q.value(13).toString();
    o.lastError = q.value(14).toString();
    o.messageId = sql::toOptional<qint64>(q.value(15));
    o.createdAt = sql::toTime(q.value(16));
    o.updatedAt = sql::toTime(q.value(17));
    o.actor = q.value(18).toString();
    o.lastErrorParams = sql::toParams(q.value(19));
    o.dedupeKey = q.value(20).toString();
    o.scheduledFor = sql::toTime(q.value(21));
    o.channel = messageChannelFromString(q.value(22).toString());
    o.contentSid = q.value(23).toString();
    o.contentVariables = q.value(24).toString();
    o.fallbackBody = q.value(25).toString();
    o.fallbackFrom = q.value(26).toString();
    return o;
}

} // namespace

StoreResult<EnqueueOutcome> OutboxStore::enqueue(const OutboxItem& o, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    EnqueueOutcome outcome;
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO outbox (call_id, lead_id, kind, to_number, from_number, body, state, not_before, "
            "message_id, created_at, updated_at, actor, dedupe_key, scheduled_for, channel, content_sid, "
            "content_variables, fallback_body, fallback_from) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (%1) DO NOTHING RETURNING id")
            .arg(o.dedupeKey.isEmpty() ? QStringLiteral("call_id, kind") : QStringLiteral("dedupe_key")),
        {sql::optional(o.callId), o.leadId, toText(o.kind), o.toNumber, o.fromNumber, o.body, toText(o.state),
         sql::time(o.notBefore.isValid() ? o.notBefore : now), sql::optional(o.messageId), sql::time(now),
         sql::time(now), o.actor.trimmed(),
         o.dedupeKey.isEmpty() ? sql::nullOf(QMetaType::QString) : QVariant(o.dedupeKey),
         sql::time(o.scheduledFor), toText(o.channel), sql::textOrNull(o.contentSid),
         sql::textOrNull(o.contentVariables), sql::textOrNull(o.fallbackBody),
         sql::textOrNull(o.fallbackFrom)});
    if (!inserted)
        return inserted.error();
    if (inserted->next()) {
        outcome.id = inserted->value(0).toLongLong();
        outcome.created = true;
        inserted->finish();
    } else if (!o.dedupeKey.isEmpty()) {
        auto existing = rows::scalar(
            m_db.exec(QStringLiteral("SELECT id FROM outbox WHERE dedupe_key = ?"), {o.dedupeKey}));
        if (!existing)
            return existing.error();
        outcome.id = existing.value();
    } else if (o.callId) {
        auto existing =
            rows::scalar(m_db.exec(QStringLiteral("SELECT id FROM outbox WHERE call_id = ? AND kind = ?"),
                                   {sql::optional(o.callId), toText(o.kind)}));
        if (!existing)
            return existing.error();
        outcome.id = existing.value();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return outcome;
}

StoreResult<std::optional<OutboxItem>> OutboxStore::claimNext(const QString& owner, const QDateTime& now,
                                                              qint64 leaseMs, bool includeAutomatic)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // A text a person scheduled (Send later) is kind Reply, so it is claimed while paused too: Pause
    // stops Ringback's own texts, and a scheduled reply is a person's words at a person's chosen
    // time, exactly like a reply sent now (the existing rule for staff replies). Holding it would
    // send it at whatever moment someone resumes, which is the one moment nobody chose.
    const QString automaticKinds =
        QStringLiteral(" AND kind NOT IN ('%1', '%2', '%3', '%4', '%5')")
            .arg(toText(OutboxKind::TextBack), toText(OutboxKind::FollowUp), toText(OutboxKind::HelpReply),
                 toText(OutboxKind::OwnerAlert), toText(OutboxKind::IntakeQuestion));
    auto next = rows::scalar(m_db.exec(QStringLiteral("SELECT id FROM outbox WHERE state = 'pending' AND "
                                                      "not_before <= ?%1 ORDER BY id LIMIT 1")
                                           .arg(includeAutomatic ? QString() : automaticKinds),
                                       {sql::time(now)}));
    if (!next)
        return next.error();
    if (next.value() == 0)
        return std::optional<OutboxItem>();
    // The state check in the WHERE makes the claim safe even if another sender raced us.
    auto claimed =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, "
                                 "claimed_at = ?, attempts = attempts + 1, updated_at = ? "
                                 "WHERE id = ? AND state = 'pending'"),
                  {owner, sql::time(now.addMSecs(leaseMs)), sql::time(now), sql::time(now), next.value()});
    if (!claimed)
        return claimed.error();
    if (claimed->numRowsAffected() == 0)
        return std::optional<OutboxItem>();
    auto item = byId(next.value());
    if (!item)
        return item.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return item.value();
}

StoreResult<void> OutboxStore::markSent(qint64 id, const QString& providerMessageId, const QDateTime& now)
{
    return rows::none(m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'sent', provider_message_id = ?, "
                       "lease_owner = NULL, lease_until = NULL, last_error = NULL, last_error_params = NULL, "
                       "updated_at = ? "
                       "WHERE id = ?"),
        {providerMessageId, sql::time(now), id}));
}

namespace {
QVariant errorParams(const QString& error, const QVariantMap& params)
{
    return error.isEmpty() || params.isEmpty() ? sql::nullOf(QMetaType::QString) : sql::params(params);
}
} // namespace

StoreResult<void> OutboxStore::markFailed(qint64 id, const QString& error, const QVariantMap& params,
                                          const QDateTime& now)
{
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, last_error_params = ?, "
                                 "lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?"),
                  {error, errorParams(error, params), sql::time(now), id}));
}

StoreResult<void> OutboxStore::reschedule(qint64 id, const QDateTime& notBefore, const QString& error,
                                          const QVariantMap& params, const QDateTime& now)
{
    return rows::none(m_db.exec(
        QStringLiteral(
            "UPDATE outbox SET state = 'pending', not_before = ?, last_error = ?, "
            "last_error_params = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?"),
        {sql::time(notBefore), sql::textOrNull(error), errorParams(error, params), sql::time(now), id}));
}

StoreResult<void> OutboxStore::markUncertain(qint64 id, const QDateTime& notBefore, const QString& error,
                                             const QVariantMap& params, const QDateTime& now)
{
    return rows::none(m_db.exec(
        QStringLiteral(
            "UPDATE outbox SET state = 'uncertain', not_before = ?, last_error = ?, "
            "last_error_params = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?"),
        {sql::time(notBefore), sql::textOrNull(error), errorParams(error, params), sql::time(now), id}));
}

StoreResult<void> OutboxStore::setState(qint64 id, OutboxState state, const QDateTime& now)
{
    return rows::none(m_db.exec(QStringLiteral("UPDATE outbox SET state = ?, updated_at = ? WHERE id = ?"),
                                {toText(state), sql::time(now), id}));
}

StoreResult<void> OutboxStore::cancel(qint64 id, const QString& reason, const QDateTime& now)
{
    return rows::none(m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = ?, last_error_params = NULL, "
                       "lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ?"),
        {sql::textOrNull(reason), sql::time(now), id}));
}

StoreResult<void> OutboxStore::linkMessage(qint64 id, qint64 messageId)
{
    return rows::none(
        m_db.exec(QStringLiteral("UPDATE outbox SET message_id = ? WHERE id = ?"), {messageId, id}));
}

StoreResult<std::optional<OutboxItem>> OutboxStore::byId(qint64 id)
{
    return rows::first<OutboxItem>(
        readItem, m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns), {id}));
}

StoreResult<std::optional<OutboxItem>> OutboxStore::forCall(qint64 callId, OutboxKind kind)
{
    return rows::first<OutboxItem>(
        readItem,
        m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE call_id = ? AND kind = ?").arg(kColumns),
                  {callId, toText(kind)}));
}

StoreResult<QList<OutboxItem>> OutboxStore::inState(OutboxState state)
{
    return rows::all<OutboxItem>(
        readItem, m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY id").arg(kColumns),
                            {toText(state)}));
}

StoreResult<QList<OutboxItem>> OutboxStore::expiredLeases(const QDateTime& now)
{
    return rows::all<OutboxItem>(readItem,
                                 m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'sending' "
                                                          "AND lease_until < ? ORDER BY id")
                                               .arg(kColumns),
                                           {sql::time(now)}));
}

StoreResult<QList<OutboxItem>> OutboxStore::orphanedClaims(const QDateTime& now)
{
    auto rowsDue =
        rows::all<OutboxItem>(readItem, m_db.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state IN "
                                                                 "('sending', 'uncertain') ORDER BY id")
                                                      .arg(kColumns)));
    if (!rowsDue)
        return rowsDue;
    // Few rows are ever in these states (the ones in flight), so the rule is applied here, where
    // a claimant's process can be asked whether it still runs.
    QHash<QString, bool> died;
    QList<OutboxItem> out;
    for (const OutboxItem& item : rowsDue.value()) {
        bool take = false;
        if (item.state == OutboxState::Uncertain) {
            take = !item.notBefore.isValid() || item.notBefore <= now;
        } else if (!item.leaseUntil.isValid() || item.leaseUntil < now) {
            take = true;
        } else {
            auto it = died.find(item.leaseOwner);
            if (it == died.end())
                it = died.insert(item.leaseOwner, process::holderDiedHere(item.leaseOwner));
            take = *it;
        }
        if (take)
            out << item;
    }
    return out;
}

StoreResult<bool> OutboxStore::providerIdRecorded(const QString& providerMessageId, qint64 exceptId)
{
    auto n = rows::scalar(
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE provider_message_id = ? AND id <> ?"),
                  {providerMessageId, exceptId}));
    if (!n)
        return n.error();
    return n.value() > 0;
}

namespace {
// The outcome of a person's answer to held texts, in one transaction: all or none. Each text
// answered is one line on its lead's history (`code`), with who answered (`actor`).
StoreResult<qint64> answerHeld(Database& db, const QList<qint64>& ids, const QString& set,
                               const QVariantList& setArgs, const QString& code, const QString& actor,
                               const QDateTime& now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    qint64 changed = 0;
    for (qint64 id : ids) {
        QVariantList args = setArgs;
        args << id;
        auto r = db.exec(
            QStringLiteral("UPDATE outbox SET %1 WHERE id = ? AND state = 'held' RETURNING lead_id, call_id")
                .arg(set),
            args);
        if (!r)
            return r.error();
        if (!r->next())
            continue; // no longer held: another desk answered first
        TimelineEvent answered;
        answered.leadId = r->value(0).toLongLong();
        answered.callId = sql::toOptional<qint64>(r->value(1));
        r->finish();
        answered.kind = TimelineKind::Note;
        answered.code = code;
        answered.occurredAt = now;
        answered.actor = actor;
        if (auto e = TimelineStore(db).append(answered); !e)
            return e.error();
        ++changed;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}
} // namespace

StoreResult<qint64> OutboxStore::approveHeld(const QList<qint64>& ids, const QDateTime& now,
                                             const QString& actor)
{
    return answerHeld(m_db, ids, QStringLiteral("state = 'pending', not_before = ?, updated_at = ?"),
                      {sql::time(now), sql::time(now)}, QStringLiteral("held_approved"), actor, now);
}

StoreResult<qint64> OutboxStore::discardHeld(const QList<qint64>& ids, const QDateTime& now,
                                             const QString& actor)
{
    // last_error keeps why it never went: the thread says "not approved", not "reached by phone".
    return answerHeld(m_db, ids,
                      QStringLiteral("state = 'cancelled', last_error = 'not_approved', updated_at = ?"),
                      {sql::time(now)}, QStringLiteral("held_declined"), actor, now);
}

StoreResult<qint64> OutboxStore::countQueued(const QDateTime& now)
{
    return rows::scalar(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND "
                                                 "(scheduled_for IS NULL OR not_before <= ?)"),
                                  {sql::time(now)}));
}

StoreResult<qint64> OutboxStore::countInState(OutboxState state)
{
    return rows::scalar(
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"), {toText(state)}));
}

} // namespace ringback

namespace ringback {

namespace {
// A text in one of these states went out, is on its way, or waits for approval: it counts for the
// "once per ..." rules.
const QString kCountedStates = QStringLiteral("('pending', 'sending', 'uncertain', 'sent', 'held')");

// The one time a MAX(...) query gives, if any.
StoreResult<std::optional<QDateTime>> latestTime(StoreResult<Statement> r)
{
    if (!r)
        return r.error();
    std::optional<QDateTime> last;
    if (r->next() && !r->value(0).isNull())
        last = sql::toTime(r->value(0));
    r->finish();
    return last;
}
} // namespace

StoreResult<std::optional<QDateTime>> OutboxStore::lastAutomaticTextTo(const QString& number)
{
    // A text-back counts from its call's end (DESIGN §3: the cooldown is between calls).
    return latestTime(m_db.exec(
        QStringLiteral("SELECT MAX(CASE WHEN o.kind = 'textback' AND c.ended_at IS NOT NULL THEN c.ended_at "
                       "ELSE o.created_at END) FROM outbox o LEFT JOIN calls c ON c.id = o.call_id "
                       "WHERE o.to_number = ? AND o.kind IN ('textback', 'followup') AND o.state IN %1")
            .arg(kCountedStates),
        {number}));
}

StoreResult<std::optional<QDateTime>> OutboxStore::lastHelpReplyTo(const QString& number)
{
    return latestTime(m_db.exec(QStringLiteral("SELECT MAX(created_at) FROM outbox WHERE to_number = ? AND "
                                               "kind = 'help' AND state IN %1")
                                    .arg(kCountedStates),
                                {number}));
}

StoreResult<qint64> OutboxStore::countAutomaticSince(const QDateTime& since)
{
    return rows::scalar(m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind IN ('textback', 'followup', 'help', 'intake') "
                       "AND state IN ('pending', 'sending', 'uncertain', 'sent') AND created_at >= ?"),
        {sql::time(since)}));
}

StoreResult<qint64> OutboxStore::cancelPendingAutomaticTextsTo(const QString& number, const QDateTime& now,
                                                               const QDateTime& reachedAt)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // Intake questions have no call, so the `reachedAt` form below leaves them be (a new answer
    // is what the next question waits for); an opt-out look-alike stops them with the rest.
    QString which =
        QStringLiteral("to_number = ? AND kind IN ('textback', 'followup', 'intake') AND state = 'pending'");
    QVariantList args{number};
    if (reachedAt.isValid()) {
        // Only the texts of calls that ended before the caller was reached (a text without a call
        // is not one of these kinds; keep it out rather than guess).
        which += QStringLiteral(
            " AND call_id IN (SELECT id FROM calls WHERE COALESCE(ended_at, started_at) <= ?)");
        args << sql::time(reachedAt);
    }
    // The conversation shows these texts as queued: mark them cancelled there too.
    auto shown = m_db.exec(QStringLiteral("UPDATE messages SET status = 'canceled', updated_at = ? WHERE "
                                          "outbox_id IN (SELECT id FROM outbox WHERE %1)")
                               .arg(which),
                           QVariantList{sql::time(now)} + args);
    if (!shown)
        return shown.error();
    auto r =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE %1").arg(which),
                  QVariantList{sql::time(now)} + args);
    if (!r)
        return r.error();
    const qint64 n = r->numRowsAffected();
    if (auto c = tx.commit(); !c)
        return c.error();
    return n;
}

} // namespace ringback
