#include "WaitingReminder.h"

#include "automation/OwnerAlerts.h"
#include "automation/TextBackWriter.h"
#include "common/Clock.h"
#include "common/OutsideText.h"
#include "phone/PhoneNumberService.h"
#include "settings/Settings.h"
#include "store/DeskConnection.h"

namespace ringback::ui {

namespace {
constexpr int kWordsShown = 120;
} // namespace

WaitingReminder::WaitingReminder(Database& db, const PhoneNumberService& phone, Settings& settings,
                                 const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_phone(phone)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &WaitingReminder::check);
    // Live: a new reminder time, owner number or this desk's notification switch applies now.
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key != SettingKey::ReplyReminderMinutes && key != SettingKey::NotificationsEnabled &&
            key != SettingKey::OwnerMobile)
            return;
        if (key == SettingKey::ReplyReminderMinutes)
            m_lastReminderAt = QDateTime(); // the new rhythm starts from now
        if (m_timer.isActive())
            check();
    });
}

void WaitingReminder::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

void WaitingReminder::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void WaitingReminder::check()
{
    const int minutes = m_settings.intValue(SettingKey::ReplyReminderMinutes);
    if (minutes <= 0 || !m_settings.boolValue(SettingKey::NotificationsEnabled)) {
        m_announced.clear();
        m_lastReminderAt = QDateTime();
        return;
    }
    const QDateTime notAfter = m_clock.nowUtc().addSecs(-qint64(minutes) * 60);
    const QDateTime notBefore = m_clock.nowUtc().addDays(-OwnerAlertStore::kBacklogAfterDays);
    const QString owner = m_settings.stringValue(SettingKey::OwnerMobile);
    struct Answer
    {
        StoreResult<QList<WaitingReply>> waiting;
        BusinessHours hours;
    };
    const auto read = [notBefore, notAfter, owner](Database& db) {
        auto waiting = OwnerAlertStore(db).waitingSince(notBefore, notAfter, owner);
        // The hours only matter when someone waits (usually nobody does).
        return Answer{waiting,
                      waiting && !waiting->isEmpty() ? TextBackWriter::storedHours(db) : BusinessHours()};
    };
    const auto done = [this](const Answer& answer) {
        if (answer.waiting)
            decide(answer.waiting.value(), answer.hours);
    };
    if (m_link) {
        m_link->read(this, read, done);
        return;
    }
    done(read(m_db));
}

QString WaitingReminder::who(const WaitingReply& waiting) const
{
    if (!waiting.displayName.trimmed().isEmpty())
        return waiting.displayName.simplified();
    const PhoneNumberInfo info = m_phone.parse(waiting.e164);
    return info.isValid() ? info.national : waiting.e164;
}

void WaitingReminder::decide(const QList<WaitingReply>& waiting, const BusinessHours& hours)
{
    const int minutes = m_settings.intValue(SettingKey::ReplyReminderMinutes);
    if (minutes <= 0)
        return;
    const QDateTime now = m_clock.nowUtc();
    QList<WaitingReply> overdue;
    for (const WaitingReply& w : waiting) {
        const std::optional<qint64> counted = OwnerAlerts::countedWaitSecs(hours, w.waitingSince, now);
        if (counted && *counted >= qint64(minutes) * 60)
            overdue << w;
    }
    if (overdue.isEmpty()) {
        // Closed, or everyone answered: the next one over the line is announced at once.
        m_announced.clear();
        m_lastReminderAt = QDateTime();
        return;
    }
    bool someoneNew = false;
    for (const WaitingReply& w : std::as_const(overdue))
        someoneNew = someoneNew || m_announced.value(w.leadId) != w.waitingSince;
    const qint64 sinceLast = m_lastReminderAt.isValid() ? m_lastReminderAt.secsTo(now) : -1;
    const bool repeat = sinceLast < 0 || sinceLast >= qint64(minutes) * 60;
    const bool announceNew = someoneNew && (sinceLast < 0 || sinceLast >= kAtMostEverySecs);
    if (!repeat && !announceNew)
        return;

    m_lastReminderAt = now;
    m_announced.clear();
    for (const WaitingReply& w : std::as_const(overdue))
        m_announced.insert(w.leadId, w.waitingSince);
    const WaitingReply& longest = overdue.constFirst(); // oldest wait first (waitingSince)
    const QString waited = OwnerAlerts::waitText(longest.waitingSince.secsTo(now));
    if (overdue.size() == 1) {
        emit reminder(longest.leadId,
                      notificationTitle(tr("%1 has waited %2 for a reply").arg(who(longest), waited)),
                      notificationBody(OwnerAlerts::shortened(longest.lastWords, kWordsShown)));
        return;
    }
    //: A desktop notification: "3 customers waiting over 10 min", then "Longest: (512) 555-0147, 14 min"
    emit reminder(
        longest.leadId,
        notificationTitle(tr("%n customers waiting over %1 min", nullptr, int(overdue.size())).arg(minutes)),
        notificationBody(tr("Longest: %1, %2").arg(who(longest), waited)));
}

} // namespace ringback::ui
