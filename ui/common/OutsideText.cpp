#include "OutsideText.h"

#include "common/CleanText.h"

#include <QLabel>
#include <QTextDocument>

namespace ringback::ui {

QLabel* plainLabel(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString shownText(const QString& outside)
{
    return printableText(outside);
}

QString plainTextToolTip(const QString& plain)
{
    if (plain.isEmpty())
        return {};
    const QString shown = printableText(plain);
    // QToolTip decides with Qt::mightBeRichText, as we do here: what it would show as plain text
    // stays as it is (a phone number, a sentence).
    if (!Qt::mightBeRichText(shown))
        return shown;
    // Escaped and wrapped in <p>: QToolTip then reads the whole as rich text, so "&lt;" shows as
    // "<". It word-wraps short rich text to about 20 characters (breaking "file:///etc" at each
    // slash), which reads cramped: lines of up to kLongLine characters are kept whole
    // (white-space: pre), longer text wraps (Qt::convertFromPlainText turns line breaks into <br>).
    constexpr qsizetype kLongLine = 120;
    bool longLine = false;
    for (const QStringView line : QStringView(shown).split(u'\n'))
        longLine = longLine || line.size() > kLongLine;
    if (longLine)
        return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
    return QStringLiteral("<p style=\"white-space:pre\">") + shown.toHtmlEscaped() + QStringLiteral("</p>");
}

QString notificationBody(const QString& plain)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return printableText(plain).toHtmlEscaped();
#else
    return printableText(plain);
#endif
}

QString notificationTitle(const QString& plain)
{
    QString title = printableText(plain);
    title.replace(QLatin1Char('<'), QChar(0x2039)).replace(QLatin1Char('>'), QChar(0x203A));
    return title;
}

} // namespace ringback::ui
