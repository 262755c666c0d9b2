#pragma once

#include <QString>
#include <QVariant>

// Text from outside (a provider's JSON, an old database file) made safe to store on every backend:
// U+0000 removed (PostgreSQL refuses it in text, and QPSQL cuts its statement short at it) and
// lone UTF-16 surrogates, which are not Unicode and have no UTF-8 form, replaced by U+FFFD.
// Everything else, other control characters included, is kept as it came.
namespace ringback {

// True when cleanedText(s) would differ from s; cheap enough to call on every bound value.
bool needsCleaning(const QString& s);
QString cleanedText(const QString& s);
// A bound SQL value: a string cleaned, anything else as it is.
QVariant cleanedValue(const QVariant& value);

// Outside text made safe to show, on a terminal or in a widget: a line break stays one (CR LF and
// a lone CR become LF, so nothing can go back over a line already printed), a tab stays a tab,
// and every other control character (C0, DEL, C1; ESC and so every escape sequence with it)
// becomes U+FFFD, visible but inert: "\x1b]0;title\x07" prints as "\uFFFD]0;title\uFFFD" and
// cannot set a terminal's title, clear its screen or colour it.
bool hasControlCharacters(const QString& s);
QString printableText(const QString& s);

} // namespace ringback
