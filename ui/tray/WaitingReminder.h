#pragma once

#include "store/OwnerAlertStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ringback {
class BusinessHours;
class Clock;
class Database;
class DeskConnection;
class PhoneNumberService;
class Settings;
} // namespace ringback

namespace ringback::ui {

// Reply-waiting escalation at this desk (DESIGN §10): during business hours, when customers have
// waited longer than the reminder time (Settings: ReplyReminderMinutes; counted from opening time
// when they wrote at night), one desktop notification says so, and it comes again every reminder
// time while anyone still waits; a customer newly over the line is announced at once (at most one
// notification a minute). Several waiting make one notification ("3 customers waiting over 10 min")
// that opens the longest wait. Every desk does this itself; the owner's text is the worker's
// (OwnerAlerts). Follows the settings as they change; silent while this desk's notifications are
// off. No widgets: the tray shows it.
class WaitingReminder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckEveryMs = 30'000;
    static constexpr qint64 kAtMostEverySecs = 60;

    WaitingReminder(Database& db, const PhoneNumberService& phone, Settings& settings, const Clock& clock,
                    QObject* parent = nullptr);

    // On a shared database: reads on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);
    // Starts looking every `intervalMs` (tests shorten it).
    void start(int intervalMs = kCheckEveryMs);

public slots:
    void check();

signals:
    // Ready for the notification server (common/OutsideText.h); leadId: the longest wait, which a
    // click opens.
    void reminder(qint64 leadId, const QString& title, const QString& text);

private:
    void decide(const QList<WaitingReply>& waiting, const BusinessHours& hours);
    QString who(const WaitingReply& waiting) const;

    Database& m_db;
    const PhoneNumberService& m_phone;
    Settings& m_settings;
    const Clock& m_clock;
    QPointer<DeskConnection> m_link;
    QTimer m_timer;
    QDateTime m_lastReminderAt;
    QHash<qint64, QDateTime> m_announced; // lead -> the wait (waiting since) already announced
};

} // namespace ringback::ui
