#include "BusinessTemplateContext.h"

#include "hours/BusinessHoursStore.h"
#include "hours/BusinessHoursText.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

namespace ringback {

StoreResult<TemplateContext> BusinessTemplateContext::load(Database& db, const QDateTime& now)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    const Settings settings(&kv, nullptr);
    TemplateContext context;
    context.business = settings.stringValue(SettingKey::BusinessName);
    context.bookingLink = settings.stringValue(SettingKey::BookingLink);
    const QStringList staff = settings.listValue(SettingKey::StaffNames);
    context.staff = staff.isEmpty() ? QString() : staff.first();

    auto hours = BusinessHoursStore(db).load();
    if (!hours)
        return hours.error();
    context.nextOpen = BusinessHoursText::nextOpen(hours.value(), now);

    auto latest = db.exec(QStringLiteral("SELECT display_name FROM leads WHERE display_name <> '' "
                                         "ORDER BY last_activity_at DESC LIMIT 1"));
    if (!latest)
        return latest.error();
    if (latest->next())
        context.firstName =
            latest->value(0).toString().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    latest->finish();
    return context;
}

} // namespace ringback
