#include "IntakeFlow.h"

#include "JobAddressReader.h"
#include "TextMatching.h"

namespace ringback {

namespace {

constexpr qsizetype kLongestNeed = 120;

} // namespace

IntakeFlow::Reading IntakeFlow::read(Lead& lead, const QString& body, int mediaCount,
                                     std::optional<IntakeQuestion> answering, const QDate& localToday) const
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
    if (answering == IntakeQuestion::Need && hasWords && lead.need.trimmed().isEmpty()) {
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
