#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ringback {

// Why a provider record was set aside instead of stored. Stored as a code (toText); each desk
// words it when it shows it (SetAsideRecord::reasonText).
enum class SetAsideReason {
    NotAnObject,   // the list held something that is not a record
    MissingId,     // no id (sid)
    BadId,         // an id that is not text
    UnknownStatus, // a status we do not know, or none
    BadDate,       // a date that is not a date
    FutureDate,    // a date later than now plus a few minutes (year 9999): never trusted
    BadNumber,     // a count that is not a number (duration "abc")
    StoreRefused,  // read, but the database refused to store it (its neighbours were stored)
    Unknown
};

enum class RecordKind { Call, Message, Unknown };

QString toText(SetAsideReason reason);
SetAsideReason setAsideReasonFromString(const QString& text);
QString toText(RecordKind kind);
RecordKind recordKindFromString(const QString& text);

// A record from the provider's log that could not be read or trusted. It is kept aside with its
// reason and a short excerpt (never a message body), reported once, and never stops its page or
// the records around it.
struct SetAsideRecord
{
    RecordKind kind = RecordKind::Unknown;
    QString providerId; // empty when the record had none we could read
    SetAsideReason reason = SetAsideReason::Unknown;
    QString field;   // the field at fault ("duration", "end_time"), for the excerpt and support
    QString excerpt; // the record as received, bodies removed, shortened
    // Store bookkeeping.
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    int seenCount = 0;

    // "The duration is not a number." in the desk's language.
    static QString reasonText(SetAsideReason reason);

    // Its sentences, under the context "ringback::SetAsideRecord" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::SetAsideRecord)
};

} // namespace ringback
