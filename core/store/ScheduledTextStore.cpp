#include "ScheduledTextStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "TimelineStore.h"

namespace ringback {

namespace {
// A text that still waits for its moment: what Edit and Cancel may change (ThreadStore shows the
// same rows as scheduled). The sender's claim moves it out of this state in one statement.
const QString kStillWaiting =
    QStringLiteral("state = 'pending' AND attempts = 0 AND scheduled_for IS NOT NULL");
} // namespace

QString ScheduledTextStore::tooLate()
{
    return tr("Too late to change this text: it is being sent, or it was sent or cancelled meanwhile.");
}

StoreResult<void> ScheduledTextStore::edit(qint64 outboxId, const QString& body, const QDateTime& at,
                                           const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    // A WhatsApp template goes by its Content SID: its words (as filled) stay, only its moment moves.
    auto changed = m_db.exec(
        QStringLiteral("UPDATE outbox SET body = CASE WHEN content_sid IS NULL THEN ? ELSE body END, "
                       "not_before = ?, scheduled_for = ?, updated_at = ? WHERE id = ? AND %1 "
                       "RETURNING message_id, body")
            .arg(kStillWaiting),
        {body, sql::time(at), sql::time(at), sql::time(now), outboxId});
    if (!changed)
        return changed.error();
    if (!changed->next())
        return StoreError{StoreError::Kind::Conflict, tooLate(),
                          QStringLiteral("scheduled text not waiting")};
    const auto messageId = sql::toOptional<qint64>(changed->value(0));
    const QString words = changed->value(1).toString();
    changed->finish();
    if (messageId) {
        // updated_at changes even when only the moment did: the row's notification tells the other
        // desks to read the thread again.
        if (auto r = m_db.exec(QStringLiteral("UPDATE messages SET body = ?, updated_at = ? WHERE id = ?"),
                               {words, sql::time(now), *messageId});
            !r)
            return r.error();
    }
    return tx.commit();
}

StoreResult<void> ScheduledTextStore::cancel(qint64 outboxId, const QDateTime& now, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto cancelled =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = 'cancelled_by_staff', "
                                 "updated_at = ? WHERE id = ? AND %1 RETURNING message_id, lead_id")
                      .arg(kStillWaiting),
                  {sql::time(now), outboxId});
    if (!cancelled)
        return cancelled.error();
    if (!cancelled->next())
        return StoreError{StoreError::Kind::Conflict, tooLate(),
                          QStringLiteral("scheduled text not waiting")};
    const auto messageId = sql::toOptional<qint64>(cancelled->value(0));
    const qint64 leadId = cancelled->value(1).toLongLong();
    cancelled->finish();
    if (messageId) {
        // The caller never got it: it is no part of the conversation. The outbox row keeps the
        // words, and the history below says it was cancelled.
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM messages WHERE id = ?"), {*messageId}); !r)
            return r.error();
        if (auto r =
                m_db.exec(QStringLiteral("UPDATE outbox SET message_id = NULL WHERE id = ?"), {outboxId});
            !r)
            return r.error();
    }
    TimelineEvent note;
    note.leadId = leadId;
    note.kind = TimelineKind::Note;
    note.code = QStringLiteral("scheduled_cancelled");
    note.occurredAt = now;
    note.actor = actor.trimmed();
    if (auto r = TimelineStore(m_db).append(note); !r)
        return r.error();
    return tx.commit();
}

StoreResult<qint64> ScheduledTextStore::cancelAllTo(const QString& e164, const QString& reason,
                                                    const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    const QString which = QStringLiteral("to_number = ? AND %1").arg(kStillWaiting);
    auto shown =
        m_db.exec(QStringLiteral("UPDATE messages SET status = 'canceled', error_reason = ?, updated_at = ? "
                                 "WHERE id IN (SELECT message_id FROM outbox WHERE %1)")
                      .arg(which),
                  {reason, sql::time(now), e164});
    if (!shown)
        return shown.error();
    auto cancelled = m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = ?, updated_at = ? WHERE %1")
            .arg(which),
        {reason, sql::time(now), e164});
    if (!cancelled)
        return cancelled.error();
    const qint64 n = cancelled->numRowsAffected();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

} // namespace ringback
