#include "ConversationStore.h"

#include "Database.h"
#include "LeadStore.h"
#include "QueryRows.h"
#include "SqlValues.h"
#include "domain/LeadOrder.h"

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

StoreResult<std::optional<ConversationSummary>> ConversationStore::keptRow(const ConversationQuery& query)
{
    const QList<qint64> kept{query.keepLeadId};
    auto row = read(query, &kept, 0, 0);
    if (!row)
        return row.error();
    return row->isEmpty() ? std::optional<ConversationSummary>() : std::optional(row->first());
}

StoreResult<QList<ConversationSummary>> ConversationStore::page(const ConversationQuery& query, int offset,
                                                                int limit)
{
    if (query.keepLeadId == 0)
        return read(query, nullptr, offset, limit);
    // The open conversation is looked up on its own, so the page itself is still read straight
    // from its index (one query listing it whatever the filter says has to sort every match:
    // bench_needsreply, 43 ms against 2 ms). Out of the list, it comes first.
    auto kept = keptRow(query);
    if (!kept)
        return kept.error();
    ConversationQuery plain = query;
    plain.keepLeadId = 0;
    if (!kept->has_value() || (kept->value().inFilter && kept->value().inSearch))
        return read(plain, nullptr, offset, limit);
    if (offset > 0)
        return read(plain, nullptr, offset - 1, limit);
    auto rest = read(plain, nullptr, 0, limit - 1);
    if (!rest)
        return rest.error();
    QList<ConversationSummary> rows{kept->value()};
    rows << rest.value();
    return rows;
}

StoreResult<QList<ConversationSummary>> ConversationStore::ofLeads(const ConversationQuery& query,
                                                                   const QList<qint64>& leadIds)
{
    if (leadIds.isEmpty())
        return QList<ConversationSummary>();
    if (query.keepLeadId == 0 || !leadIds.contains(query.keepLeadId))
        return read(query, &leadIds, 0, 0);
    auto kept = keptRow(query);
    if (!kept)
        return kept.error();
    ConversationQuery plain = query;
    plain.keepLeadId = 0;
    auto rows = read(plain, &leadIds, 0, 0);
    if (!rows || !kept->has_value() || (kept->value().inFilter && kept->value().inSearch))
        return rows;
    QList<ConversationSummary> all = rows.value();
    all.prepend(kept->value());
    return all;
}

StoreResult<qint64> ConversationStore::needsReplyCount()
{
    return rows::scalar(
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.waiting_since IS NOT NULL "
                                 "AND NOT ") +
                  kOptedOut));
}

bool ConversationStore::listedBefore(const ConversationQuery& query, const ConversationSummary& a,
                                     const ConversationSummary& b)
{
    if (query.keepLeadId != 0) {
        const bool aListed = a.inFilter && a.inSearch;
        const bool bListed = b.inFilter && b.inSearch;
        if (aListed != bListed)
            return !aListed; // the open conversation that left the list comes first
    }
    if (query.filter == ConversationFilter::NeedsReply) {
        // Oldest wait first; one that no longer waits (only the kept one) after those that do.
        if (a.waitingSince.isValid() != b.waitingSince.isValid())
            return a.waitingSince.isValid();
        if (a.waitingSince != b.waitingSince)
            return a.waitingSince < b.waitingSince;
        return a.lead.id < b.lead.id;
    }
    return latestActivityFirst(a.lead, b.lead);
}

StoreResult<QList<ConversationSummary>>
ConversationStore::read(const ConversationQuery& query, const QList<qint64>* leadIds, int offset, int limit)
{
    // The filter and the search each become one condition with its arguments.
    QStringList filterWhere;
    QVariantList filterArgs;
    switch (query.filter) {
    case ConversationFilter::All:
        break;
    case ConversationFilter::NeedsReply:
        filterWhere << QStringLiteral("l.waiting_since IS NOT NULL") << QStringLiteral("NOT ") + kOptedOut;
        break;
    case ConversationFilter::Open:
        filterWhere << QStringLiteral("l.status NOT IN ") + kDoneStatuses
                    << QStringLiteral("NOT ") + kOptedOut;
        break;
    case ConversationFilter::Unread:
        filterWhere << QStringLiteral("l.unread = 1");
        break;
    case ConversationFilter::Mine:
        filterWhere << QStringLiteral("l.assigned_staff_id IN (SELECT id FROM staff WHERE name = ?)");
        filterArgs << query.deskStaffName;
        break;
    case ConversationFilter::Done:
        filterWhere << QStringLiteral("l.status IN ") + kDoneStatuses << QStringLiteral("NOT ") + kOptedOut;
        break;
    case ConversationFilter::OptedOut:
        filterWhere << kOptedOut;
        break;
    }

    QString searchWhere;
    QVariantList searchArgs;
    const QString typed = query.search.trimmed();
    if (!typed.isEmpty()) {
        const SqlDialect& dialect = m_db.dialect();
        const bool sqlite = dialect.kind() == SqlDialect::Kind::Sqlite;
        // Numbers are stored as E.164, so the digits of a national or international format are a
        // substring of it. A whole national number typed with its trunk prefix ("07700 900123") is
        // stored without it (+447700900123).
        const QString digits = phoneDigits(typed);
        QVariantList numberPatterns;
        if (!digits.isEmpty()) {
            numberPatterns << QString(QLatin1Char('%') + digits + QLatin1Char('%'));
            if (digits.startsWith(QLatin1Char('0')) && digits.size() >= 9)
                numberPatterns << QString(QLatin1Char('%') + digits.mid(1));
        }
        const QString words = dialect.textSearchArgument(typed);
        // Two plans (SQLite; PostgreSQL plans from its statistics). When every part of the search
        // matches few conversations, collect them through the indexes and sort those; when one
        // matches many, walk the list in its order, testing each conversation, which stops once a
        // page is full. Each part is counted first, up to a cap, to choose (bench_inbox at 100,000
        // conversations: digits 750 ms -> 10 ms, a name prefix 106 ms -> 10 ms).
        constexpr int kManyMatches = 2000; // texts
        constexpr int kManyLeads = 500;
        bool manyTexts = false;
        bool walk = !sqlite;
        const auto atLeast = [this](const QString& count, const QVariantList& args,
                                    int cap) -> StoreResult<bool> {
            if (count.isEmpty())
                return false;
            auto n = rows::scalar(m_db.exec(count, args));
            if (!n)
                return n.error();
            return n.value() >= cap;
        };
        if (!words.isEmpty()) {
            // Past this many matching texts, probing lead by lead beats collecting them all
            // (bench_inbox: a word in 25,000 of 200,000 texts, 150 ms -> 20 ms).
            auto texts = atLeast(dialect.countMessagesMatchingText(kManyMatches), {words}, kManyMatches);
            if (!texts)
                return texts.error();
            manyTexts = texts.value();
            auto names = atLeast(dialect.countLeadsMatchingText(kManyLeads), {words}, kManyLeads);
            if (!names)
                return names.error();
            walk = walk || manyTexts || names.value();
        }
        if (!numberPatterns.isEmpty() && !walk) {
            auto numbers = atLeast(dialect.countLeadsWithNumberLike(int(numberPatterns.size()), kManyLeads),
                                   numberPatterns, kManyLeads);
            if (!numbers)
                return numbers.error();
            walk = numbers.value();
        }
        QStringList any;
        for (const QVariant& pattern : numberPatterns) {
            // Walking: a test of the row at hand. Collecting: a scan of the e164 index, not of the rows.
            any << (walk ? QStringLiteral("l.e164 LIKE ?")
                         : QStringLiteral("l.id IN (SELECT id FROM leads WHERE e164 LIKE ?)"));
            searchArgs << pattern;
        }
        if (!words.isEmpty()) {
            // SQLite: `+l.id` keeps the id from being used as an index while walking, or it would
            // collect every match first.
            any << (sqlite && walk ? QStringLiteral("+l.id IN (%1)") : QStringLiteral("l.id IN (%1)"))
                       .arg(dialect.leadsMatchingText())
                << dialect.leadHasMessageMatchingText(manyTexts);
            searchArgs << words << words;
        }
        // Only punctuation: nothing can match (but the open conversation is still listed).
        searchWhere = any.isEmpty() ? QStringLiteral("1 = 0")
                                    : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString filterCond =
        filterWhere.isEmpty() ? QStringLiteral("1 = 1") : filterWhere.join(QStringLiteral(" AND "));
    const QString searchCond = searchWhere.isEmpty() ? QStringLiteral("1 = 1") : searchWhere;

    QVariantList args;
    QString matchColumns;
    QStringList where;
    const bool keep = query.keepLeadId != 0;
    if (keep) {
        // The open conversation is listed whatever the filter and search say; the row says which.
        matchColumns =
            QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END AS in_filter, CASE WHEN %2 THEN 1 ELSE 0 "
                           "END AS in_search, CASE WHEN (%1) AND (%2) THEN 1 ELSE 0 END AS in_list")
                .arg(filterCond, searchCond);
        args << filterArgs << searchArgs << filterArgs << searchArgs;
        where << QStringLiteral("((%1 AND %2) OR l.id = ?)").arg(filterCond, searchCond);
        args << filterArgs << searchArgs << query.keepLeadId;
    } else {
        matchColumns = QStringLiteral("1 AS in_filter, 1 AS in_search, 1 AS in_list");
        if (!filterWhere.isEmpty())
            where << filterCond;
        if (!searchWhere.isEmpty())
            where << searchCond;
        args << filterArgs << searchArgs;
    }

    if (leadIds) {
        QStringList marks;
        for (const qint64 id : *leadIds) {
            marks << QStringLiteral("?");
            args << id;
        }
        where << QStringLiteral("l.id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }

    // Needs reply: urgent jobs first (DESIGN §11), then the oldest wait, straight from the
    // (urgent, waiting_since) index.
    QString order = query.filter == ConversationFilter::NeedsReply
                        ? (keep ? QStringLiteral("CASE WHEN l.waiting_since IS NULL THEN 1 ELSE 0 END, "
                                                 "l.urgent DESC, l.waiting_since, l.id")
                                : QStringLiteral("l.urgent DESC, l.waiting_since, l.id"))
                        : QStringLiteral("l.last_activity_at DESC, l.id DESC");
    if (keep)
        order.prepend(QStringLiteral("in_list, ")); // the open conversation that left the list first

    // The last message per lead comes from the (lead_id, created_at) index, one probe per row.
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.e164, l.display_name, l.status, l.place, l.unread, l.last_activity_at, "
            "m.body, m.direction, m.automated, l.assigned_staff_id, %1, "
            "(SELECT o.keyword FROM opt_outs o WHERE o.e164 = l.e164), l.waiting_since, "
            "(SELECT COUNT(*) FROM messages c WHERE c.lead_id = l.id AND c.direction = 'inbound' "
            "AND c.created_at >= l.waiting_since), "
            "(SELECT s.name FROM staff s WHERE s.id = l.assigned_staff_id), %2, l.need, %6 "
            "FROM leads l LEFT JOIN messages m "
            "ON m.id = (SELECT id FROM messages WHERE lead_id = l.id ORDER BY created_at DESC, id DESC "
            "LIMIT 1) %3 ORDER BY %4 %5")
            .arg(kOptedOut, matchColumns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 order, leadIds ? QString() : QStringLiteral("LIMIT ? OFFSET ?"),
                 LeadStore::intakeColumns(QStringLiteral("l")));
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
            c.optOutKeyword = q.value(12).toString();
            if (!q.value(13).isNull())
                c.waitingSince = sql::toTime(q.value(13));
            c.waitingTexts = q.value(14).toInt();
            c.assigneeName = q.value(15).toString();
            c.inFilter = q.value(16).toInt() != 0;
            c.inSearch = q.value(17).toInt() != 0;
            // 18: in_list (the ORDER BY's)
            c.lead.need = q.value(19).toString();
            LeadStore::readIntakeFields(c.lead, q, 20);
            return c;
        },
        m_db.exec(sql, args));
}

} // namespace ringback
