#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace ringback {

class KeyValueStore;

// Every setting Ringback has, in one table (Settings.cpp): its name, where it lives and its
// default. Shared settings live in the database so every desk sees the same business rules;
// machine settings live in QSettings because they belong to one computer (or one person at it).
enum class SettingKey {
    // shared (database)
    BusinessName,
    BusinessRegion,  // ISO 3166 code for numbers written without a country code
    BusinessNumbers, // E.164 numbers watched; empty: every SMS-capable number of the account
    BookingLink,
    StaffNames,
    AutoTextBackEnabled,
    AutomationEnabledSince, // ms since epoch; calls that ended before it are never auto-texted
    PollIntervalSeconds,
    GraceDelaySeconds,
    CooldownHours,
    StaleCutoffMinutes,
    ShortCallSeconds,      // a leg that "completed" in less did not reach a person
    GreetingHangupSeconds, // a caller who hung up within this on the greeting was missed
    AllowedCountries,      // ISO codes texts may go to (fraud guard); empty: the business's own
    HourlyAutoTextCap,
    FollowUpEnabled,
    FollowUpDelayMinutes,
    HelpReplyEnabled,
    ProviderKind, // "twilio", "simulator"
    ProviderBaseUrl,
    ProviderAccountId,         // not a secret; the token is in the credential store
    ProviderPhoneNumbersCache, // the account's numbers as last listed, for pickers offline
    SavedReplies,              // staff's canned replies, one per entry
    SetupCompleted,            // the first-run wizard finished once for this business
    // this machine (QSettings)
    DeskName,
    DeskStaffName,         // who sits at this desk: the inbox's "Mine" filter and "Maria is replying..."
    DatabaseLocation,      // empty: the SQLite file in the data folder; else a file or postgresql:// URL
                           // (never with a password: that is in the credential store)
    CredentialFileAllowed, // the user agreed to a 0600 file because the OS has no keychain
    Language,              // empty: follow the system
    NotificationsEnabled,
    StartAtLogin,
    StartMinimized,
};

struct SettingSpec
{
    enum class Scope { Shared, Machine };
    SettingKey key;
    const char* name; // stable: stored in the database / QSettings and used in exported JSON
    Scope scope;
    QVariant defaultValue;
};

class Settings
{
public:
    // shared may be null (no database yet): shared keys then read their defaults and refuse writes.
    Settings(KeyValueStore* shared, QSettings* machine);

    static const QList<SettingSpec>& specs();
    static const SettingSpec& spec(SettingKey key);

    QVariant value(SettingKey key) const;
    bool setValue(SettingKey key, const QVariant& value);
    bool reset(SettingKey key); // false: it could not be written (as setValue)

    int intValue(SettingKey key) const { return value(key).toInt(); }
    qint64 int64Value(SettingKey key) const { return value(key).toLongLong(); }
    bool boolValue(SettingKey key) const { return value(key).toBool(); }
    QString stringValue(SettingKey key) const { return value(key).toString(); }
    QStringList listValue(SettingKey key) const;

    // Every shared and machine setting as JSON (no secrets: none are settings), and back.
    // Import reports names it did not know instead of failing.
    QJsonObject exportJson() const;
    QStringList importJson(const QJsonObject& json);

private:
    KeyValueStore* m_shared;
    QSettings* m_machine;
};

} // namespace ringback
