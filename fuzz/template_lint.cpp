// The template linter and the SMS segment counter it measures with. Input: one byte for the role
// (and whether a link is allowed in the first text), then body 0x1F business 0x1F first name 0x1F
// booking link 0x1F next open 0x1F staff.
//
// Invariants: every hint has a sentence; the segment count agrees with itself (units, segment
// starts in order and inside the text, never between the halves of a surrogate pair, each
// segment within its size) and every non-GSM character it reports is really in the text.

#include "FuzzSupport.h"
#include "templates/SmsSegmentCounter.h"
#include "templates/TemplateLinter.h"
#include "templates/TemplateRenderer.h"

using namespace ringback;

namespace {

void checkCount(const QString& text)
{
    const SmsCount count = SmsSegmentCounter::count(text);
    const bool gsm = count.encoding == SmsEncoding::Gsm7;
    FUZZ_CHECK(count.units >= 0 && count.segments == count.segmentStarts.size(), text);
    FUZZ_CHECK((count.units == 0) == (count.segments == 0), text);
    FUZZ_CHECK(gsm == count.nonGsmCharacters.isEmpty(), text);
    if (!gsm)
        FUZZ_CHECK(count.units == text.size(),
                   QStringLiteral("UCS-2 units %1, text %2").arg(count.units).arg(text.size()));
    else
        FUZZ_CHECK(count.units >= text.size() && count.units <= 2 * text.size(), text);
    FUZZ_CHECK(count.unitsLeftInSegment >= 0 && count.unitsLeftInSegment <= count.unitsPerSegment,
               QString::number(count.unitsLeftInSegment));
    int previous = -1;
    for (int start : count.segmentStarts) {
        FUZZ_CHECK(start > previous && start < text.size(), QString::number(start));
        FUZZ_CHECK(!text.at(start).isLowSurrogate() || start == 0 || !text.at(start - 1).isHighSurrogate(),
                   QStringLiteral("a segment starts inside a surrogate pair at %1").arg(start));
        previous = start;
    }
    if (count.segments > 1) {
        // No part holds more than a part's worth of units.
        FUZZ_CHECK(count.units <= count.segments * count.unitsPerSegment, text);
        // Only a character that does not fit whole starts a part early, and none costs more than 2.
        FUZZ_CHECK(count.units >= (count.segments - 1) * (count.unitsPerSegment - 1) + 1, text);
        FUZZ_CHECK(count.units > (gsm ? SmsSegmentCounter::kGsmSingle : SmsSegmentCounter::kUcs2Single),
                   text);
    }
    for (const NonGsmCharacter& c : count.nonGsmCharacters) {
        FUZZ_CHECK(c.position >= 0 && c.length >= 1 && c.position + c.length <= text.size(), text);
        FUZZ_CHECK(text.mid(c.position, c.length) == c.character, c.character);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    constexpr TemplateRole roles[] = {TemplateRole::BusinessHours, TemplateRole::AfterHours,
                                      TemplateRole::FollowUp, TemplateRole::HelpReply,
                                      TemplateRole::SavedReply};
    LintOptions options;
    options.role = roles[(data[0] & 0x7f) % 5];
    options.allowLinkInFirstMessage = (data[0] & 0x80) != 0;
    const QList<QByteArray> parts = fuzz::split(fuzz::bytes(data + 1, size - 1));
    auto part = [&](int i) {
        return i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString();
    };
    const QString body = part(0);
    options.context = TemplateContext{part(1), part(2), part(3), part(4), part(5)};

    for (const LintHint& hint : TemplateLinter::lint(body, options))
        FUZZ_CHECK(!hint.message.isEmpty(), body);
    checkCount(body);
    checkCount(TemplateRenderer::preview(body, TemplateLinter::sampleContext(options.context)));
    return 0;
}
