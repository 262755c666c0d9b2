#pragma once

#include "Settings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace ringback {

// What one setting may hold: its type (the type of its default), a range for whole numbers, a
// maximum length for texts and for each entry of a list, how many entries a list may have, and a
// format for values that have one. One rule per SettingKey (SettingRules.cpp).
struct SettingRule
{
    enum class Format {
        None,
        E164List,         // phone numbers in international form: +15125550100
        E164,             // empty, or one phone number in that form
        RegionCode,       // an ISO 3166 two-letter country code: US
        RegionList,       // a list of them
        WebAddress,       // empty, or an http(s) address
        ProviderUrl,      // empty, or https (plain http only to this computer): the token goes with it
        ProviderKind,     // empty, "twilio" or "simulator"
        LanguageCode,     // empty, or "en", "es", "pt_BR"
        DatabaseArgument, // empty, a file, or a postgresql:// address without a password
        TimeZone,         // empty, or an IANA time zone this computer knows: America/Chicago
        MessagingService, // empty, or a Twilio messaging service id: MG and 32 hex digits
        ContentSid,       // empty, or a Twilio Content SID (a WhatsApp template): HX and 32 hex digits
    };

    SettingKey key;
    const char* label;          // names the setting at the start of a sentence ("The wait before texting")
    const char* unit = nullptr; // whole numbers: "seconds", ...
    qint64 minimum = 0;         // whole numbers
    qint64 maximum = 0;
    int maxLength = 0;  // texts and each list entry, in characters
    int maxEntries = 0; // lists
    bool required = false;
    Format format = Format::None;
};

// The rules every writer of a setting goes through: Settings::setValue / setValues refuse what
// breaks them, Settings::value reads a stored value that breaks them as the nearest allowed number
// or the default (so a bad value in the database never stops or floods polling), and the Settings
// page, the setup wizard and --import-settings show the same sentence for the same mistake.
class SettingRules
{
    Q_DECLARE_TR_FUNCTIONS(ringback::SettingRules)

public:
    static const SettingRule& rule(SettingKey key);
    // "The wait before texting", translated.
    static QString label(SettingKey key);

    // The value in the setting's own type and form (numbers as numbers, texts trimmed, country
    // codes in capitals, empty list entries dropped), or one sentence naming the setting and
    // saying what it allows. Accepts what the Settings page and JSON give: numbers as numbers or
    // digits, switches as true/false, lists as string lists or JSON arrays.
    static Result<QVariant, QString> check(SettingKey key, const QVariant& value);

    // Rules across settings, for a batch about to be saved: the values it changes, the others as
    // `current` holds them. One sentence per problem; empty when the batch may be saved.
    static QStringList checkTogether(const QList<Settings::Change>& changes, const Settings& current);

    // A value read back from storage, made safe: out-of-range numbers are brought into the range,
    // anything else that breaks the rule becomes the default.
    static QVariant sanitized(SettingKey key, const QVariant& stored);
};

} // namespace ringback
