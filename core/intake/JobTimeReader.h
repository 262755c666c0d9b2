#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ringback {

// When the customer wants the job done, read from a text (DESIGN §11): "today", "tomorrow
// morning", "Friday", "next Tuesday", "12/5", "Dec 5th", and their Spanish and French forms
// ("mañana por la tarde", "demain matin", "le 5 décembre"). The day is resolved in the business's
// zone at the moment the text arrived, so "tomorrow" sent at 11 pm in Austin is the next Austin day.
struct JobTime
{
    QString asTyped; // the words that said it ("tomorrow morning"), for the card
    QDate date;      // the day they mean; invalid when the text names none ("whenever")
    bool isEmpty() const { return asTyped.isEmpty(); }
};

class JobTimeReader
{
public:
    // `monthFirst`: 12/5 is December 5 (the US, Canada, the Philippines); else 12 May.
    explicit JobTimeReader(bool monthFirst);
    // Whether a region writes 12/5 for December 5 (the US and the places that follow its usage).
    static bool monthFirstIn(const QString& regionCode);

    // A day named anywhere in a text, with `localToday` the business's date when it arrived.
    JobTime find(const QString& text, const QDate& localToday) const;
    // The answer to "When would you like us to come?": a day if one is named, and the answer as
    // typed either way ("whenever works", "after 5 any weekday"), shortened to a card's line.
    JobTime answer(const QString& text, const QDate& localToday) const;

private:
    bool m_monthFirst;
};

} // namespace ringback
