#pragma once

#include <QString>
#include <QStringList>

namespace ringback::textmatch {

// Customers' texts as the readers compare them: lower case, accents and curly apostrophes gone,
// runs of spaces and punctuation other than apostrophes and slashes one space. "Fuite d’eau à
// l'étage!" -> "fuite d'eau a l'etage". The readers match words and phrases in it, so a match never
// depends on how a phone typed an accent.
QString fold(const QString& text);

// Whether `phrase` (folded) occurs in `folded` as whole words; a phrase ending in '*' matches any
// ending of its last word ("leak*": leak, leaks, leaking). Returns the position, or -1.
qsizetype findPhrase(const QString& folded, const QString& phrase, qsizetype from = 0);

// A customer's words for a card's line: spaces simplified, and past `longest` characters cut at
// a word's end with "..." (the conversation keeps the whole text).
QString shortened(const QString& text, qsizetype longest);

// The words of `folded` before position `at`, nearest last (at most `count`).
QStringList wordsBefore(const QString& folded, qsizetype at, int count);

} // namespace ringback::textmatch
