#include "FakeTwilioLog.h"

#include <algorithm>

namespace ringback::soak {

void FakeTwilioLog::append(LogRecord record)
{
    const int index = int(m_records.size());
    if (!record.to.isEmpty())
        m_byTo[record.to].append(index);
    if (!record.from.isEmpty())
        m_byFrom[record.from].append(index);
    if (!record.parentSid.isEmpty())
        m_byParent[record.parentSid].append(index);
    m_records.append(std::move(record));
}

bool FakeTwilioLog::matches(const LogRecord& r, const Filter& f) const
{
    if (!f.to.isEmpty() && r.to != f.to)
        return false;
    if (!f.from.isEmpty() && r.from != f.from)
        return false;
    if (!f.parentSid.isEmpty() && r.parentSid != f.parentSid)
        return false;
    if (f.onOrAfter.isValid() && (!r.day.isValid() || r.day < f.onOrAfter))
        return false;
    return true;
}

FakeTwilioLog::Page FakeTwilioLog::page(const Filter& filter, int cursor, int size) const
{
    // The smallest index that can answer, in ascending order of arrival.
    static const QList<int> none;
    QList<int> all;
    const QList<int>* candidates = nullptr;
    if (!filter.parentSid.isEmpty()) {
        const auto it = m_byParent.constFind(filter.parentSid);
        candidates = it == m_byParent.constEnd() ? &none : &*it;
    } else if (!filter.to.isEmpty()) {
        const auto it = m_byTo.constFind(filter.to);
        candidates = it == m_byTo.constEnd() ? &none : &*it;
    } else if (!filter.from.isEmpty()) {
        const auto it = m_byFrom.constFind(filter.from);
        candidates = it == m_byFrom.constEnd() ? &none : &*it;
    } else {
        all.reserve(m_records.size());
        for (int i = 0; i < int(m_records.size()); ++i)
            all.append(i);
        candidates = &all;
    }
    // Newest first: walk down from just below the cursor.
    auto end =
        cursor < 0 ? candidates->cend() : std::lower_bound(candidates->cbegin(), candidates->cend(), cursor);
    Page page;
    int lastServed = -1;
    for (auto it = end; it != candidates->cbegin();) {
        --it;
        const LogRecord& r = m_records.at(*it);
        if (!matches(r, filter))
            continue;
        if (page.items.size() == size) { // one more matches: there is a next page
            page.nextCursor = lastServed;
            break;
        }
        page.items.append(&r);
        lastServed = *it;
    }
    return page;
}

} // namespace ringback::soak
