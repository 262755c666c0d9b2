#include "ConversationStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {
const QString kDoneStatuses = QStringLiteral("('booked', 'won', 'lost')");
const QString kOptedOut = QStringLiteral("EXISTS (SELECT 1 FROM opt_outs o WHERE o.e164 = l.e164)");
} // namespace

QString ConversationStore::phoneDigits(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && !QStringLiteral("+()-./").contains(c))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

StoreResult<QList<ConversationSummary>> ConversationStore::page(const ConversationQuery& query, int offset,
                                                                int limit)
{
    return read(query, nullptr, offset, limit);
}

StoreResult<QList<ConversationSummary>> ConversationStore::ofLeads(const ConversationQuery& query,
                                                                   const QList<qint64>& leadIds)
{
    if (leadIds.isEmpty())
        return QList<ConversationSummary>();
    return read(query, &leadIds, 0, 0);
}

StoreResult<QList<ConversationSummary>>
ConversationStore::read(const ConversationQuery& query, const QList<qint64>* leadIds, int offset, int limit)
{
    QStringList where;
    QVariantList args;
    switch (query.filter) {
    case ConversationFilter::All:
        break;
    case ConversationFilter::Open:
        where << QStringLiteral("l.status NOT IN ") + kDoneStatuses << QStringLiteral("NOT ") + kOptedOut;
        break;
    case ConversationFilter::Unread:
        where << QStringLiteral("l.unread = 1");
        break;
    case ConversationFilter::Mine:
        where << QStringLiteral("l.assigned_staff_id IN (SELECT id FROM staff WHERE name = ?)");
        args << query.deskStaffName;
        break;
    case ConversationFilter::Done:
        where << QStringLiteral("l.status IN ") + kDoneStatuses << QStringLiteral("NOT ") + kOptedOut;
        break;
    case ConversationFilter::OptedOut:
        where << kOptedOut;
        break;
    }

    const QString typed = query.search.trimmed();
    if (!typed.isEmpty()) {
        const SqlDialect& dialect = m_db.dialect();
        QStringList any;
        const QString digits = phoneDigits(typed);
        if (!digits.isEmpty()) {
            // Numbers are stored as E.164, so the digits of a national or international format
            // are a substring of it. A scan of the leads (not the messages) stays cheap.
            any << QStringLiteral("l.e164 LIKE ?");
            args << QString(QLatin1Char('%') + digits + QLatin1Char('%'));
            // A whole national number typed with its trunk prefix ("07700 900123") is stored
            // without it (+447700900123).
            if (digits.startsWith(QLatin1Char('0')) && digits.size() >= 9) {
                any << QStringLiteral("l.e164 LIKE ?");
                args << QString(QLatin1Char('%') + digits.mid(1));
            }
        }
        const QString words = dialect.textSearchArgument(typed);
        if (!words.isEmpty()) {
            // Past this many matching texts, probing lead by lead beats collecting them all
            // (bench_inbox: a word in 25,000 of 200,000 texts, 150 ms -> 20 ms).
            constexpr int kManyMatches = 2000;
            bool many = false;
            if (const QString count = dialect.countMessagesMatchingText(kManyMatches); !count.isEmpty()) {
                auto matches = rows::scalar(m_db.exec(count, {words}));
                if (!matches)
                    return matches.error();
                many = matches.value() >= kManyMatches;
            }
            any << QStringLiteral("l.id IN (%1)").arg(dialect.leadsMatchingText())
                << dialect.leadHasMessageMatchingText(many);
            args << words << words;
        }
        if (any.isEmpty())
            return QList<ConversationSummary>(); // only punctuation: nothing can match
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    if (leadIds) {
        QStringList marks;
        for (const qint64 id : *leadIds) {
            marks << QStringLiteral("?");
            args << id;
        }
        where << QStringLiteral("l.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }

    // The last message per lead comes from the (lead_id, created_at) index, one probe per row.
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.e164, l.display_name, l.status, l.place, l.unread, l.last_activity_at, "
            "m.body, m.direction, m.automated, l.assigned_staff_id, %1 FROM leads l LEFT JOIN messages m "
            "ON m.id = (SELECT id FROM messages WHERE lead_id = l.id ORDER BY created_at DESC, id DESC "
            "LIMIT 1) %2 ORDER BY l.last_activity_at DESC, l.id DESC %3")
            .arg(kOptedOut,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 leadIds ? QString() : QStringLiteral("LIMIT ? OFFSET ?"));
    if (!leadIds)
        args << limit << offset;
    return rows::all<ConversationSummary>(
        [](const QSqlQuery& q) {
            ConversationSummary c;
            c.lead.id = q.value(0).toLongLong();
            c.lead.e164 = q.value(1).toString();
            c.lead.displayName = q.value(2).toString();
            c.lead.status = leadStatusFromString(q.value(3).toString());
            c.lead.place = q.value(4).toString();
            c.lead.unread = q.value(5).toInt() != 0;
            c.lead.lastActivityAt = sql::toTime(q.value(6));
            c.lastBody = q.value(7).toString();
            c.lastDirection = messageDirectionFromString(q.value(8).toString());
            c.lastAutomated = q.value(9).toInt() != 0;
            if (!q.value(10).isNull())
                c.lead.assignedStaffId = q.value(10).toLongLong();
            c.optedOut = q.value(11).toBool();
            return c;
        },
        m_db.exec(sql, args));
}

} // namespace ringback
