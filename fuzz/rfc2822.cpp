// Twilio's dates ("Wed, 18 Aug 2010 20:01:40 +0000"). A date parses to one valid UTC moment or to
// nothing; writing that moment back as Twilio does reads back the same moment; and where Qt's own
// RFC 2822 reader also accepts the text, both read the same moment (Qt is the oracle).

#include "providers/twilio/Rfc2822.h"

#include "FuzzSupport.h"

using namespace ringback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const auto parsed = Rfc2822::parse(text);
    if (!parsed)
        return 0;
    FUZZ_CHECK(parsed->isValid() && parsed->timeSpec() == Qt::UTC, text);

    const QString written = Rfc2822::format(*parsed);
    const auto again = Rfc2822::parse(written);
    FUZZ_CHECK(again && *again == *parsed,
               QStringLiteral("%1 -> %2 -> %3")
                   .arg(text, written, again ? again->toString(Qt::ISODate) : QString()));

    const QDateTime qt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (qt.isValid()) {
        FUZZ_CHECK(qt.toMSecsSinceEpoch() == parsed->toMSecsSinceEpoch(),
                   QStringLiteral("%1: Qt %2, Ringback %3")
                       .arg(text, qt.toUTC().toString(Qt::ISODate), parsed->toString(Qt::ISODate)));
    }
    return 0;
}
