#include "TemplateLinter.h"

#include "SmsSegmentCounter.h"
#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ringback {

namespace {

const char* const kContext = "ringback::TemplateLinter";

QString tr(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

bool endsWithQuestion(const QString& text)
{
    return text.trimmed().endsWith(QLatin1Char('?'));
}

// The last sentence, without its question mark: "Sorry we missed you. Can we help?" -> "Can we help".
QString lastSentence(const QString& text)
{
    QString t = text.trimmed();
    t.chop(1);
    static const QRegularExpression end(QStringLiteral("[.!?\\n]"));
    const qsizetype cut = t.lastIndexOf(end);
    return cut < 0 ? t : t.mid(cut + 1);
}

bool isOpenQuestion(const QString& sentence)
{
    static const QRegularExpression openWords(
        QStringLiteral("\\b(what|how|when|where|which|who|why|anything)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return openWords.match(sentence).hasMatch();
}

bool acknowledgesMiss(const QString& text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(miss|missed|missing|sorry|apolog\\w*|couldn't|could not|can't|cannot|unable)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
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
        return tr("non-breaking space");
    if (c.character == QString(QChar(0x2009)) || c.character == QString(QChar(0x202F)))
        return tr("narrow space");
    if (c.character == QLatin1String("\t"))
        return tr("tab");
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
            QCoreApplication::translate(kContext, "With a realistic name this message is %1 characters and "
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

    if (isFirstMessageRole(role) && !acknowledgesMiss(text)) {
        hints << LintHint{LintHint::Kind::NoMissAcknowledged,
                          tr("Say that you missed their call (\"Sorry we missed your call\"), so the "
                             "caller knows why you are texting.")};
    }

    if (isFirstMessageRole(role) || role == TemplateRole::FollowUp) {
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
        hints << LintHint{
            LintHint::Kind::ForcesUcs2,
            QCoreApplication::translate(kContext, "These characters make it a Unicode text, which holds 70 "
                                                  "characters instead of 160: %1. Replace curly quotes, "
                                                  "dashes and symbols with plain ones.")
                .arg(shown.join(QStringLiteral(" ")))};
    }
    return hints;
}

} // namespace ringback
