#pragma once

#include <QString>

namespace ringback {

// libphonenumber's number types, as Ringback names them.
enum class NumberType {
    Mobile,
    FixedLine,
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
    Unknown
};

// What a caller ID turned out to be.
enum class CallerIdKind {
    Number,   // a valid phone number
    Withheld, // anonymous, restricted, private, blocked or empty
    Invalid   // something that is not a valid phone number
};

struct PhoneNumberInfo
{
    QString input;
    CallerIdKind kind = CallerIdKind::Invalid;
    QString e164;          // "+14155552671"
    QString national;      // "(415) 555-2671"
    QString international; // "+1 415-555-2671"
    QString extension;     // "12" from "ext. 12"; never part of e164
    QString regionCode;    // "US"
    int countryCode = 0;
    NumberType type = NumberType::Unknown;
    QString place; // "San Francisco, CA"; the country's name for a number from another country

    bool isValid() const { return kind == CallerIdKind::Number; }
    // Fixed lines and premium-rate numbers cannot take a text; a kind we cannot tell is tried.
    bool canReceiveSms() const
    {
        return isValid() && type != NumberType::FixedLine && type != NumberType::PremiumRate;
    }
};

} // namespace ringback
