// The opt-out intent matcher (OptOutIntent::matches, DESIGN §3): does a free-text reply such as
// "Stop please, just call me instead" look like a request to stop texting?
//
// One input is one reply, or two replies separated by 0x1F (FuzzSupport.h).
//
// Invariants:
// - the same text always gives the same answer;
// - spaces and line breaks around a text never change the answer;
// - a text that is a whole-message opt-out keyword (keywordOf: STOP, stop., Unsubscribe...) is an
//   intent too, so the two matchers never disagree about a bare keyword;
// - capitals never change the answer (nor, for plain ASCII, lower case);
// - a reply that looks like an opt-out still does when another sentence stands before or after it,
//   whether on the same line (". ") or on its own line ("\n"): "Stop please." is not unmade by
//   "Thanks, Jim" on the next line.

#include "FuzzSupport.h"
#include "automation/MessageIngestor.h"
#include "automation/OptOutIntent.h"

using namespace ringback;

namespace {

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

void checkOne(const QString& body)
{
    const bool intent = OptOutIntent::matches(body);
    FUZZ_CHECK(OptOutIntent::matches(body) == intent, body);
    FUZZ_CHECK(OptOutIntent::matches(QStringLiteral("  ") + body + QStringLiteral("\n")) == intent, body);
    FUZZ_CHECK(OptOutIntent::matches(QStringLiteral("\r\n") + body + QStringLiteral(" \t")) == intent, body);
    if (keywordOf(body) == Keyword::OptOut)
        FUZZ_CHECK(intent, body);
    // A reply in capitals ("PLEASE STOP TEXTING ME") means what it means in lower case.
    FUZZ_CHECK(OptOutIntent::matches(body.toUpper()) == intent, body);
    if (isAscii(body))
        FUZZ_CHECK(OptOutIntent::matches(body.toLower()) == intent, body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::split(fuzz::bytes(data, size));
    const QString first = QString::fromUtf8(parts.value(0));
    checkOne(first);
    if (parts.size() < 2)
        return 0;
    const QString second = QString::fromUtf8(parts.value(1));
    checkOne(second);
    for (const QString& separator : {QStringLiteral(". "), QStringLiteral("\n")}) {
        const QString before = first + separator + second;
        const QString after = second + separator + first;
        if (OptOutIntent::matches(first)) {
            FUZZ_CHECK(OptOutIntent::matches(before), before);
            FUZZ_CHECK(OptOutIntent::matches(after), after);
        }
    }
    return 0;
}
