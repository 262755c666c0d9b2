#include "LegacySentences.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/FactWording.h"

#include <QRegularExpression>

#include <array>

namespace ringback {

namespace {

enum class Group { Miss, Verdict, Decision, Texted, SendFailed, OptedOut, OptedIn, Replied, Moved, Status };

// A sentence as earlier versions wrote it, in English, Spanish and French (the translations they
// shipped with), and its code. %1, %2 are its parameters (named per group below).
struct Known
{
    Group group;
    const char* code;
    std::array<const char*, 3> texts;
};

// Generated from translations/ringback_es.ts and ringback_fr.ts as they stood at migration 10.
const Known kKnown[] = {
#include "LegacySentences.inc"
};

// The parameter names of a group's %1, %2.
QStringList parameterNames(Group group)
{
    switch (group) {
    case Group::SendFailed:
        return {QStringLiteral("message"), QStringLiteral("error")};
    case Group::OptedOut:
        return {QStringLiteral("keyword")};
    case Group::Moved:
        return {QStringLiteral("from"), QStringLiteral("to")};
    default:
        return {};
    }
}

// The sentence pattern as an anchored expression; captures in the order of the pattern's %N,
// their N in `order`.
QRegularExpression expressionOf(const QString& pattern, QList<int>& order)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString re = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        re += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
        order << m.captured(1).toInt();
        at = m.capturedEnd();
    }
    re += QRegularExpression::escape(pattern.mid(at)) + QStringLiteral("$");
    return QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
}

// A lead status by its name in any of the three languages.
QString statusCode(const QString& name)
{
    for (const Known& k : kKnown) {
        if (k.group != Group::Status)
            continue;
        for (const char* text : k.texts) {
            if (name.compare(QString::fromUtf8(text), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(k.code);
        }
    }
    return {};
}

std::optional<LegacySentences::Coded> match(Group group, const QString& sentence)
{
    for (const Known& k : kKnown) {
        if (k.group != group)
            continue;
        for (const char* text : k.texts) {
            QList<int> order;
            const QRegularExpression re = expressionOf(QString::fromUtf8(text), order);
            const auto m = re.match(sentence);
            if (!m.hasMatch())
                continue;
            LegacySentences::Coded coded{QString::fromLatin1(k.code), {}};
            const QStringList names = parameterNames(group);
            bool ok = true;
            for (qsizetype i = 0; i < order.size(); ++i) {
                const int n = order.at(i);
                if (n < 1 || n > names.size())
                    continue;
                const QString& name = names.at(n - 1);
                QString value = m.captured(int(i) + 1);
                if (group == Group::Moved) {
                    value = statusCode(value);
                    ok = ok && !value.isEmpty();
                }
                if (name == QLatin1String("error"))
                    coded.params.insert(name, value.toInt());
                else
                    coded.params.insert(name, value);
            }
            if (ok)
                return coded;
        }
    }
    return std::nullopt;
}

LegacySentences::Coded legacy(const QString& text)
{
    return {FactWording::legacyCode(), {{QStringLiteral("text"), text}}};
}

} // namespace

LegacySentences::Coded LegacySentences::timelineEvent(TimelineKind kind, const QString& sentence)
{
    if (sentence.isEmpty())
        return {};
    std::optional<Group> group;
    switch (kind) {
    case TimelineKind::CallMissed:
        group = Group::Miss;
        break;
    case TimelineKind::NotTexted:
        group = Group::Decision;
        break;
    case TimelineKind::Texted:
        group = Group::Texted;
        break;
    case TimelineKind::SendFailed:
        group = Group::SendFailed;
        break;
    case TimelineKind::OptedOut:
        group = Group::OptedOut;
        break;
    case TimelineKind::OptedIn:
        group = Group::OptedIn;
        break;
    case TimelineKind::MessageReceived:
        group = Group::Replied;
        break;
    case TimelineKind::StatusChanged:
        group = Group::Moved;
        break;
    case TimelineKind::CallAnswered:
    case TimelineKind::MessageSent:
    case TimelineKind::Assigned:
    case TimelineKind::Note:
        break;
    }
    if (group) {
        if (auto coded = match(*group, sentence))
            return *coded;
    }
    return legacy(sentence);
}

LegacySentences::CallCoded LegacySentences::callVerdict(const QString& sentence)
{
    if (sentence.isEmpty() || match(Group::Verdict, sentence))
        return {};
    if (auto miss = match(Group::Miss, sentence))
        return {miss->code, {}, {}};
    // "<how it was missed>. <what the policy did>"
    for (const Known& k : kKnown) {
        if (k.group != Group::Miss)
            continue;
        for (const char* text : k.texts) {
            const QString prefix = QString::fromUtf8(text) + QStringLiteral(". ");
            if (!sentence.startsWith(prefix))
                continue;
            const QString rest = sentence.mid(prefix.size());
            if (auto decision = match(Group::Decision, rest))
                return {QString::fromLatin1(k.code), decision->code, {}};
            const Coded kept = legacy(rest);
            return {QString::fromLatin1(k.code), kept.code, kept.params};
        }
    }
    const Coded kept = legacy(sentence);
    return {QString(), kept.code, kept.params};
}

StoreResult<void> LegacySentences::convert(Database& db)
{
    // Calls: one UPDATE per distinct sentence (a few dozen), not one per call.
    QStringList sentences;
    {
        auto q =
            db.exec(QStringLiteral("SELECT DISTINCT verdict_detail FROM calls WHERE verdict_detail IS NOT "
                                   "NULL AND verdict_detail <> ''"));
        if (!q)
            return q.error();
        while (q->next())
            sentences << q->value(0).toString();
        q->finish();
    }
    for (const QString& sentence : std::as_const(sentences)) {
        const CallCoded coded = callVerdict(sentence);
        if (auto r =
                db.exec(QStringLiteral("UPDATE calls SET miss_reason = ?, decision = ?, decision_params = ?, "
                                       "verdict_detail = NULL WHERE verdict_detail = ?"),
                        {sql::textOrNull(coded.missReason), sql::textOrNull(coded.decision),
                         coded.decisionParams.isEmpty() ? sql::nullOf(QMetaType::QString)
                                                        : sql::params(coded.decisionParams),
                         sentence});
            !r)
            return r.error();
    }

    QList<QPair<QString, QString>> events;
    {
        auto q =
            db.exec(QStringLiteral("SELECT DISTINCT kind, detail FROM timeline_events WHERE detail <> ''"));
        if (!q)
            return q.error();
        while (q->next())
            events << qMakePair(q->value(0).toString(), q->value(1).toString());
        q->finish();
    }
    for (const auto& [kind, sentence] : std::as_const(events)) {
        const Coded coded = timelineEvent(timelineKindFromString(kind), sentence);
        if (auto r = db.exec(QStringLiteral("UPDATE timeline_events SET code = ?, params = ?, detail = '' "
                                            "WHERE kind = ? AND detail = ?"),
                             {coded.code, sql::params(coded.params), kind, sentence});
            !r)
            return r.error();
    }
    return {};
}

} // namespace ringback
