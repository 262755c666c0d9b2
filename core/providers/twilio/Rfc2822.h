#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ringback {

// Twilio writes every date as RFC 2822: "Tue, 31 Aug 2010 20:36:28 +0000". Parses that form (day
// of week optional, seconds optional, zone as +hhmm/-hhmm or UT/GMT/Z) into a UTC QDateTime.
// Anything else, including an impossible date or time, or a moment outside the years 1-9999 in
// UTC, gives nothing.
class Rfc2822
{
public:
    static std::optional<QDateTime> parse(const QString& text);
    // The same moment written back as Twilio writes it, always in +0000.
    static QString format(const QDateTime& moment);
};

} // namespace ringback
