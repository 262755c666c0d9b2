#pragma once

#include "IntakeQuestions.h"
#include "JobTimeReader.h"
#include "UrgentWords.h"
#include "domain/Lead.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

// The pure part of intake (DESIGN §11): what a customer's text tells the lead card, and which
// question comes next. No store, no clock: the coordinator feeds it, the tests table it.
class IntakeFlow
{
public:
    IntakeFlow(QList<IntakeQuestion> questions, UrgentWords urgent, JobTimeReader when)
        : m_questions(std::move(questions))
        , m_urgent(std::move(urgent))
        , m_when(when)
    {}

    struct Reading
    {
        QList<IntakeQuestion> filled; // the card fields this text filled
        QString urgentWord;           // the urgent entry it holds; empty: none
    };
    // Reads a text into the lead: the answer to `answering` (the question last asked) fills its
    // field as typed; an address, a day, photos or an urgent word found anywhere fill theirs.
    // Only empty fields are filled: what a person typed on the card stays. `firstReply`: the
    // answer to the missed-call text, which asks what we can help with: a reply that describes a
    // job ("Kitchen sink is backed up") answers the Need question already; "hi" or "yes?" does not.
    Reading read(Lead& lead, const QString& body, int mediaCount, std::optional<IntakeQuestion> answering,
                 const QDate& localToday, bool firstReply = false) const;

    // Whether a text says something about a job beyond greetings, yes/no, an address or a day:
    // two words or more that are none of those.
    bool describesAJob(const QString& body, const QDate& localToday) const;

    // The first question after `after` (all of them when none) whose field is still empty.
    std::optional<IntakeQuestion> next(const Lead& lead, std::optional<IntakeQuestion> after) const;

private:
    QList<IntakeQuestion> m_questions;
    UrgentWords m_urgent;
    JobTimeReader m_when;
};

} // namespace ringback
