#include "UrgentWords.h"

#include "TextMatching.h"

namespace ringback {

UrgentWords::UrgentWords(QStringList words)
{
    for (const QString& w : words) {
        if (!textmatch::fold(w).isEmpty())
            m_words << w.trimmed();
    }
}

QStringList UrgentWords::defaults()
{
    return {// English
            QStringLiteral("flood*"), QStringLiteral("burst*"), QStringLiteral("no heat"),
            QStringLiteral("no hot water"), QStringLiteral("gas smell*"), QStringLiteral("smell* gas"),
            QStringLiteral("smell* like gas"), QStringLiteral("spark*"), QStringLiteral("smoke"),
            QStringLiteral("smoking"), QStringLiteral("leak*"), QStringLiteral("sewage"),
            QStringLiteral("sewer backup"), QStringLiteral("emergency"),
            // Spanish
            QStringLiteral("inund*"), QStringLiteral("revent*"), QStringLiteral("sin calefacción"),
            QStringLiteral("sin agua caliente"), QStringLiteral("olor a gas"), QStringLiteral("huele a gas"),
            QStringLiteral("chispa*"), QStringLiteral("humo"), QStringLiteral("fuga*"),
            QStringLiteral("gotea*"), QStringLiteral("aguas negras"), QStringLiteral("emergencia"),
            // French
            QStringLiteral("inond*"), QStringLiteral("éclat*"), QStringLiteral("pas de chauffage"),
            QStringLiteral("plus de chauffage"), QStringLiteral("pas d'eau chaude"),
            QStringLiteral("plus d'eau chaude"), QStringLiteral("odeur de gaz"),
            QStringLiteral("sent le gaz"), QStringLiteral("étincelle*"), QStringLiteral("fumée"),
            QStringLiteral("fuite*"), QStringLiteral("eaux usées"), QStringLiteral("refoulement"),
            QStringLiteral("urgence"), QStringLiteral("urgent")};
}

namespace {

// "There's no leak", "not an emergency", "pas de fuite", "sin fuga": the word is there, the
// trouble is not. Only a negation right before it (or before an article before it) counts, so
// "no, it's leaking" stays urgent.
bool negated(const QStringList& before)
{
    static const QStringList negations{
        QStringLiteral("no"),     QStringLiteral("not"),     QStringLiteral("isn't"), QStringLiteral("isnt"),
        QStringLiteral("never"),  QStringLiteral("without"), QStringLiteral("pas"),   QStringLiteral("sans"),
        QStringLiteral("jamais"), QStringLiteral("aucune"),  QStringLiteral("aucun"), QStringLiteral("sin"),
        QStringLiteral("ningun"), QStringLiteral("ninguna"), QStringLiteral("nunca")};
    static const QStringList articles{QStringLiteral("a"),   QStringLiteral("an"),  QStringLiteral("any"),
                                      QStringLiteral("de"),  QStringLiteral("d'"),  QStringLiteral("un"),
                                      QStringLiteral("une"), QStringLiteral("una"), QStringLiteral("hay")};
    if (before.isEmpty())
        return false;
    if (negations.contains(before.last()))
        return true;
    return before.size() == 2 && articles.contains(before.last()) && negations.contains(before.first());
}

} // namespace

QString UrgentWords::find(const QString& text) const
{
    const QString folded = textmatch::fold(text);
    if (folded.isEmpty())
        return QString();
    for (const QString& w : m_words) {
        for (qsizetype at = textmatch::findPhrase(folded, w); at >= 0;
             at = textmatch::findPhrase(folded, w, at + 1)) {
            if (!negated(textmatch::wordsBefore(folded, at, 2)))
                return w;
        }
    }
    return QString();
}

} // namespace ringback
