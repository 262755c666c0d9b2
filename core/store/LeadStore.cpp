#include "LeadStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "TimelineStore.h"

#include <QCoreApplication>

namespace ringback {

namespace {

const QString kColumns = QStringLiteral(
    "id, e164, display_name, status, estimated_value_cents, need, notes, place, assigned_staff_id, unread, "
    "last_activity_at, created_at, updated_at, revision, address, job_when, job_date, photo_count, urgent");

Lead readLead(const QSqlQuery& q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.e164 = q.value(1).toString();
    l.displayName = q.value(2).toString();
    l.status = leadStatusFromString(q.value(3).toString());
    l.estimatedValueCents = sql::toOptional<qint64>(q.value(4));
    l.need = q.value(5).toString();
    l.notes = q.value(6).toString();
    l.place = q.value(7).toString();
    l.assignedStaffId = sql::toOptional<qint64>(q.value(8));
    l.unread = q.value(9).toInt() != 0;
    l.lastActivityAt = sql::toTime(q.value(10));
    l.createdAt = sql::toTime(q.value(11));
    l.updatedAt = sql::toTime(q.value(12));
    l.revision = q.value(13).toLongLong();
    LeadStore::readIntakeFields(l, q, 14);
    return l;
}

StoreResult<void> expectOneRow(Database& db, StoreResult<Statement> r, qint64 id)
{
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0) {
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("ringback::LeadStore",
                                                      "This lead no longer exists in the database %1.")
                              .arg(db.location().displayName()),
                          QStringLiteral("lead %1").arg(id)};
    }
    return {};
}

QVariant jobDateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : sql::nullOf(QMetaType::QString);
}

} // namespace

QString LeadStore::intakeColumns(const QString& alias)
{
    QStringList c{QStringLiteral("address"), QStringLiteral("job_when"), QStringLiteral("job_date"),
                  QStringLiteral("photo_count"), QStringLiteral("urgent")};
    if (!alias.isEmpty()) {
        for (QString& name : c)
            name.prepend(alias + QLatin1Char('.'));
    }
    return c.join(QStringLiteral(", "));
}

void LeadStore::readIntakeFields(Lead& l, const QSqlQuery& q, int first)
{
    l.address = q.value(first).toString();
    l.jobWhen = q.value(first + 1).toString();
    l.jobDate = QDate::fromString(q.value(first + 2).toString(), Qt::ISODate);
    l.photoCount = q.value(first + 3).toInt();
    l.urgent = q.value(first + 4).toInt() != 0;
}

StoreResult<void> LeadStore::saveIntake(const Lead& lead, const QDateTime& now)
{
    return expectOneRow(
        m_db,
        m_db.exec(
            QStringLiteral("UPDATE leads SET need = ?, place = ?, address = ?, job_when = ?, job_date = ?, "
                           "photo_count = ?, urgent = ?, updated_at = ?, revision = revision + 1 "
                           "WHERE id = ?"),
            {lead.need, lead.place, lead.address, lead.jobWhen, jobDateValue(lead.jobDate), lead.photoCount,
             sql::flag(lead.urgent), sql::time(now), lead.id}),
        lead.id);
}

StoreResult<Lead> LeadStore::findOrCreate(const QString& e164, const QString& place, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto inserted =
        m_db.exec(QStringLiteral("INSERT INTO leads (e164, place, last_activity_at, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (e164) DO NOTHING"),
                  {e164, place, sql::time(now), sql::time(now), sql::time(now)});
    if (!inserted)
        return inserted.error();
    auto lead = byNumber(e164);
    if (!lead)
        return lead.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *lead.value();
}

StoreResult<std::optional<Lead>> LeadStore::byId(qint64 id)
{
    return rows::first<Lead>(
        readLead, m_db.exec(QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(kColumns), {id}));
}

StoreResult<std::optional<Lead>> LeadStore::byNumber(const QString& e164)
{
    return rows::first<Lead>(
        readLead, m_db.exec(QStringLiteral("SELECT %1 FROM leads WHERE e164 = ?").arg(kColumns), {e164}));
}

StoreResult<Lead> LeadStore::save(const Lead& lead, const QDateTime& now, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto before = byId(lead.id);
    if (!before)
        return before.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE leads SET display_name = ?, status = ?, estimated_value_cents = ?, "
                       "need = ?, notes = ?, place = ?, assigned_staff_id = ?, address = ?, job_when = ?, "
                       "job_date = ?, urgent = ?, updated_at = ?, "
                       "revision = revision + 1 WHERE id = ? AND revision = ?"),
        {lead.displayName, toText(lead.status), sql::optional(lead.estimatedValueCents), lead.need,
         lead.notes, lead.place, sql::optional(lead.assignedStaffId), lead.address, lead.jobWhen,
         jobDateValue(lead.jobDate), sql::flag(lead.urgent), sql::time(now), lead.id, lead.revision});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0) {
        return StoreError{
            StoreError::Kind::Conflict,
            QCoreApplication::translate("ringback::LeadStore",
                                        "Someone else changed this lead while you were editing it. "
                                        "Their version is shown now; make your change again."),
            QStringLiteral("lead %1 revision %2").arg(lead.id).arg(lead.revision)};
    }
    if (before->has_value()) {
        if (auto logged = logEdits(**before, lead, now, actor); !logged)
            return logged.error();
    }
    auto saved = byId(lead.id);
    if (!saved)
        return saved.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return *saved.value();
}

StoreResult<void> LeadStore::logEdits(const Lead& before, const Lead& after, const QDateTime& now,
                                      const QString& actor)
{
    TimelineEvent e;
    e.leadId = after.id;
    e.code = QStringLiteral("card");
    e.occurredAt = now;
    e.actor = actor;
    TimelineStore timeline(m_db);
    if (before.status != after.status) {
        e.kind = TimelineKind::StatusChanged;
        e.params = {{QStringLiteral("from"), toText(before.status)},
                    {QStringLiteral("to"), toText(after.status)}};
        if (auto r = timeline.append(e); !r)
            return r.error();
    }
    if (before.assignedStaffId != after.assignedStaffId) {
        QString name;
        if (after.assignedStaffId) {
            auto staff = rows::first<QString>(
                [](const QSqlQuery& q) { return q.value(0).toString(); },
                m_db.exec(QStringLiteral("SELECT name FROM staff WHERE id = ?"), {*after.assignedStaffId}));
            if (!staff)
                return staff.error();
            name = staff->value_or(QString());
        }
        e.kind = TimelineKind::Assigned;
        e.params = {{QStringLiteral("to"), name}};
        if (auto r = timeline.append(e); !r)
            return r.error();
    }
    if (before.notes != after.notes) {
        // Notes are saved after each pause in typing: one sitting at them is one line, moved to
        // the latest save, while nothing else happened on the lead. The notes stay on the card.
        constexpr qint64 kSittingMs = 30 * 60 * 1000;
        auto last = m_db.exec(QStringLiteral("SELECT id, kind, code, actor, occurred_at FROM timeline_events "
                                             "WHERE lead_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1"),
                              {after.id});
        if (!last)
            return last.error();
        qint64 sitting = 0;
        if (last->next() && last->value(1).toString() == toText(TimelineKind::Note) &&
            last->value(2).toString() == QLatin1String("notes") &&
            last->value(3).toString() == actor.trimmed() &&
            sql::toTime(last->value(4)).msecsTo(now) < kSittingMs)
            sitting = last->value(0).toLongLong();
        last->finish();
        if (sitting) {
            if (auto r = m_db.exec(QStringLiteral("UPDATE timeline_events SET occurred_at = ? WHERE id = ?"),
                                   {sql::time(now), sitting});
                !r)
                return r.error();
        } else {
            e.kind = TimelineKind::Note;
            e.code = QStringLiteral("notes");
            e.params = {};
            if (auto r = timeline.append(e); !r)
                return r.error();
        }
    }
    return {};
}

StoreResult<void> LeadStore::setStatus(qint64 id, LeadStatus status, const QDateTime& now)
{
    return expectOneRow(
        m_db,
        m_db.exec(QStringLiteral("UPDATE leads SET status = ?, updated_at = ?, revision = revision + 1 "
                                 "WHERE id = ?"),
                  {toText(status), sql::time(now), id}),
        id);
}

StoreResult<void> LeadStore::touch(qint64 id, const QDateTime& at, bool markUnread)
{
    return expectOneRow(
        m_db,
        m_db.exec(
            QStringLiteral("UPDATE leads SET last_activity_at = CASE WHEN last_activity_at > ? THEN "
                           "last_activity_at ELSE ? END, unread = CASE WHEN ? = 1 THEN 1 ELSE unread END "
                           "WHERE id = ?"),
            {sql::time(at), sql::time(at), sql::flag(markUnread), id}),
        id);
}

StoreResult<void> LeadStore::markRead(qint64 id)
{
    return expectOneRow(m_db, m_db.exec(QStringLiteral("UPDATE leads SET unread = 0 WHERE id = ?"), {id}),
                        id);
}

StoreResult<void> LeadStore::markUnread(qint64 id)
{
    return expectOneRow(m_db, m_db.exec(QStringLiteral("UPDATE leads SET unread = 1 WHERE id = ?"), {id}),
                        id);
}

StoreResult<void> LeadStore::answeredAt(qint64 id, const QDateTime& at)
{
    auto r = m_db.exec(
        QStringLiteral("UPDATE leads SET waiting_since = (SELECT MIN(i.created_at) FROM messages i "
                       "WHERE i.lead_id = leads.id AND i.direction = 'inbound' AND i.created_at > ?) "
                       "WHERE id = ? AND waiting_since <= ?"),
        {sql::time(at), id, sql::time(at)});
    if (!r)
        return r.error();
    return {};
}

StoreResult<QList<Lead>> LeadStore::page(int offset, int limit)
{
    return rows::all<Lead>(readLead,
                           m_db.exec(QStringLiteral("SELECT %1 FROM leads ORDER BY last_activity_at DESC, "
                                                    "id DESC LIMIT ? OFFSET ?")
                                         .arg(kColumns),
                                     {limit, offset}));
}

StoreResult<qint64> LeadStore::count()
{
    return rows::scalar(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM leads")));
}

} // namespace ringback
