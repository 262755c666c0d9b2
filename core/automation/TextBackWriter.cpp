#include "TextBackWriter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "hours/BusinessHoursStore.h"
#include "hours/BusinessHoursText.h"
#include "intake/IntakeQuestions.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

namespace ringback {

namespace {
// Hours change rarely; re-reading them once a minute keeps a poll cycle cheap.
constexpr qint64 kHoursReloadSeconds = 60;
} // namespace

TextBackWriter::TextBackWriter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

BusinessHours TextBackWriter::defaultHours()
{
    BusinessHours h(QTimeZone::systemTimeZone());
    for (int day = 1; day <= 5; ++day)
        h.addRange(day, {8 * 60, 17 * 60});
    return h;
}

BusinessHours TextBackWriter::storedHours(Database& db)
{
    auto loaded = BusinessHoursStore(db).load();
    if (loaded) {
        for (int day = 1; day <= 7; ++day) {
            if (!loaded->ranges(day).isEmpty())
                return loaded.value();
        }
    }
    return defaultHours();
}

const BusinessHours& TextBackWriter::hours()
{
    const QDateTime now = m_clock.nowUtc();
    if (!m_hours || !m_hoursLoadedAt.isValid() || m_hoursLoadedAt.secsTo(now) > kHoursReloadSeconds) {
        m_hours = storedHours(m_db);
        m_hoursLoadedAt = now;
    }
    return *m_hours;
}

bool TextBackWriter::isOpen(const QDateTime& utc)
{
    return hours().isOpen(utc);
}

TemplateContext TextBackWriter::context(const Lead& lead)
{
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    const Settings settings(&kv, nullptr);
    TemplateContext context;
    context.business = settings.stringValue(SettingKey::BusinessName);
    context.bookingLink = settings.stringValue(SettingKey::BookingLink);
    context.firstName = lead.displayName.section(QLatin1Char(' '), 0, 0);
    context.nextOpen = BusinessHoursText::nextOpen(hours(), m_clock.nowUtc());
    const QStringList staff = settings.listValue(SettingKey::StaffNames);
    context.staff = staff.isEmpty() ? QString() : staff.first();
    return context;
}

QString TextBackWriter::compose(TemplateRole role, const Lead& lead)
{
    const TemplateContext context = this->context(lead);
    auto stored = TemplateStore(m_db).forRole(role);
    const QString body = stored ? stored->body : TemplateDefaults::body(role);
    auto rendered = TemplateRenderer::render(body, context);
    if (rendered)
        return rendered.value();
    qCWarning(lcWorker) << "the" << toText(role) << "template cannot be sent as written ("
                        << rendered.error().first().message() << "); sending the built-in text instead";
    auto fallback = TemplateRenderer::render(TemplateDefaults::body(role), context);
    return fallback ? fallback.value() : TemplateRenderer::preview(TemplateDefaults::body(role), context);
}

QString TextBackWriter::textBack(TextBackTemplate role, const Lead& lead)
{
    return compose(
        role == TextBackTemplate::AfterHours ? TemplateRole::AfterHours : TemplateRole::BusinessHours, lead);
}

QString TextBackWriter::followUp(const Lead& lead)
{
    return compose(TemplateRole::FollowUp, lead);
}

QString TextBackWriter::intakeQuestion(IntakeQuestion question, const Lead& lead)
{
    return compose(templateRoleOf(question), lead);
}

QString TextBackWriter::helpReply()
{
    KeyValueStore kv(m_db, KeyValueStore::Table::Settings);
    if (!Settings(&kv, nullptr).boolValue(SettingKey::HelpReplyEnabled))
        return {};
    return compose(TemplateRole::HelpReply, Lead{});
}

QDateTime TextBackWriter::followUpAllowedAt(const QString& e164, const QDateTime& at)
{
    return QuietHours(hours().timeZone()).nextAllowed(e164, at);
}

} // namespace ringback
