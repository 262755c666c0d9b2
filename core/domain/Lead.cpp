#include "Lead.h"

#include "EnumNames.h"
#include "LeadOrder.h"

#include <QStringList>

namespace ringback {

namespace {
constexpr detail::EnumNames<LeadStatus, 7> kLeadStatuses{{
    {LeadStatus::New, "new"},
    {LeadStatus::Texted, "texted"},
    {LeadStatus::Replied, "replied"},
    {LeadStatus::Qualified, "qualified"},
    {LeadStatus::Booked, "booked"},
    {LeadStatus::Won, "won"},
    {LeadStatus::Lost, "lost"},
}};
} // namespace

QString toText(LeadStatus status)
{
    return detail::enumName(kLeadStatuses, status, "new");
}
LeadStatus leadStatusFromString(const QString& text)
{
    return detail::enumValue(kLeadStatuses, text, LeadStatus::New);
}

bool latestActivityFirst(const Lead& a, const Lead& b)
{
    const QDateTime& x = a.lastActivityAt;
    const QDateTime& y = b.lastActivityAt;
    if (x.isValid() != y.isValid())
        return !x.isValid();
    if (x != y)
        return x > y;
    return a.id > b.id;
}

} // namespace ringback

namespace ringback {

QString Lead::summary() const
{
    QStringList parts;
    for (const QString& part : {need, address, jobWhen}) {
        const QString p = part.simplified();
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace ringback
