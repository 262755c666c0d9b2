// The carrier keyword matcher (STOP, START, HELP...) every inbound text goes through.
//
// Invariants: spaces around a message never change its keyword; a keyword is a short message (no
// long text is taken for one); a message that is one of the keywords in any case is that keyword.

#include "FuzzSupport.h"
#include "automation/MessageIngestor.h"

using namespace ringback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString body = fuzz::text(data, size);
    const Keyword keyword = keywordOf(body);
    FUZZ_CHECK(keywordOf(QStringLiteral("  ") + body + QStringLiteral("\n")) == keyword, body);
    if (keyword != Keyword::None) {
        QString word = body.trimmed();
        while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('!')))
            word.chop(1);
        FUZZ_CHECK(word.size() <= 11, body); // UNSUBSCRIBE is the longest
        FUZZ_CHECK(keywordOf(word.toUpper()) == keyword, body);
    }
    return 0;
}
