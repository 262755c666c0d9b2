#pragma once

#include <QString>
#include <QStringList>

namespace ringback {

// Words that make a job urgent (DESIGN §11): a caller who writes "water everywhere, pipe burst"
// is called now, not answered in turn. The owner edits the list (Templates > Intake); these are
// the defaults, in English, Spanish and French, since the same office gets all three. An entry is
// a word or phrase matched whole, accents and case ignored; a trailing '*' accepts any ending
// ("leak*": leaks, leaking). "No rush, the leak is tiny" is still a leak: urgent on purpose, a
// person decides; "we are not in a hurry" holds no such word.
class UrgentWords
{
public:
    explicit UrgentWords(QStringList words);

    static QStringList defaults();

    // The entry found in a text, as the list has it ("burst*"); empty when none is.
    QString find(const QString& text) const;
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    QStringList m_words;
};

} // namespace ringback
