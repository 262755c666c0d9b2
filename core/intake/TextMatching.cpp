#include "TextMatching.h"

#include <QHash>
#include <QRegularExpression>

namespace ringback::textmatch {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar k = c;
        if (k == QChar(0x2019) || k == QChar(0x2018) || k == QLatin1Char('`'))
            k = QLatin1Char('\'');
        if (k.isLetterOrNumber() || k == QLatin1Char('\'') || k == QLatin1Char('/')) {
            out += k;
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

qsizetype findPhrase(const QString& folded, const QString& phrase, qsizetype from)
{
    // A phrase becomes a pattern once per thread ("smell* like gas" -> smell\w* like gas, whole
    // words); the worker and the desk each read texts on their own thread.
    thread_local QHash<QString, QRegularExpression> patterns;
    auto it = patterns.constFind(phrase);
    if (it == patterns.constEnd()) {
        QStringList words;
        for (const QString& w : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool anyEnding = w.endsWith(QLatin1Char('*'));
            const QString word = fold(anyEnding ? w.chopped(1) : w);
            if (!word.isEmpty())
                words << QRegularExpression::escape(word) +
                             (anyEnding ? QStringLiteral("[\\p{L}\\p{N}']*") : QString());
        }
        const QString pattern =
            words.isEmpty()
                ? QStringLiteral("(?!)")
                : QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(words.join(QLatin1Char(' ')));
        it = patterns.insert(phrase,
                             QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    }
    const QRegularExpressionMatch m = it->match(folded, from);
    return m.hasMatch() ? m.capturedStart() : -1;
}

QString shortened(const QString& text, qsizetype longest)
{
    QString t = text.simplified();
    if (t.size() <= longest)
        return t;
    t.truncate(longest - 3);
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    if (space > longest / 2)
        t.truncate(space);
    return t.trimmed() + QStringLiteral("...");
}

QStringList wordsBefore(const QString& folded, qsizetype at, int count)
{
    QStringList words = folded.left(at).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > count)
        words = words.mid(words.size() - count);
    return words;
}

} // namespace ringback::textmatch
