#include "LeadBoardStore.h"

#include "Database.h"
#include "LeadStore.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "TimelineStore.h"

#include <QCoreApplication>

namespace ringback {

StoreResult<QList<BoardCard>> LeadBoardStore::column(LeadStatus status, int offset, int limit)
{
    return cards(QString(), QStringLiteral("LIMIT ? OFFSET ?"), {toText(status), limit, offset});
}

StoreResult<QList<BoardCard>> LeadBoardStore::cardsOf(LeadStatus status, const QList<qint64>& leadIds)
{
    if (leadIds.isEmpty())
        return QList<BoardCard>();
    QStringList marks;
    QVariantList args{toText(status)};
    for (const qint64 id : leadIds) {
        marks << QStringLiteral("?");
        args << id;
    }
    return cards(QStringLiteral("AND l.id IN (%1)").arg(marks.join(QLatin1Char(','))), QString(), args);
}

StoreResult<QList<BoardCard>> LeadBoardStore::cards(const QString& where, const QString& tail,
                                                    const QVariantList& args)
{
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.e164, l.display_name, l.status, l.estimated_value_cents, l.need, l.place, "
            "l.assigned_staff_id, l.unread, l.last_activity_at, l.created_at, l.updated_at, l.revision, "
            "s.name, EXISTS (SELECT 1 FROM opt_outs o WHERE o.e164 = l.e164), "
            "EXISTS (SELECT 1 FROM blocked_numbers b WHERE b.e164 = l.e164), "
            // The latest text from the caller, from the (lead_id, created_at) index.
            "(SELECT m.body FROM messages m WHERE m.lead_id = l.id AND m.direction = 'inbound' "
            "ORDER BY m.created_at DESC, m.id DESC LIMIT 1), %3 "
            "FROM leads l LEFT JOIN staff s ON s.id = l.assigned_staff_id WHERE l.status = ? %1 "
            "ORDER BY l.last_activity_at DESC, l.id DESC %2")
            .arg(where, tail, LeadStore::intakeColumns(QStringLiteral("l")));
    return rows::all<BoardCard>(
        [](const QSqlQuery& q) {
            BoardCard c;
            c.lead.id = q.value(0).toLongLong();
            c.lead.e164 = q.value(1).toString();
            c.lead.displayName = q.value(2).toString();
            c.lead.status = leadStatusFromString(q.value(3).toString());
            c.lead.estimatedValueCents = sql::toOptional<qint64>(q.value(4));
            c.lead.need = q.value(5).toString();
            c.lead.place = q.value(6).toString();
            c.lead.assignedStaffId = sql::toOptional<qint64>(q.value(7));
            c.lead.unread = q.value(8).toInt() != 0;
            c.lead.lastActivityAt = sql::toTime(q.value(9));
            c.lead.createdAt = sql::toTime(q.value(10));
            c.lead.updatedAt = sql::toTime(q.value(11));
            c.lead.revision = q.value(12).toLongLong();
            c.staffName = q.value(13).toString();
            c.optedOut = q.value(14).toBool();
            c.cannotText = q.value(15).toBool();
            c.lastWords = q.value(16).toString();
            LeadStore::readIntakeFields(c.lead, q, 17);
            return c;
        },
        m_db.exec(sql, args));
}

StoreResult<QMap<LeadStatus, ColumnTotals>> LeadBoardStore::totals()
{
    auto r = m_db.exec(QStringLiteral("SELECT status, COUNT(*), COALESCE(SUM(estimated_value_cents), 0) "
                                      "FROM leads GROUP BY status"));
    if (!r)
        return r.error();
    QMap<LeadStatus, ColumnTotals> out;
    while (r->next()) {
        // An unknown status reads as New (as the lead itself does), so add rather than overwrite.
        ColumnTotals& t = out[leadStatusFromString(r->value(0).toString())];
        t.count += r->value(1).toLongLong();
        t.valueCents += r->value(2).toLongLong();
    }
    return out;
}

StoreResult<Lead> LeadBoardStore::move(qint64 leadId, qint64 revision, LeadStatus from, LeadStatus to,
                                       const QString& actor, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto updated =
        m_db.exec(QStringLiteral("UPDATE leads SET status = ?, updated_at = ?, revision = revision + 1 "
                                 "WHERE id = ? AND revision = ?"),
                  {toText(to), sql::time(now), leadId, revision});
    if (!updated)
        return updated.error();
    LeadStore leads(m_db);
    if (updated->numRowsAffected() == 0) {
        auto current = leads.byId(leadId);
        if (!current)
            return current.error();
        if (!current.value()) {
            return StoreError{StoreError::Kind::NotFound,
                              tr("This lead was deleted on another desk. The board shows what is left."),
                              QStringLiteral("lead %1").arg(leadId)};
        }
        return StoreError{StoreError::Kind::Conflict,
                          tr("Someone else changed this lead just now, so it was not moved. The board "
                             "shows their change; move it again if it still needs moving."),
                          QStringLiteral("lead %1 revision %2").arg(leadId).arg(revision)};
    }
    TimelineEvent moved;
    moved.leadId = leadId;
    moved.kind = TimelineKind::StatusChanged;
    moved.code = QStringLiteral("board");
    moved.params = {{QStringLiteral("from"), toText(from)}, {QStringLiteral("to"), toText(to)}};
    moved.occurredAt = now;
    moved.actor = actor;
    if (auto e = TimelineStore(m_db).append(moved); !e)
        return e.error();
    auto saved = leads.byId(leadId);
    if (!saved)
        return saved.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return *saved.value();
}

} // namespace ringback
