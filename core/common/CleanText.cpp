#include "CleanText.h"

namespace ringback {

bool needsCleaning(const QString& s)
{
    const qsizetype n = s.size();
    const QChar* p = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c == 0)
            return true;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(p[i + 1].unicode())) {
                ++i;
                continue;
            }
            return true;
        }
        if (QChar::isLowSurrogate(c))
            return true;
    }
    return false;
}

QString cleanedText(const QString& s)
{
    if (!needsCleaning(s))
        return s;
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.unicode() == 0)
            continue;
        if (c.isHighSurrogate() && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(s.at(++i));
            continue;
        }
        out.append(c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c);
    }
    return out;
}

QVariant cleanedValue(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString || value.isNull())
        return value;
    const QString s = value.toString();
    return needsCleaning(s) ? QVariant(cleanedText(s)) : value;
}

namespace {
bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}
} // namespace

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

QString printableText(const QString& s)
{
    if (!hasControlCharacters(s))
        return s;
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < n && s.at(i + 1) == u'\n')
                ++i;
            continue;
        }
        out.append(isControl(c) ? QChar(QChar::ReplacementCharacter) : QChar(c));
    }
    return out;
}

} // namespace ringback
