#include "TemplateLinter.h"

#include "SmsSegmentCounter.h"
#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ringback {

namespace {

bool endsWithQuestion(const QString& text)
{
    return text.trimmed().endsWith(QLatin1Char('?'));
}

// The last sentence, without its question marks: "Sorry we missed you. Can we help?" -> "Can we
// help"; "Lo sentimos. ¿En qué podemos ayudarle?" -> "En qué podemos ayudarle".
QString lastSentence(const QString& text)
{
    QString t = text.trimmed();
    t.chop(1);
    static const QRegularExpression end(QStringLiteral("[.!?\\n\u00BF\u00A1]"));
    const qsizetype cut = t.lastIndexOf(end);
    return (cut < 0 ? t : t.mid(cut + 1)).trimmed();
}

// Words are matched with Unicode word boundaries: "qué" and "où" are words too.
QRegularExpression words(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

bool judgedLanguage(QLocale::Language language)
{
    return language == QLocale::English || language == QLocale::Spanish || language == QLocale::French;
}

// An open question in English, Spanish or French. Spanish question words carry their accent only
// when they ask ("¿Qué necesita?", not "¿Quiere que le llamemos?"); a French question that starts
// with "que"/"qu'" asks for words ("Que pouvons-nous faire ?"), "est-ce que" alone asks yes or no.
bool isOpenQuestion(const QString& sentence)
{
    static const QRegularExpression english =
        words(QStringLiteral("\\b(what|how|when|where|which|who|why|anything)\\b"));
    static const QRegularExpression spanish =
        words(QStringLiteral("\\b(qu\u00E9|c\u00F3mo|cu\u00E1ndo|d\u00F3nde|cu\u00E1l|cu\u00E1les|qui\u00E9n|"
                             "qui\u00E9nes|cu\u00E1nto|cu\u00E1nta|algo)\\b"));
    static const QRegularExpression french =
        words(QStringLiteral("\\b(quoi|comment|quand|o\u00F9|quel|quelle|quels|quelles|qui|pourquoi|combien)"
                             "\\b|(?:^|[-\u2013\u2014,;:]\\s*)(?:que\\b|qu['\u2019])"));
    return english.match(sentence).hasMatch() || spanish.match(sentence).hasMatch() ||
           french.match(sentence).hasMatch();
}

bool acknowledgesMiss(const QString& text)
{
    static const QRegularExpression english = words(QStringLiteral(
        "\\b(miss|missed|missing|sorry|apolog\\w*|couldn't|could not|can't|cannot|unable)\\b"));
    static const QRegularExpression spanish = words(QStringLiteral(
        "\\b(sentimos|siento|lamentamos|disculp\\w*|perd\\w*|no pudimos|no hemos podido|no haber atendido|"
        "no atendimos|no contestamos)\\b"));
    static const QRegularExpression french = words(QStringLiteral(
        "\\b(d\u00E9sol\u00E9\\w*|excus\\w*|pardon|manqu\u00E9\\w*|rat\u00E9\\w*|pas pu|pas r\u00E9pondu|"
        "regrett\\w*)\\b"));
    return english.match(text).hasMatch() || spanish.match(text).hasMatch() || french.match(text).hasMatch();
}

bool containsLink(const QString& text)
{
    static const QRegularExpression link(
        QStringLiteral("(https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(com|net|org|co|io|us|ca|uk|biz|info|app|ly|"
                       "me|site|online)\\b(/\\S*)?"),
        QRegularExpression::CaseInsensitiveOption);
    return link.match(text).hasMatch();
}

QString describe(const NonGsmCharacter& c)
{
    if (c.character == QString(QChar(0x00A0)))
        return TemplateLinter::tr("non-breaking space");
    if (c.character == QString(QChar(0x2009)) || c.character == QString(QChar(0x202F)))
        return TemplateLinter::tr("narrow space");
    if (c.character == QLatin1String("\t"))
        return TemplateLinter::tr("tab");
    return c.character;
}

} // namespace

TemplateContext TemplateLinter::sampleContext(const TemplateContext& known)
{
    TemplateContext c = known;
    if (c.business.trimmed().isEmpty())
        c.business = QStringLiteral("Anderson Plumbing & Heating");
    if (c.firstName.trimmed().isEmpty())
        c.firstName = QStringLiteral("Christopher");
    if (c.bookingLink.trimmed().isEmpty())
        c.bookingLink = QStringLiteral("https://book.example.com/anderson");
    if (c.nextOpen.trimmed().isEmpty())
        c.nextOpen = QStringLiteral("Wednesday at 10:30 AM");
    if (c.staff.trimmed().isEmpty())
        c.staff = QStringLiteral("Maria");
    return c;
}

QList<LintHint> TemplateLinter::lint(const QString& body, const LintOptions& options)
{
    QList<LintHint> hints;
    const TemplateRole role = options.role;
    const QString text = TemplateRenderer::preview(body, sampleContext(options.context));
    const SmsCount count = SmsSegmentCounter::count(text);

    if (count.segments > 1) {
        const int single = count.encoding == SmsEncoding::Gsm7 ? SmsSegmentCounter::kGsmSingle
                                                               : SmsSegmentCounter::kUcs2Single;
        hints << LintHint{
            LintHint::Kind::TooLong,
            QCoreApplication::translate("ringback::TemplateLinter",
                                        "With a realistic name this message is %1 characters and "
                                        "goes out as %2 texts. Keep it within %3 so it is one.")
                .arg(count.units)
                .arg(count.segments)
                .arg(single)};
    }

    if (role != TemplateRole::SavedReply) {
        const QString name = options.context.business.trimmed();
        const bool named = body.contains(QLatin1String("{business}")) ||
                           (!name.isEmpty() && body.contains(name, Qt::CaseInsensitive));
        if (!named) {
            hints << LintHint{LintHint::Kind::NoBusinessName,
                              tr("Say who is texting: add {business}. People ignore texts from numbers "
                                 "they do not recognise.")};
        }
    }

    const bool judged = judgedLanguage(options.language);
    if (judged && isFirstMessageRole(role) && !acknowledgesMiss(text)) {
        hints << LintHint{LintHint::Kind::NoMissAcknowledged,
                          tr("Say that you missed their call (\"Sorry we missed your call\"), so the "
                             "caller knows why you are texting.")};
    }

    if (judged && (isFirstMessageRole(role) || role == TemplateRole::FollowUp)) {
        if (!endsWithQuestion(text)) {
            hints << LintHint{LintHint::Kind::NoOpenQuestion,
                              tr("End with a question the caller can answer in their own words, such as "
                                 "\"What can we help you with?\". Questions get replies.")};
        } else if (!isOpenQuestion(lastSentence(text))) {
            hints << LintHint{LintHint::Kind::NoOpenQuestion,
                              tr("The message ends with a yes/no question. An open question such as "
                                 "\"What can we help you with?\" gets more replies.")};
        }
    }

    if (isFirstMessageRole(role) && !options.allowLinkInFirstMessage && containsLink(text)) {
        hints << LintHint{LintHint::Kind::LinkInFirstMessage,
                          tr("Leave the link out of the first text: carriers filter first messages with "
                             "links, and callers trust a plain reply more. Send it once they answer.")};
    }

    if (count.encoding == SmsEncoding::Ucs2) {
        QStringList shown;
        for (const NonGsmCharacter& c : count.nonGsmCharacters) {
            const QString d = describe(c);
            if (!shown.contains(d))
                shown << d;
        }
        hints << LintHint{LintHint::Kind::ForcesUcs2,
                          QCoreApplication::translate("ringback::TemplateLinter",
                                                      "Emoji and some symbols make each text shorter (70 "
                                                      "characters instead of 160). Here: %1. Replace curly "
                                                      "quotes, dashes and symbols with plain ones.")
                              .arg(shown.join(QStringLiteral(" ")))};
    }
    return hints;
}

} // namespace ringback
