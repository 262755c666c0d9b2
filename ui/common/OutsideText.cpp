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
    // Qt::convertFromPlainText escapes < > & and turns line breaks into <br>; the <p> it wraps
    // the text in makes QToolTip treat the whole as rich text, so "&lt;" shows as "<".
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
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
