#include "OptOutIntent.h"

#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/OptOutStore.h"
#include "store/QueryRows.h"
#include "store/ScheduledTextStore.h"
#include "store/SqlValues.h"
#include "store/TimelineStore.h"

#include <QRegularExpression>
#include <QSet>

namespace ringback {

namespace {

// Case folded, one kind of apostrophe, single spaces within a line and single line breaks
// between lines: a line break ends a clause like a full stop ("Stop\nI found someone else"), so
// it must survive (QString::simplified would turn it into a space).
QString normalised(const QString& body)
{
    // Upper case first, as keywordOf does: Unicode's upper case maps a few letters onto ASCII ones
    // that lower case leaves alone (long s, dotless i, the "st" ligature), and a text keywordOf
    // reads as STOP must read as "stop" here too.
    QString s = body.toUpper().toLower();
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    static const QRegularExpression lineBreak(QStringLiteral(R"([\n\r\v\f\x{85}\x{2028}\x{2029}])"));
    QStringList lines;
    for (const QString& line : s.split(lineBreak, Qt::SkipEmptyParts)) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines.join(QLatin1Char('\n'));
}

// Phrases about the texts themselves: a match wherever they stand in the message.
const QList<QRegularExpression>& phrases()
{
    static const QList<QRegularExpression> list = [] {
        const QStringList patterns{
            // opt out, opt-out, optout, opt me out
            QStringLiteral(R"(\bopt(?:[\s-]*me)?[\s-]*out\b)"),
            QStringLiteral(R"(\bunsubscribe\b)"),
            // revoke (consent): not an everyday word in a reply to a plumber
            QStringLiteral(R"(\brevoke\b)"),
            // stop / quit / cease texting (me), stop the texts, stop sending me these
            QStringLiteral(R"(\b(?:stop|quit|cease|end)\s+(?:\w+\s+)?(?:texting|txting|messaging|texts|txts|)"
                           R"(messages|sms)\b)"),
            QStringLiteral(R"(\b(?:stop|quit)\s+(?:sending|contacting)\s+(?:me|us|these|this|them|texts|)"
                           R"(messages)\b)"),
            QStringLiteral(R"(\b(?:stop|quit)\s+(?:sending|contacting)\s*(?:[.!,;\n]|$))"),
            // don't / do not (ever) text / message / contact me (this number, again, ...)
            QStringLiteral(
                R"(\b(?:don'?t|do\s+not|dont|never)\s+(?:ever\s+)?(?:text|txt|message|sms|contact))"
                R"((?:\s+(?:me|us|this|my|again|anymore|any\s+more)\b|\s*(?:[.!,;\n]|$)))"),
            // no more texts / text messages / messages
            QStringLiteral(
                R"(\bno\s+more\s+(?:\w+\s+)?(?:texts|txts|text\s+messages|messages|sms|texting)\b)"),
            // take me off / remove me from (your list)
            QStringLiteral(R"(\b(?:take|remove)\s+me\s+(?:off|from)\b)"),
        };
        QList<QRegularExpression> out;
        for (const QString& p : patterns)
            out << QRegularExpression(p);
        return out;
    }();
    return list;
}

// A clause made of one of these and politeness only is a request to stop ("Stop please",
// "please just stop", "End."). The whole message as a keyword is keywordOf's (an outright opt-out).
const QSet<QString> kKeywords{QStringLiteral("stop"),   QStringLiteral("stopall"),
                              QStringLiteral("quit"),   QStringLiteral("end"),
                              QStringLiteral("cancel"), QStringLiteral("revoke"),
                              QStringLiteral("optout"), QStringLiteral("unsubscribe")};
const QSet<QString> kPoliteness{QStringLiteral("please"), QStringLiteral("pls"),   QStringLiteral("plz"),
                                QStringLiteral("just"),   QStringLiteral("now"),   QStringLiteral("thanks"),
                                QStringLiteral("thank"),  QStringLiteral("you"),   QStringLiteral("thx"),
                                QStringLiteral("ok"),     QStringLiteral("okay"),  QStringLiteral("it"),
                                QStringLiteral("all"),    QStringLiteral("asap"),  QStringLiteral("already"),
                                QStringLiteral("kindly"), QStringLiteral("sorry"), QStringLiteral("them")};

bool keywordClause(const QString& clause)
{
    static const QRegularExpression wordRx(QStringLiteral(R"([a-z']+)"));
    bool keyword = false;
    auto it = wordRx.globalMatch(clause);
    if (!it.hasNext())
        return false;
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (kKeywords.contains(word))
            keyword = true;
        else if (!kPoliteness.contains(word))
            return false;
    }
    return keyword;
}

} // namespace

bool OptOutIntent::matches(const QString& body)
{
    const QString text = normalised(body);
    if (text.isEmpty())
        return false;
    for (const QRegularExpression& rx : phrases()) {
        if (rx.match(text).hasMatch())
            return true;
    }
    // Clauses end at punctuation or a dash ("Stop - call me instead").
    static const QRegularExpression clauseEnd(QStringLiteral(R"([.!?,;:\n]+|\s[-–—]+\s)"));
    for (const QString& clause : text.split(clauseEnd, Qt::SkipEmptyParts)) {
        if (keywordClause(clause))
            return true;
    }
    return false;
}

namespace {
OptOutIntentFlag readFlag(const QSqlQuery& q)
{
    OptOutIntentFlag f;
    f.e164 = q.value(0).toString();
    f.leadId = q.value(1).toLongLong();
    f.messageId = sql::toOptional<qint64>(q.value(2));
    f.flaggedAt = sql::toTime(q.value(3));
    return f;
}
} // namespace

StoreResult<void> OptOutIntentStore::flag(const OptOutIntentFlag& f)
{
    return rows::none(
        m_db.exec(QStringLiteral("INSERT INTO opt_out_intents (e164, lead_id, message_id, flagged_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (e164) DO NOTHING"),
                  {f.e164, f.leadId, sql::optional(f.messageId), sql::time(f.flaggedAt)}));
}

StoreResult<std::optional<OptOutIntentFlag>> OptOutIntentStore::flagFor(const QString& e164)
{
    return rows::first<OptOutIntentFlag>(
        readFlag,
        m_db.exec(QStringLiteral("SELECT e164, lead_id, message_id, flagged_at FROM opt_out_intents "
                                 "WHERE e164 = ?"),
                  {e164}));
}

StoreResult<void> OptOutIntentStore::clear(const QString& e164)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM opt_out_intents WHERE e164 = ?"), {e164}));
}

StoreResult<void> OptOutIntentStore::confirm(const QString& e164, const QDateTime& now, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto lead = LeadStore(m_db).byNumber(e164);
    if (!lead)
        return lead.error();
    if (auto r = OptOutStore(m_db).optOut({e164, QStringLiteral("staff"), QString(), now}); !r)
        return r;
    if (auto r = ScheduledTextStore(m_db).cancelAllTo(e164, QStringLiteral("opted_out_before_send"), now); !r)
        return r.error();
    if (lead->has_value()) {
        TimelineEvent confirmed;
        confirmed.leadId = (*lead)->id;
        confirmed.kind = TimelineKind::OptedOut;
        confirmed.code = QStringLiteral("confirmed_reply");
        confirmed.occurredAt = now;
        confirmed.actor = actor;
        if (auto r = TimelineStore(m_db).append(confirmed); !r)
            return r.error();
    }
    if (auto r = clear(e164); !r)
        return r;
    return tx.commit();
}

StoreResult<void> OptOutIntentStore::dismiss(const QString& e164, const QDateTime& now, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto cleared =
        m_db.exec(QStringLiteral("DELETE FROM opt_out_intents WHERE e164 = ? RETURNING lead_id"), {e164});
    if (!cleared)
        return cleared.error();
    if (cleared->next()) {
        TimelineEvent undone;
        undone.leadId = cleared->value(0).toLongLong();
        cleared->finish();
        undone.kind = TimelineKind::OptedIn;
        undone.code = QStringLiteral("not_an_opt_out");
        undone.occurredAt = now;
        undone.actor = actor;
        if (auto r = TimelineStore(m_db).append(undone); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace ringback
