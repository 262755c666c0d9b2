#include "Settings.h"

#include "SettingRules.h"
#include "common/FaultInjection.h"
#include "common/Logging.h"
#include "intake/UrgentWords.h"
#include "store/ChangeHub.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace ringback {

namespace {

using Scope = SettingSpec::Scope;

// Lists are stored as one line of comma-separated values ("US,CA"); a list whose entries hold
// commas themselves (saved replies: "On our way, see you soon") is stored as a JSON array instead.
constexpr QLatin1Char kListSeparator(',');

QString encodeList(const QStringList& list)
{
    const bool plain = std::none_of(list.cbegin(), list.cend(), [](const QString& entry) {
        return entry.isEmpty() || entry.contains(kListSeparator) || entry.startsWith(QLatin1Char('['));
    });
    if (plain)
        return list.join(kListSeparator);
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList decodeList(const QString& text)
{
    if (text.startsWith(QLatin1Char('['))) {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (json.isArray())
            return json.toVariant().toStringList();
    }
    return text.isEmpty() ? QStringList() : text.split(kListSeparator, Qt::SkipEmptyParts);
}

QString encode(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList)
        return encodeList(v.toStringList());
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QVariant decode(const QString& text, const QVariant& defaultValue)
{
    switch (defaultValue.typeId()) {
    case QMetaType::QStringList:
        return decodeList(text);
    case QMetaType::Bool:
        return text == QLatin1String("true") || text == QLatin1String("1");
    case QMetaType::Int:
        return text.toInt();
    case QMetaType::LongLong:
        return text.toLongLong();
    default:
        return text;
    }
}

// What was stored, in the form SettingRules::sanitized() takes: whole numbers as their text, so
// that "abc" reads as the default and "-5" as the smallest allowed value.
QVariant storedForm(const QString& text, const QVariant& defaultValue)
{
    if (defaultValue.typeId() == QMetaType::Int || defaultValue.typeId() == QMetaType::LongLong)
        return text;
    return decode(text, defaultValue);
}

QString trSettings(const char* text)
{
    return QCoreApplication::translate("ringback::Settings", text);
}

// A default made of words (the saved replies a new office starts with) in the desk's language;
// once the office edits them, what it wrote is kept as written.
QVariant shownDefault(const SettingSpec& spec)
{
    if (spec.key != SettingKey::SavedReplies)
        return spec.defaultValue;
    QStringList replies;
    for (const QString& reply : spec.defaultValue.toStringList())
        replies << trSettings(reply.toUtf8().constData());
    return replies;
}

} // namespace

const QList<SettingSpec>& Settings::specs()
{
    static const QList<SettingSpec> table{
        {SettingKey::BusinessName, "business/name", Scope::Shared,
         QStringLiteral("Anderson Plumbing & Heating")},
        {SettingKey::BusinessRegion, "business/region", Scope::Shared, QStringLiteral("US")},
        {SettingKey::BusinessNumbers, "business/numbers", Scope::Shared, QStringList()},
        {SettingKey::BookingLink, "business/booking_link", Scope::Shared, QString()},
        {SettingKey::BusinessTimeZone, "business/time_zone", Scope::Shared, QString()},
        {SettingKey::StaffNames, "business/staff", Scope::Shared, QStringList()},
        {SettingKey::AutoTextBackEnabled, "automation/enabled", Scope::Shared, true},
        {SettingKey::AutomationEnabledSince, "automation/enabled_since", Scope::Shared, qlonglong(0)},
        {SettingKey::PollIntervalSeconds, "automation/poll_interval_s", Scope::Shared, 5},
        {SettingKey::GraceDelaySeconds, "automation/grace_delay_s", Scope::Shared, 0},
        {SettingKey::CooldownHours, "automation/cooldown_h", Scope::Shared, 24},
        {SettingKey::StaleCutoffMinutes, "automation/stale_cutoff_min", Scope::Shared, 120},
        {SettingKey::ShortCallSeconds, "automation/short_call_s", Scope::Shared, 10},
        {SettingKey::GreetingHangupSeconds, "automation/greeting_hangup_s", Scope::Shared, 10},
        {SettingKey::AllowedCountries, "automation/allowed_countries", Scope::Shared, QStringList()},
        {SettingKey::HourlyAutoTextCap, "automation/hourly_cap", Scope::Shared, 30},
        {SettingKey::FollowUpEnabled, "automation/follow_up_enabled", Scope::Shared, false},
        {SettingKey::FollowUpDelayMinutes, "automation/follow_up_delay_min", Scope::Shared, 120},
        {SettingKey::HelpReplyEnabled, "automation/help_reply_enabled", Scope::Shared, true},
        {SettingKey::ProviderKind, "provider/kind", Scope::Shared, QString()},
        {SettingKey::ProviderBaseUrl, "provider/base_url", Scope::Shared, QString()},
        {SettingKey::ProviderAccountId, "provider/account_id", Scope::Shared, QString()},
        {SettingKey::ProviderPhoneNumbersCache, "provider/numbers_cache", Scope::Shared, QStringList()},
        {SettingKey::SavedReplies, "inbox/saved_replies", Scope::Shared,
         QStringList{
             QString::fromUtf8(QT_TRANSLATE_NOOP(
                 "ringback::Settings", "Thanks! Could you send the address and a photo of the problem?")),
             QString::fromUtf8(QT_TRANSLATE_NOOP(
                 "ringback::Settings", "We can come out tomorrow morning between 8 and 10. Does that work?")),
             QString::fromUtf8(
                 QT_TRANSLATE_NOOP("ringback::Settings", "Thanks for choosing us - we'll see you then."))}},
        {SettingKey::SetupCompleted, "setup/completed", Scope::Shared, false},
        {SettingKey::ReplyReminderMinutes, "inbox/remind_after_min", Scope::Shared, 10},
        {SettingKey::OwnerMobile, "inbox/owner_mobile", Scope::Shared, QString()},
        {SettingKey::IntakeEnabled, "intake/enabled", Scope::Shared, false},
        {SettingKey::IntakeQuestions, "intake/questions", Scope::Shared,
         QStringList{QStringLiteral("need"), QStringLiteral("address"), QStringLiteral("when"),
                     QStringLiteral("photo")}},
        {SettingKey::IntakeSilenceMinutes, "intake/silence_min", Scope::Shared, 30},
        {SettingKey::UrgentWords, "intake/urgent_words", Scope::Shared, UrgentWords::defaults()},
        {SettingKey::AverageJobValueCents, "dashboard/average_job_cents", Scope::Shared, qlonglong(35000)},
        {SettingKey::LiveCallRequestsPerMinute, "automation/live_requests_per_min", Scope::Shared, 600},
        {SettingKey::MessagingServiceSid, "provider/messaging_service", Scope::Shared, QString()},
        {SettingKey::LineTypeLookupEnabled, "automation/line_type_lookup", Scope::Shared, false},
        {SettingKey::WhatsAppSender, "whatsapp/sender", Scope::Shared, QString()},
        {SettingKey::TextBackWhatsAppTemplate, "automation/textback_whatsapp_template", Scope::Shared,
         QString()},
        {SettingKey::ProviderContentBaseUrl, "provider/content_base_url", Scope::Shared, QString()},
        {SettingKey::DeskName, "desk/name", Scope::Machine, QString()},
        {SettingKey::DeskStaffName, "desk/staff_name", Scope::Machine, QString()},
        {SettingKey::DatabaseLocation, "desk/database", Scope::Machine, QString()},
        {SettingKey::CredentialFileAllowed, "desk/credential_file_allowed", Scope::Machine, false},
        {SettingKey::Language, "desk/language", Scope::Machine, QString()},
        {SettingKey::NotificationsEnabled, "desk/notifications", Scope::Machine, true},
        {SettingKey::StartAtLogin, "desk/start_at_login", Scope::Machine, false},
        {SettingKey::StartMinimized, "desk/start_minimized", Scope::Machine, false},
    };
    return table;
}

const SettingSpec& Settings::spec(SettingKey key)
{
    for (const SettingSpec& s : specs()) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

Settings::Settings(KeyValueStore* shared, QSettings* machine, QObject* parent)
    : QObject(parent)
    , m_shared(shared)
    , m_machine(machine)
{}

QVariant Settings::sharedValueFrom(const SettingSpec& s, const std::optional<QString>& stored) const
{
    if (!stored)
        return shownDefault(s);
    // Written by an older version, another program or by hand: never used as it is if it breaks
    // the rule (a poll interval of 0 would flood the provider, -5 would stop polling).
    return SettingRules::sanitized(s.key, storedForm(*stored, s.defaultValue));
}

QVariant Settings::value(SettingKey key) const
{
    const SettingSpec& s = spec(key);
    const QString name = QString::fromLatin1(s.name);
    if (s.scope == Scope::Machine) {
        if (!m_machine || !m_machine->contains(name))
            return shownDefault(s);
        return SettingRules::sanitized(key, storedForm(m_machine->value(name).toString(), s.defaultValue));
    }
    if (!m_shared)
        return shownDefault(s);
    auto found = m_shared->value(name);
    if (!found)
        return shownDefault(s);
    return sharedValueFrom(s, found.value());
}

void Settings::remember(SettingKey key, const QVariant& value)
{
    if (spec(key).scope == Scope::Shared)
        m_seen.insert(key, value);
}

void Settings::announceWrite()
{
    // Other Settings objects of this process on the same store (and their views) follow.
    if (m_shared)
        ChangeHub::instance().announce(m_shared->database(), ChangeHub::Topic::Settings);
}

bool Settings::setValue(SettingKey key, const QVariant& value)
{
    const auto checked = SettingRules::check(key, value);
    if (!checked) {
        qCWarning(lcStore) << "setting refused:" << spec(key).name; // the value may be anything
        return false;
    }
    const SettingSpec& s = spec(key);
    const QString name = QString::fromLatin1(s.name);
    const QVariant before = this->value(key);
    if (s.scope == Scope::Machine) {
        if (!m_machine)
            return false;
        m_machine->setValue(name, encode(checked.value()));
    } else {
        if (!m_shared ||
            !m_shared->setValue(name, encode(checked.value()), QDateTime::currentDateTimeUtc()).ok())
            return false;
        announceWrite();
    }
    const QVariant after = this->value(key);
    remember(key, after);
    if (after != before)
        emit changed(key);
    return true;
}

Result<void, QStringList> Settings::setValues(const QList<Change>& changes)
{
    QStringList problems;
    QHash<SettingKey, QVariant> before;
    QList<Change> shared;
    QList<Change> machine;
    for (const Change& change : changes) {
        auto checked = SettingRules::check(change.first, change.second);
        if (!checked) {
            problems << checked.error();
            continue;
        }
        (spec(change.first).scope == Scope::Shared ? shared : machine)
            << Change{change.first, checked.value()};
    }
    // Rules across settings (a follow-up after the first text), with the values this batch keeps.
    if (problems.isEmpty())
        problems = SettingRules::checkTogether(changes, *this);
    if (!problems.isEmpty())
        return problems;
    if (!shared.isEmpty() && !m_shared)
        return QStringList{trSettings("The business settings could not be saved: no database is open.")};
    if (!machine.isEmpty() && !m_machine)
        return QStringList{
            trSettings("This computer's settings could not be saved: they have no place yet.")};

    for (const Change& change : changes)
        before.insert(change.first, value(change.first));

    if (!shared.isEmpty()) {
        Transaction transaction(m_shared->database());
        if (!transaction.began())
            return QStringList{transaction.began().error().message};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Change& change : std::as_const(shared)) {
            if (auto written = m_shared->setValue(QString::fromLatin1(spec(change.first).name),
                                                  encode(change.second), now);
                !written)
                return QStringList{written.error().message};
            // A power cut half-way (the tests kill the process here): nothing of the batch stays.
            fault::point("settings-mid-save");
        }
        if (auto committed = transaction.commit(); !committed)
            return QStringList{committed.error().message};
    }
    for (const Change& change : std::as_const(machine))
        m_machine->setValue(QString::fromLatin1(spec(change.first).name), encode(change.second));
    if (!machine.isEmpty()) {
        m_machine->sync();
        if (m_machine->status() != QSettings::NoError)
            return QStringList{
                trSettings("This computer's settings could not be saved: the file %1 cannot be "
                           "written.")
                    .arg(m_machine->fileName())};
    }
    if (!shared.isEmpty())
        announceWrite();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QVariant after = value(it.key());
        remember(it.key(), after);
        if (after != it.value())
            emit changed(it.key());
    }
    return {};
}

bool Settings::reset(SettingKey key)
{
    const SettingSpec& s = spec(key);
    const QString name = QString::fromLatin1(s.name);
    const QVariant before = value(key);
    if (s.scope == Scope::Machine) {
        if (!m_machine)
            return false;
        m_machine->remove(name);
    } else {
        if (!m_shared || !m_shared->remove(name).ok())
            return false;
        announceWrite();
    }
    remember(key, shownDefault(s));
    if (shownDefault(s) != before)
        emit changed(key);
    return true;
}

void Settings::followChanges()
{
    if (!m_shared)
        return;
    // What is shown now is the baseline: only what differs from it is announced.
    if (auto rows = readShared(*m_shared))
        m_seen = sharedValuesFrom(rows.value());
    // Queued: a burst of writes (a whole Settings page, the worker) is one re-read, never one in
    // the middle of a writer's transaction.
    const QString store = ChangeHub::storeKey(m_shared->database());
    connect(
        &ChangeHub::instance(), &ChangeHub::changed, this,
        [this, store](const QString& changedStore, ChangeHub::Topic topic) {
            if (changedStore == store && topic == ChangeHub::Topic::Settings)
                reloadShared();
        },
        Qt::QueuedConnection);
}

StoreResult<QHash<QString, QString>> Settings::readShared(KeyValueStore& shared)
{
    return shared.all();
}

void Settings::reloadShared()
{
    if (!m_shared)
        return;
    auto rows = readShared(*m_shared);
    if (!rows) {
        qCWarning(lcStore) << "could not re-read the shared settings:" << rows.error().detail;
        return;
    }
    applyShared(rows.value());
}

QHash<SettingKey, QVariant> Settings::sharedValuesFrom(const QHash<QString, QString>& stored) const
{
    QHash<SettingKey, QVariant> out;
    for (const SettingSpec& s : specs()) {
        if (s.scope != Scope::Shared)
            continue;
        const auto found = stored.constFind(QString::fromLatin1(s.name));
        out.insert(s.key, sharedValueFrom(s, found == stored.cend() ? std::nullopt : std::optional(*found)));
    }
    return out;
}

void Settings::applyShared(const QHash<QString, QString>& stored)
{
    QList<SettingKey> differ;
    const QHash<SettingKey, QVariant> now = sharedValuesFrom(stored);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto seen = m_seen.constFind(it.key());
        if (seen != m_seen.cend() && *seen == it.value())
            continue;
        m_seen.insert(it.key(), it.value());
        differ << it.key();
    }
    // Announced once every value is in place: a listener may read another key too.
    for (SettingKey key : std::as_const(differ))
        emit changed(key);
}

QStringList Settings::listValue(SettingKey key) const
{
    return value(key).toStringList();
}

QJsonObject Settings::exportJson() const
{
    QJsonObject shared;
    QJsonObject machine;
    for (const SettingSpec& s : specs()) {
        const QVariant v = value(s.key);
        const QJsonValue json = v.typeId() == QMetaType::QStringList
                                    ? QJsonValue(QJsonArray::fromStringList(v.toStringList()))
                                    : QJsonValue::fromVariant(v);
        (s.scope == Scope::Shared ? shared : machine).insert(QString::fromLatin1(s.name), json);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("ringback-settings/1")},
                       {QStringLiteral("shared"), shared},
                       {QStringLiteral("machine"), machine}};
}

Settings::Import Settings::importJson(const QJsonObject& json)
{
    const QStringList sections{QStringLiteral("shared"), QStringLiteral("machine")};
    if (!json.contains(sections.at(0)) && !json.contains(sections.at(1)))
        return {{}, {trSettings("There are no settings in it (no \"shared\" or \"machine\" part).")}};
    QStringList unknown;
    QStringList problems;
    QList<Change> changes;
    for (const QString& section : sections) {
        const QJsonValue part = json.value(section);
        if (part.isUndefined())
            continue;
        if (!part.isObject()) {
            problems << trSettings("\"%1\" must hold settings by name ({...}).").arg(section);
            continue;
        }
        const QJsonObject values = part.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const SettingSpec* match = nullptr;
            for (const SettingSpec& s : specs()) {
                if (it.key() == QLatin1String(s.name))
                    match = &s;
            }
            if (!match) {
                unknown << it.key();
                continue;
            }
            auto checked = SettingRules::check(match->key, it.value().toVariant());
            if (!checked)
                problems << QStringLiteral("%1: %2").arg(it.key(), checked.error());
            else
                changes << Change{match->key, checked.value()};
        }
    }
    if (!problems.isEmpty())
        return {unknown, problems};
    if (auto written = setValues(changes); !written)
        return {unknown, written.error()};
    return {unknown, {}};
}

} // namespace ringback
