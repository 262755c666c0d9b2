#pragma once

#include "common/Result.h"
#include "store/StoreError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

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
    BusinessTimeZone, // IANA id ("America/Chicago"); empty: this computer's. Written with the hours.
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
    ReplyReminderMinutes,      // a customer waiting longer (business hours) is raised at every desk; 0: off
    OwnerMobile,               // E.164; empty: no texts to the owner about customers left waiting
    IntakeEnabled,             // ask the caller the intake questions after their first reply (DESIGN §11)
    IntakeQuestions,           // which of them, in order: "need", "address", "when", "photo"
    IntakeSilenceMinutes,      // a question unanswered this long: the next is asked, once; 0: never
    UrgentWords,               // words that make a lead urgent (UrgentWords); entries may end in '*'
    AverageJobValueCents,      // the owner's figure for an average job, used while no job is won
    // Ceiling on the requests that watch ringing calls closely (live listings and fetches by id),
    // per minute; the regular polls do not count against it.
    LiveCallRequestsPerMinute,
    // Twilio messaging service (MG...) the texts go out through (its registered sender pool);
    // empty: from the business number itself.
    MessagingServiceSid,
    // Look up a number's line type (Twilio Lookup, paid per lookup) before its first automatic
    // text, and do not text landlines, pagers and premium numbers.
    LineTypeLookupEnabled,
    WhatsAppSender, // E.164 of the business's WhatsApp sender; empty: WhatsApp is off
    // The approved WhatsApp template (Content SID, HX...) the text-back is sent with; empty: the
    // text-back goes by SMS. Falls back to SMS when WhatsApp refuses it.
    TextBackWhatsAppTemplate,
    ProviderContentBaseUrl, // Twilio's Content API (WhatsApp templates); empty: content.twilio.com
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

// Settings announce changes, as KeePassXC's Config does: changed(key) after this object wrote a
// different value, and (followChanges) after anything else did: another Settings object or this
// desk's worker on the same store (ChangeHub), or another desk (the desk passes the rows it re-read
// after a NOTIFY to applyShared). Every view that shows a setting follows it at once.
class Settings : public QObject
{
    Q_OBJECT
public:
    // shared may be null (no database yet): shared keys then read their defaults and refuse writes.
    Settings(KeyValueStore* shared, QSettings* machine, QObject* parent = nullptr);

    static const QList<SettingSpec>& specs();
    static const SettingSpec& spec(SettingKey key);

    // Values are checked against SettingRules both ways: a value that breaks its rule is never
    // written (setValue returns false), and one already stored is read as the nearest allowed
    // number or the default.
    QVariant value(SettingKey key) const;
    bool setValue(SettingKey key, const QVariant& value);
    bool reset(SettingKey key); // false: it could not be written (as setValue)

    using Change = QPair<SettingKey, QVariant>;
    // Checks every value first, then writes the shared ones in one transaction and the machine
    // ones after it commits: all or nothing. Error: one sentence per value refused (naming the
    // setting and what it allows), or the store's sentence when it refused the write.
    Result<void, QStringList> setValues(const QList<Change>& changes);

    int intValue(SettingKey key) const { return value(key).toInt(); }
    qint64 int64Value(SettingKey key) const { return value(key).toLongLong(); }
    bool boolValue(SettingKey key) const { return value(key).toBool(); }
    QString stringValue(SettingKey key) const { return value(key).toString(); }
    QStringList listValue(SettingKey key) const;

    // Every shared and machine setting as JSON (no secrets: none are settings), and back.
    // Import is all or nothing (setValues).
    struct Import
    {
        QStringList unknown;  // names this version does not know (a newer version's file): skipped
        QStringList problems; // "automation/poll_interval_s: <why>"; not empty: nothing was changed
        bool ok() const { return problems.isEmpty(); }
    };
    QJsonObject exportJson() const;
    Import importJson(const QJsonObject& json);

    // Following what others write. After followChanges(), writes to the same store through any
    // Settings object of this process are re-read and announced (changed) here.
    void followChanges();
    // Reads every shared value again and emits changed() for each that differs from what this
    // object last saw (after a reconnect, or when told another desk wrote).
    void reloadShared();
    // The same from the rows of the settings table read elsewhere (name -> stored text), e.g. on
    // the desk connection's thread so a slow server never holds the window.
    void applyShared(const QHash<QString, QString>& stored);
    // Every row of the shared settings table, for applyShared; an error when it cannot be read.
    static StoreResult<QHash<QString, QString>> readShared(KeyValueStore& shared);

signals:
    void changed(ringback::SettingKey key);

private:
    QVariant sharedValueFrom(const SettingSpec& s, const std::optional<QString>& stored) const;
    QHash<SettingKey, QVariant> sharedValuesFrom(const QHash<QString, QString>& stored) const;
    void remember(SettingKey key, const QVariant& value);
    void announceWrite();

    KeyValueStore* m_shared;
    QSettings* m_machine;
    QHash<SettingKey, QVariant> m_seen; // shared values as last read or written here
};

} // namespace ringback

Q_DECLARE_METATYPE(ringback::SettingKey)
