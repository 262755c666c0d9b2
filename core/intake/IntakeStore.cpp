#include "IntakeStore.h"

#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

namespace ringback {

namespace {

QString stateText(IntakeProgress::State s)
{
    switch (s) {
    case IntakeProgress::State::NotStarted:
        return QStringLiteral("not_started");
    case IntakeProgress::State::Asking:
        return QStringLiteral("asking");
    case IntakeProgress::State::Done:
        return QStringLiteral("done");
    case IntakeProgress::State::Stopped:
        return QStringLiteral("stopped");
    }
    Q_UNREACHABLE();
}

IntakeProgress::State stateFrom(const QString& text)
{
    if (text == QLatin1String("asking"))
        return IntakeProgress::State::Asking;
    if (text == QLatin1String("done"))
        return IntakeProgress::State::Done;
    if (text == QLatin1String("stopped"))
        return IntakeProgress::State::Stopped;
    return IntakeProgress::State::NotStarted;
}

} // namespace

QString IntakeStore::dedupeKey(qint64 leadId, IntakeQuestion question)
{
    return QStringLiteral("intake:%1:%2").arg(leadId).arg(toText(question));
}

StoreResult<IntakeProgress> IntakeStore::progress(qint64 leadId)
{
    auto row = rows::first<IntakeProgress>(
        [](const QSqlQuery& q) {
            IntakeProgress p;
            p.state = stateFrom(q.value(0).toString());
            p.asked = intakeQuestionFromText(q.value(1).toString());
            p.askedAt = sql::toTime(q.value(2));
            p.movedOn = q.value(3).toInt() != 0;
            p.endedBy = q.value(4).toString();
            p.startedAt = sql::toTime(q.value(5));
            p.lastMessageId = q.value(6).toLongLong();
            return p;
        },
        m_db.exec(QStringLiteral("SELECT state, asked, asked_at, moved_on, ended_by, started_at, "
                                 "last_message_id FROM lead_intake "
                                 "WHERE lead_id = ?"),
                  {leadId}));
    if (!row)
        return row.error();
    return row->value_or(IntakeProgress{});
}

StoreResult<void> IntakeStore::save(qint64 leadId, const IntakeProgress& p, const QDateTime& now)
{
    return rows::none(m_db.exec(
        QStringLiteral(
            "INSERT INTO lead_intake (lead_id, state, asked, asked_at, moved_on, ended_by, started_at, "
            "updated_at, last_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lead_id) DO "
            "UPDATE SET state = excluded.state, asked = excluded.asked, asked_at = excluded.asked_at, "
            "moved_on = excluded.moved_on, ended_by = excluded.ended_by, updated_at = excluded.updated_at, "
            "last_message_id = excluded.last_message_id"),
        {leadId, stateText(p.state), p.asked ? QVariant(toText(*p.asked)) : sql::nullOf(QMetaType::QString),
         sql::time(p.askedAt), sql::flag(p.movedOn), sql::textOrNull(p.endedBy),
         sql::time(p.startedAt.isValid() ? p.startedAt : now), sql::time(now),
         p.lastMessageId > 0 ? QVariant(p.lastMessageId) : sql::nullOf(QMetaType::LongLong)}));
}

StoreResult<QList<qint64>> IntakeStore::silentSince(const QDateTime& before)
{
    return rows::all<qint64>(
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); },
        m_db.exec(QStringLiteral("SELECT lead_id FROM lead_intake WHERE state = 'asking' AND "
                                 "moved_on = 0 AND asked_at <= ? ORDER BY asked_at LIMIT 200"),
                  {sql::time(before)}));
}

StoreResult<std::optional<QDateTime>> IntakeStore::lastTextBack(qint64 leadId)
{
    auto at = rows::scalar(m_db.exec(
        QStringLiteral(
            "SELECT MAX(created_at) FROM outbox WHERE lead_id = ? AND kind = 'textback' AND state IN "
            "('pending', 'sending', 'uncertain', 'sent')"),
        {leadId}));
    if (!at)
        return at.error();
    if (at.value() == 0)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(at.value(), Qt::UTC));
}

StoreResult<QString> IntakeStore::reasonToStop(const Lead& lead, const QDateTime& since)
{
    if (lead.urgent)
        return QStringLiteral("urgent");
    if (lead.assignedStaffId)
        return QStringLiteral("assigned");
    if (lead.status != LeadStatus::New && lead.status != LeadStatus::Texted &&
        lead.status != LeadStatus::Replied)
        return QStringLiteral("status");
    auto reason = rows::first<QString>(
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        m_db.exec(QStringLiteral(
                      "SELECT 'opted_out' FROM opt_outs WHERE e164 = ? "
                      "UNION ALL SELECT 'opted_out' FROM opt_out_intents WHERE e164 = ? "
                      "UNION ALL SELECT 'cannot_text' FROM blocked_numbers WHERE e164 = ? "
                      "UNION ALL SELECT 'staff_replied' FROM outbox WHERE lead_id = ? AND kind = 'reply' "
                      "AND created_at >= ?"),
                  {lead.e164, lead.e164, lead.e164, lead.id, sql::time(since)}));
    if (!reason)
        return reason.error();
    return reason->value_or(QString());
}

StoreResult<bool> IntakeStore::stillWanted(const OutboxItem& item)
{
    auto lead = LeadStore(m_db).byId(item.leadId);
    if (!lead)
        return lead.error();
    if (!lead->has_value())
        return false;
    auto p = progress(item.leadId);
    if (!p)
        return p.error();
    if (p->state != IntakeProgress::State::Asking || !p->asked ||
        item.dedupeKey != dedupeKey(item.leadId, *p->asked))
        return false;
    auto reason = reasonToStop(**lead, p->startedAt);
    if (!reason)
        return reason.error();
    return reason->isEmpty();
}

} // namespace ringback
