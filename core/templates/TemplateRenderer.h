#pragma once

#include "TemplateContext.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ringback {

// Something in a template that must be fixed before it can be sent. position and length are in
// UTF-16 code units of the template body (what QTextCursor uses), so the editor can underline it.
struct TemplateError
{
    enum class Kind {
        UnknownPlaceholder, // {firstname}, { business }, {}
        UnclosedBrace,      // "{business" or "{first {business}"
        UnopenedBrace,      // "business}"
        MissingValue        // {booking_link} with no booking link set (rendering only)
    };

    Kind kind = Kind::UnknownPlaceholder;
    int position = 0;
    int length = 0;
    QString text;       // the offending text, "{firstname}"
    QString suggestion; // "{first_name}" when the unknown placeholder looks like a known one

    // One sentence for the editor, translated.
    QString message() const;
    bool operator==(const TemplateError&) const = default;
};

using RenderResult = Result<QString, QList<TemplateError>>;

// Fills a template's placeholders. Bodies with errors are never sent: render() returns the list of
// errors instead of a text.
//
// An empty {first_name} (a caller we do not know) is dropped with the space or punctuation around
// it: "Hi {first_name}, this is" -> "Hi, this is"; "Hi {first_name}! " -> "Hi! "; at the start of a
// sentence "{first_name}, thanks" -> "Thanks". Any other placeholder whose value is empty is a
// MissingValue error: sending "Book here: " with no link would be worse than not sending.
class TemplateRenderer
{
public:
    // The placeholders Ringback knows, with braces: "{business}", ...
    static QStringList placeholders();

    // Syntax errors only (unknown placeholders, unbalanced braces), whatever the values.
    static QList<TemplateError> check(const QString& body);

    static RenderResult render(const QString& body, const TemplateContext& context);

    // For the editor's live preview and the linter: never fails. Unknown placeholders and stray
    // braces are left as written; every empty value is dropped the way {first_name} is.
    static QString preview(const QString& body, const TemplateContext& context);
};

} // namespace ringback
