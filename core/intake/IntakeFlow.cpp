#include "IntakeFlow.h"

#include "JobAddressReader.h"
#include "TextMatching.h"

#include <QSet>

namespace ringback {

namespace {

constexpr qsizetype kLongestNeed = 120;

} // namespace

bool IntakeFlow::describesAJob(const QString& body, const QDate& localToday) const
{
    // Words that carry no job in the three languages (folded: no accents, lower case).
    static const QSet<QString> empty{
        QStringLiteral("yes"),    QStringLiteral("yeah"),  QStringLiteral("yep"),
        QStringLiteral("ok"),     QStringLiteral("okay"),  QStringLiteral("hi"),
        QStringLiteral("hello"),  QStringLiteral("hey"),   QStringLiteral("thanks"),
        QStringLiteral("thank"),  QStringLiteral("you"),   QStringLiteral("please"),
        QStringLiteral("sure"),   QStringLiteral("no"),    QStringLiteral("we"),
        QStringLiteral("we're"),  QStringLiteral("were"),  QStringLiteral("are"),
        QStringLiteral("at"),     QStringLiteral("is"),    QStringLiteral("it"),
        QStringLiteral("it's"),   QStringLiteral("its"),   QStringLiteral("this"),
        QStringLiteral("that"),   QStringLiteral("i"),     QStringLiteral("i'm"),
        QStringLiteral("im"),     QStringLiteral("my"),    QStringLiteral("the"),
        QStringLiteral("a"),      QStringLiteral("an"),    QStringLiteral("to"),
        QStringLiteral("can"),    QStringLiteral("could"), QStringLiteral("u"),
        QStringLiteral("come"),   QStringLiteral("out"),   QStringLiteral("here"),
        QStringLiteral("there"),  QStringLiteral("who"),   QStringLiteral("what"),
        QStringLiteral("call"),   QStringLiteral("me"),    QStringLiteral("back"),
        QStringLiteral("hola"),   QStringLiteral("si"),    QStringLiteral("gracias"),
        QStringLiteral("buenos"), QStringLiteral("dias"),  QStringLiteral("bonjour"),
        QStringLiteral("oui"),    QStringLiteral("merci"), QStringLiteral("salut"),
        QStringLiteral("el"),     QStringLiteral("la"),    QStringLiteral("de"),
        QStringLiteral("en"),     QStringLiteral("es"),    QStringLiteral("un"),
        QStringLiteral("una"),    QStringLiteral("je"),    QStringLiteral("c'est"),
        QStringLiteral("est"),    QStringLiteral("le"),    QStringLiteral("les"),
        QStringLiteral("au"),     QStringLiteral("lol")};
    QString rest = body;
    const JobAddress address = JobAddressReader::find(rest);
    if (!address.address.isEmpty())
        rest.remove(address.address);
    const JobTime day = m_when.find(rest, localToday);
    if (!day.isEmpty())
        rest.remove(day.asTyped);
    int words = 0;
    for (const QString& w : textmatch::fold(rest).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!empty.contains(w) && !w.front().isDigit())
            ++words;
    }
    return words >= 2;
}

IntakeFlow::Reading IntakeFlow::read(Lead& lead, const QString& body, int mediaCount,
                                     std::optional<IntakeQuestion> answering, const QDate& localToday,
                                     bool firstReply) const
{
    Reading r;
    r.urgentWord = m_urgent.find(body);
    if (!r.urgentWord.isEmpty())
        lead.urgent = true;
    if (mediaCount > 0) {
        lead.photoCount += mediaCount;
        r.filled << IntakeQuestion::Photo;
    }
    const bool hasWords = !body.simplified().isEmpty();
    const bool answersNeed =
        answering == IntakeQuestion::Need || (firstReply && describesAJob(body, localToday));
    if (answersNeed && hasWords && lead.need.trimmed().isEmpty()) {
        lead.need = textmatch::shortened(body, kLongestNeed);
        r.filled << IntakeQuestion::Need;
    }
    // Answers come out of order ("can you come monday" to the address question): an answer is
    // taken as typed only when it does not plainly answer the other question instead.
    const JobAddress found = JobAddressReader::find(body);
    const JobTime day = m_when.find(body, localToday);
    if (lead.address.trimmed().isEmpty() && hasWords) {
        const JobAddress a = answering == IntakeQuestion::Address && found.address.isEmpty() && day.isEmpty()
                                 ? JobAddressReader::answer(body)
                                 : found;
        if (!a.address.isEmpty()) {
            lead.address = a.address;
            r.filled << IntakeQuestion::Address;
        }
        // Where the job is beats where the phone number is from.
        if (!a.place().isEmpty())
            lead.place = a.place();
    }
    if (lead.jobWhen.trimmed().isEmpty() && hasWords) {
        const JobTime t = answering == IntakeQuestion::When && (!day.isEmpty() || found.address.isEmpty())
                              ? m_when.answer(body, localToday)
                              : day;
        if (!t.isEmpty()) {
            lead.jobWhen = t.asTyped;
            lead.jobDate = t.date;
            r.filled << IntakeQuestion::When;
        }
    }
    return r;
}

std::optional<IntakeQuestion> IntakeFlow::next(const Lead& lead, std::optional<IntakeQuestion> after) const
{
    // The enum is the asking order; a question switched off since it was asked still marks the place.
    for (IntakeQuestion q : m_questions) {
        if (after && int(q) <= int(*after))
            continue;
        if (!isAnswered(q, lead))
            return q;
    }
    return std::nullopt;
}

} // namespace ringback
