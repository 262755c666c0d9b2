#pragma once

#include "TemplateContext.h"
#include "TemplateRole.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace ringback {

// A suggestion for the editor, from what gets replies (DESIGN §4). Hints never block saving;
// errors (TemplateRenderer) do.
struct LintHint
{
    enum class Kind {
        TooLong,            // more than one segment
        NoBusinessName,     // neither {business} nor the business's name
        NoMissAcknowledged, // a text-back that does not say the call was missed
        NoOpenQuestion,     // does not end with a question, or ends with a yes/no one
        LinkInFirstMessage, // a link in the first text, which carriers filter and people distrust
        ForcesUcs2          // characters outside GSM-7 (curly quotes, dashes, emoji...)
    };
    Kind kind;
    QString message; // one translated sentence or two
};

struct LintOptions
{
    TemplateRole role = TemplateRole::BusinessHours;
    // The business's real values where known; empty ones are measured with long sample values
    // (see sampleContext), so "fits one text" holds for realistic names.
    TemplateContext context;
    // The owner wants their booking link in the first message anyway.
    bool allowLinkInFirstMessage = false;
    // The language the office texts in (the desk's). "Say you missed the call" and "ask an open
    // question" are judged only where Ringback knows the words (English, Spanish, French); in
    // other languages those two hints are left out rather than given wrongly.
    QLocale::Language language = QLocale::English;
};

// Which checks apply: length and UCS-2 to every role; the business's name to all but saved
// replies; saying sorry for the miss and no link to the first text-back (business hours, after
// hours); an open question to the text-backs and the follow-up.
class TemplateLinter
{
public:
    static QList<LintHint> lint(const QString& body, const LintOptions& options);

    // Long, realistic values for what the owner has not filled in.
    static TemplateContext sampleContext(const TemplateContext& known = {});

    // Its sentences, under the context "ringback::TemplateLinter" (lupdate files them there too).
    Q_DECLARE_TR_FUNCTIONS(ringback::TemplateLinter)
};

} // namespace ringback
