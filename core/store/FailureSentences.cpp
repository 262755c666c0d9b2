#include "FailureSentences.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/FactWording.h"

#include <QList>
#include <QRegularExpression>

namespace ringback {

namespace {

enum class Group {
    Whole,    // a sentence Ringback stored as it was
    Provider, // a provider error's sentence (stored as it was, or inside a Wrapper)
    Wrapper   // "Not delivered: %1 (provider error %2)": %1 is a provider error's sentence
};

// A sentence as earlier versions wrote it (English, Spanish, French, each plural form), its code,
// the provider error it implies, and the names of its %1, %2 (%n is a count, not kept).
struct Known
{
    Group group;
    const char* code;
    int error;
    const char* names;
    const char* text;
};

// Generated from translations/ringback_{en,es,fr}.ts as they stood at migration 13.
const Known kKnown[] = {
#include "FailureSentences.inc"
};

struct Pattern
{
    const Known* known;
    QRegularExpression expression;
    QStringList names; // per capture, in order
};

const QList<Pattern>& patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9]|n)"));
        for (const Known& k : kKnown) {
            const QString text = QString::fromUtf8(k.text);
            const QStringList names =
                QString::fromLatin1(k.names).split(QLatin1Char(','), Qt::SkipEmptyParts);
            Pattern p{&k, {}, {}};
            QString re = QStringLiteral("^");
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                re +=
                    QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
                const QString which = m.captured(1);
                const int n = which == QLatin1String("n") ? 0 : which.toInt();
                p.names << (n >= 1 && n <= names.size() ? names.at(n - 1) : QString());
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
            p.expression = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
            out << p;
        }
        return out;
    }();
    return all;
}

// The kind a provider's code stands for when the sentence around it was not recognised.
QString codeOfError(int error)
{
    switch (error) {
    case 21610:
        return QStringLiteral("opted_out");
    case 21211:
    case 21614:
        return QStringLiteral("invalid_number");
    case 21408:
        return QStringLiteral("region_not_permitted");
    default:
        return QStringLiteral("rejected");
    }
}

// Matches one group; the captures named "error", "http", "detail" and "inner" are returned.
std::optional<std::pair<const Known*, QVariantMap>> matchGroup(Group group, const QString& text)
{
    for (const Pattern& p : patterns()) {
        if (p.known->group != group)
            continue;
        const auto m = p.expression.match(text);
        if (!m.hasMatch())
            continue;
        QVariantMap captured;
        if (p.known->error)
            captured.insert(QStringLiteral("error"), p.known->error);
        for (qsizetype i = 0; i < p.names.size(); ++i) {
            const QString& name = p.names.at(i);
            const QString value = m.captured(int(i) + 1).trimmed();
            if (name == QLatin1String("error") || name == QLatin1String("http"))
                captured.insert(name, value.toInt());
            else if (name == QLatin1String("detail") || name == QLatin1String("inner"))
                captured.insert(name, value);
        }
        return std::make_pair(p.known, captured);
    }
    return std::nullopt;
}

std::optional<FailureSentences::Coded> recogniseOne(const QString& text)
{
    for (Group group : {Group::Whole, Group::Provider}) {
        if (auto found = matchGroup(group, text))
            return FailureSentences::Coded{QString::fromLatin1(found->first->code), found->second};
    }
    return std::nullopt;
}

QVariant paramsOrNull(const QVariantMap& params)
{
    return params.isEmpty() ? sql::nullOf(QMetaType::QString) : sql::params(params);
}

} // namespace

std::optional<FailureSentences::Coded> FailureSentences::recognise(const QString& sentence)
{
    const QString text = sentence.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto whole = recogniseOne(text))
        return whole;
    auto wrapped = matchGroup(Group::Wrapper, text);
    if (!wrapped)
        return std::nullopt;
    QVariantMap params = wrapped->second;
    const QString inner = params.take(QStringLiteral("inner")).toString();
    if (auto coded = recogniseOne(inner)) {
        // The provider's code from around the sentence, when the sentence did not name one.
        if (!coded->params.contains(QStringLiteral("error")) && params.contains(QStringLiteral("error")))
            coded->params.insert(QStringLiteral("error"), params.value(QStringLiteral("error")));
        return coded;
    }
    // A provider's sentence this table does not know: kept as its words, with its code.
    if (!inner.isEmpty())
        params.insert(QStringLiteral("detail"), inner);
    return Coded{codeOfError(params.value(QStringLiteral("error")).toInt()), params};
}

StoreResult<void> FailureSentences::convert(Database& db)
{
    const auto distinct = [&db](const QString& sql) -> StoreResult<QStringList> {
        auto q = db.exec(sql);
        if (!q)
            return q.error();
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        q->finish();
        return out;
    };
    const auto legacy = [](const QString& text) {
        return Coded{FactWording::legacyCode(), {{QStringLiteral("text"), text}}};
    };

    // The outbox: why the last attempt failed. 'not-approved' was already a code.
    auto outbox = distinct(QStringLiteral(
        "SELECT DISTINCT last_error FROM outbox WHERE last_error IS NOT NULL AND last_error <> ''"));
    if (!outbox)
        return outbox.error();
    for (const QString& sentence : std::as_const(outbox.value())) {
        const Coded coded = sentence == QLatin1String("not-approved")
                                ? Coded{QStringLiteral("not_approved"), {}}
                                : recognise(sentence).value_or(legacy(sentence));
        if (auto r = db.exec(QStringLiteral("UPDATE outbox SET last_error = ?, last_error_params = ? "
                                            "WHERE last_error = ?"),
                             {coded.code, paramsOrNull(coded.params), sentence});
            !r)
            return r.error();
    }

    // Messages: a sentence of Ringback's becomes error_reason (the provider's code and words kept
    // in error_code and error_message); anything else is the provider's own words and stays.
    auto messages = distinct(QStringLiteral(
        "SELECT DISTINCT error_message FROM messages WHERE error_message IS NOT NULL AND error_message <> '' "
        "AND error_reason IS NULL"));
    if (!messages)
        return messages.error();
    for (const QString& sentence : std::as_const(messages.value())) {
        const auto coded = recognise(sentence);
        if (!coded)
            continue;
        const QVariant error = coded->params.contains(QStringLiteral("error"))
                                   ? QVariant(coded->params.value(QStringLiteral("error")).toInt())
                                   : sql::nullOf(QMetaType::Int);
        if (auto r = db.exec(
                QStringLiteral(
                    "UPDATE messages SET error_reason = ?, error_message = ?, "
                    "error_code = COALESCE(error_code, ?) WHERE error_message = ? AND error_reason IS NULL"),
                {coded->code, sql::textOrNull(coded->params.value(QStringLiteral("detail")).toString()),
                 error, sentence});
            !r)
            return r.error();
    }

    // The block list: why a number cannot be texted.
    auto blocked = distinct(QStringLiteral(
        "SELECT DISTINCT reason FROM blocked_numbers WHERE reason IS NOT NULL AND reason <> ''"));
    if (!blocked)
        return blocked.error();
    for (const QString& sentence : std::as_const(blocked.value())) {
        const Coded coded = recognise(sentence).value_or(legacy(sentence));
        if (auto r = db.exec(QStringLiteral("UPDATE blocked_numbers SET reason = ?, reason_params = ? "
                                            "WHERE reason = ?"),
                             {coded.code, paramsOrNull(coded.params), sentence});
            !r)
            return r.error();
    }

    // A failed text's history line kept the provider error's sentence as params["message"].
    QList<QPair<qint64, QVariantMap>> lines;
    {
        auto q = db.exec(QStringLiteral("SELECT id, params FROM timeline_events WHERE kind = 'send_failed' "
                                        "AND code = 'provider_error'"));
        if (!q)
            return q.error();
        while (q->next())
            lines << qMakePair(q->value(0).toLongLong(), sql::toParams(q->value(1)));
        q->finish();
    }
    for (const auto& [id, params] : std::as_const(lines)) {
        if (params.contains(QStringLiteral("reason")) || !params.contains(QStringLiteral("message")))
            continue;
        auto coded = recogniseOne(params.value(QStringLiteral("message")).toString().trimmed());
        if (!coded)
            continue; // FactWording still shows the sentence as it was
        QVariantMap updated = coded->params;
        updated.insert(QStringLiteral("reason"), coded->code);
        if (!updated.contains(QStringLiteral("error")) && params.value(QStringLiteral("error")).toInt())
            updated.insert(QStringLiteral("error"), params.value(QStringLiteral("error")).toInt());
        if (auto r = db.exec(QStringLiteral("UPDATE timeline_events SET params = ? WHERE id = ?"),
                             {sql::params(updated), id});
            !r)
            return r.error();
    }
    return {};
}

} // namespace ringback
