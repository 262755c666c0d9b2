#include "TemplateRenderer.h"

#include <QCoreApplication>

#include <algorithm>

namespace ringback {

namespace {

enum class Placeholder { Business, FirstName, BookingLink, NextOpen, Staff };

struct PlaceholderName
{
    Placeholder placeholder;
    const char* name;
};

constexpr PlaceholderName kPlaceholders[] = {
    {Placeholder::Business, "business"},
    {Placeholder::FirstName, "first_name"},
    {Placeholder::BookingLink, "booking_link"},
    {Placeholder::NextOpen, "next_open"},
    {Placeholder::Staff, "staff"},
};

struct Token
{
    bool isPlaceholder = false;
    Placeholder placeholder = Placeholder::Business;
    int position = 0;
    QString text; // literal text, or the placeholder as written
};

struct Parsed
{
    QList<Token> tokens;
    QList<TemplateError> errors;
};

// "First Name", "firstname", "FIRST-NAME" all look like first_name.
QString looseForm(const QString& name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetter())
            out += c.toLower();
    }
    return out;
}

Parsed parse(const QString& body)
{
    Parsed p;
    QString literal;
    int literalStart = 0;
    auto flushLiteral = [&](int nextStart) {
        if (!literal.isEmpty())
            p.tokens << Token{false, Placeholder::Business, literalStart, literal};
        literal.clear();
        literalStart = nextStart;
    };

    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype close = body.indexOf(QLatin1Char('}'), i + 1);
            const qsizetype reopen = body.indexOf(QLatin1Char('{'), i + 1);
            if (close < 0 || (reopen >= 0 && reopen < close)) {
                const qsizetype end = reopen >= 0 ? reopen : n;
                p.errors << TemplateError{TemplateError::Kind::UnclosedBrace, int(i), int(end - i),
                                          body.mid(i, end - i), QString()};
                literal += body.mid(i, end - i);
                i = end;
                continue;
            }
            const QString written = body.mid(i, close - i + 1);
            const QString name = body.mid(i + 1, close - i - 1);
            bool known = false;
            for (const PlaceholderName& k : kPlaceholders) {
                if (name == QLatin1String(k.name)) {
                    flushLiteral(int(i));
                    p.tokens << Token{true, k.placeholder, int(i), written};
                    literalStart = int(close + 1);
                    known = true;
                    break;
                }
            }
            if (!known) {
                QString suggestion;
                const QString loose = looseForm(name);
                for (const PlaceholderName& k : kPlaceholders) {
                    if (!loose.isEmpty() && loose == looseForm(QLatin1String(k.name)))
                        suggestion = QLatin1Char('{') + QLatin1String(k.name) + QLatin1Char('}');
                }
                p.errors << TemplateError{TemplateError::Kind::UnknownPlaceholder, int(i),
                                          int(written.size()), written, suggestion};
                literal += written;
            }
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('}')) {
            p.errors << TemplateError{TemplateError::Kind::UnopenedBrace, int(i), 1, QStringLiteral("}"),
                                      QString()};
        }
        literal += c;
        ++i;
    }
    flushLiteral(int(n));
    return p;
}

QString valueOf(Placeholder p, const TemplateContext& ctx)
{
    switch (p) {
    case Placeholder::Business:
        return ctx.business.trimmed();
    case Placeholder::FirstName:
        return ctx.firstName.trimmed();
    case Placeholder::BookingLink:
        return ctx.bookingLink.trimmed();
    case Placeholder::NextOpen:
        return ctx.nextOpen.trimmed();
    case Placeholder::Staff:
        return ctx.staff.trimmed();
    }
    return QString();
}

bool isHorizontalSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n');
}

bool isClausePunctuation(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':');
}

// Builds the message, dropping empty placeholders with the space or punctuation that belonged
// to them. The decision waits for the text that follows the dropped placeholder.
class Assembler
{
public:
    void append(const QString& text)
    {
        QString t = text;
        if (m_pending == Pending::MidSentence) {
            chopSpaces();
            const bool punctuationFollows =
                t.isEmpty() || isSentenceEnd(t.at(0)) || isClausePunctuation(t.at(0));
            if (punctuationFollows && !m_out.isEmpty() && isClausePunctuation(m_out.back()))
                m_out.chop(1);
        } else if (m_pending == Pending::SentenceStart) {
            if (!t.isEmpty() && (isClausePunctuation(t.at(0)) || t.at(0) == QLatin1Char('!')))
                t.remove(0, 1);
            while (!t.isEmpty() && isHorizontalSpace(t.at(0)))
                t.remove(0, 1);
            if (!t.isEmpty() && t.at(0).isLower())
                t[0] = t.at(0).toUpper();
        }
        if (!t.isEmpty() || m_pending == Pending::None)
            m_pending = Pending::None;
        m_out += t;
    }

    void drop()
    {
        if (m_pending != Pending::None)
            return; // a run of dropped placeholders resolves like one
        QString trimmed = m_out;
        while (!trimmed.isEmpty() && isHorizontalSpace(trimmed.back()))
            trimmed.chop(1);
        m_pending = (trimmed.isEmpty() || isSentenceEnd(trimmed.back())) ? Pending::SentenceStart
                                                                         : Pending::MidSentence;
    }

    QString finish()
    {
        if (m_pending == Pending::MidSentence) {
            chopSpaces();
            if (!m_out.isEmpty() && isClausePunctuation(m_out.back()))
                m_out.chop(1);
        } else if (m_pending == Pending::SentenceStart) {
            chopSpaces();
        }
        m_pending = Pending::None;
        return m_out;
    }

private:
    enum class Pending { None, SentenceStart, MidSentence };

    void chopSpaces()
    {
        while (!m_out.isEmpty() && isHorizontalSpace(m_out.back()))
            m_out.chop(1);
    }

    QString m_out;
    Pending m_pending = Pending::None;
};

QString assemble(const QList<Token>& tokens, const TemplateContext& ctx)
{
    Assembler a;
    for (const Token& t : tokens) {
        if (!t.isPlaceholder) {
            a.append(t.text);
            continue;
        }
        const QString value = valueOf(t.placeholder, ctx);
        if (value.isEmpty())
            a.drop();
        else
            a.append(value);
    }
    return a.finish();
}

} // namespace

QString TemplateError::message() const
{
    switch (kind) {
    case Kind::UnknownPlaceholder:
        if (!suggestion.isEmpty()) {
            // No "at position 88": the editor highlights the place, an owner does not count letters.
            return QCoreApplication::translate("ringback::TemplateRenderer",
                                               "%1 is not a placeholder Ringback knows. Did you mean %2?")
                .arg(text, suggestion);
        }
        return QCoreApplication::translate("ringback::TemplateRenderer",
                                           "%1 is not a placeholder Ringback knows. Use one of: %2.")
            .arg(text, TemplateRenderer::placeholders().join(QStringLiteral(", ")));
    case Kind::UnclosedBrace:
        return QCoreApplication::translate("ringback::TemplateRenderer",
                                           "A { is never closed (highlighted). Add a } after the "
                                           "placeholder's name.");
    case Kind::UnopenedBrace:
        return QCoreApplication::translate("ringback::TemplateRenderer",
                                           "A } closes nothing (highlighted). Remove it, or add the { "
                                           "that belongs to it.");
    case Kind::MissingValue:
        return QCoreApplication::translate("ringback::TemplateRenderer",
                                           "The template uses %1, but it has no value yet. Fill it in "
                                           "under Settings, or take it out of the template.")
            .arg(text);
    }
    return QString();
}

QStringList TemplateRenderer::placeholders()
{
    QStringList out;
    for (const PlaceholderName& k : kPlaceholders)
        out << QLatin1Char('{') + QLatin1String(k.name) + QLatin1Char('}');
    return out;
}

QList<TemplateError> TemplateRenderer::check(const QString& body)
{
    return parse(body).errors;
}

RenderResult TemplateRenderer::render(const QString& body, const TemplateContext& context)
{
    Parsed p = parse(body);
    for (const Token& t : std::as_const(p.tokens)) {
        if (t.isPlaceholder && t.placeholder != Placeholder::FirstName &&
            valueOf(t.placeholder, context).isEmpty()) {
            p.errors << TemplateError{TemplateError::Kind::MissingValue, t.position, int(t.text.size()),
                                      t.text, QString()};
        }
    }
    if (!p.errors.isEmpty()) {
        std::sort(p.errors.begin(), p.errors.end(),
                  [](const TemplateError& a, const TemplateError& b) { return a.position < b.position; });
        return p.errors;
    }
    return assemble(p.tokens, context);
}

QString TemplateRenderer::preview(const QString& body, const TemplateContext& context)
{
    return assemble(parse(body).tokens, context);
}

} // namespace ringback
