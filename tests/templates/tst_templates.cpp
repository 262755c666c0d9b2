// Rendering placeholders (including the graceful drop of an unknown caller's first name), the
// errors the editor shows, the lint hints, and the defaults every new office starts with.
#include "templates/SmsSegmentCounter.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateLinter.h"
#include "templates/TemplateRenderer.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::TemplateContext)
Q_DECLARE_METATYPE(ringback::TemplateRole)
Q_DECLARE_METATYPE(ringback::LintHint::Kind)
Q_DECLARE_METATYPE(ringback::TemplateError::Kind)

namespace {

TemplateContext fullContext()
{
    TemplateContext c;
    c.business = QStringLiteral("Anderson Plumbing");
    c.firstName = QStringLiteral("Dana");
    c.bookingLink = QStringLiteral("https://book.example.com/a");
    c.nextOpen = QStringLiteral("tomorrow at 7:00 AM");
    c.staff = QStringLiteral("Maria");
    return c;
}

TemplateContext unknownCaller()
{
    TemplateContext c = fullContext();
    c.firstName.clear();
    return c;
}

QList<LintHint::Kind> kinds(const QList<LintHint>& hints)
{
    QList<LintHint::Kind> out;
    for (const LintHint& h : hints)
        out << h.kind;
    return out;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void errors_data();
    void errors();
    void errorMessagesNameTheProblem();
    void missingValueIsAnError();
    void previewNeverFails();
    void lint_data();
    void lint();
    void lintInTheOfficesLanguage_data();
    void lintInTheOfficesLanguage();
    void ucs2HintNamesTheCharacters();
    void defaults_data();
    void defaults();
};

void TestTemplates::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<TemplateContext>("context");
    QTest::addColumn<QString>("expected");

    QTest::newRow("every placeholder filled")
        << QStringLiteral("Hi {first_name}, {staff} at {business}. Back {next_open}. Book: {booking_link}")
        << fullContext()
        << QStringLiteral("Hi Dana, Maria at Anderson Plumbing. Back tomorrow at 7:00 AM. Book: "
                          "https://book.example.com/a");
    QTest::newRow("missing first name before a comma")
        << QStringLiteral("Hi {first_name}, this is {business}.") << unknownCaller()
        << QStringLiteral("Hi, this is Anderson Plumbing.");
    QTest::newRow("missing first name before an exclamation mark")
        << QStringLiteral("Hi {first_name}! Thanks for calling.") << unknownCaller()
        << QStringLiteral("Hi! Thanks for calling.");
    QTest::newRow("missing first name mid sentence")
        << QStringLiteral("Thanks {first_name} for calling.") << unknownCaller()
        << QStringLiteral("Thanks for calling.");
    QTest::newRow("missing first name at the end")
        << QStringLiteral("We will call you back, {first_name}") << unknownCaller()
        << QStringLiteral("We will call you back");
    QTest::newRow("missing first name after a comma before a full stop")
        << QStringLiteral("Thanks, {first_name}.") << unknownCaller() << QStringLiteral("Thanks.");
    QTest::newRow("missing first name starting the message")
        << QStringLiteral("{first_name}, this is {business}.") << unknownCaller()
        << QStringLiteral("This is Anderson Plumbing.");
    QTest::newRow("missing first name starting a second sentence")
        << QStringLiteral("Sorry we missed you. {first_name}, what do you need?") << unknownCaller()
        << QStringLiteral("Sorry we missed you. What do you need?");
    QTest::newRow("known first name keeps punctuation")
        << QStringLiteral("Hi {first_name}! ") << fullContext() << QStringLiteral("Hi Dana! ");
    QTest::newRow("first name of spaces counts as missing") << QStringLiteral("Hi {first_name}, hello") <<
        [] {
            TemplateContext c = fullContext();
            c.firstName = QStringLiteral("  ");
            return c;
        }() << QStringLiteral("Hi, hello");
    QTest::newRow("no placeholders") << QStringLiteral("Plain text.") << fullContext()
                                     << QStringLiteral("Plain text.");
    QTest::newRow("placeholder twice") << QStringLiteral("{business} / {business}") << fullContext()
                                       << QStringLiteral("Anderson Plumbing / Anderson Plumbing");
}

void TestTemplates::render()
{
    QFETCH(QString, body);
    QFETCH(TemplateContext, context);
    QFETCH(QString, expected);
    const RenderResult r = TemplateRenderer::render(body, context);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().constFirst().message()));
    QCOMPARE(r.value(), expected);
}

void TestTemplates::errors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<TemplateError::Kind>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");

    using K = TemplateError::Kind;
    QTest::newRow("unknown placeholder firstname")
        << QStringLiteral("Hi {firstname}, hello") << K::UnknownPlaceholder << 3
        << QStringLiteral("{firstname}") << QStringLiteral("{first_name}");
    QTest::newRow("placeholder with spaces")
        << QStringLiteral("This is { business }.") << K::UnknownPlaceholder << 8
        << QStringLiteral("{ business }") << QStringLiteral("{business}");
    QTest::newRow("placeholder in capitals") << QStringLiteral("{BUSINESS}") << K::UnknownPlaceholder << 0
                                             << QStringLiteral("{BUSINESS}") << QStringLiteral("{business}");
    QTest::newRow("made-up placeholder") << QStringLiteral("Price: {price}") << K::UnknownPlaceholder << 7
                                         << QStringLiteral("{price}") << QString();
    QTest::newRow("empty braces") << QStringLiteral("a {} b") << K::UnknownPlaceholder << 2
                                  << QStringLiteral("{}") << QString();
    QTest::newRow("brace never closed") << QStringLiteral("Hi {first_name") << K::UnclosedBrace << 3
                                        << QStringLiteral("{first_name") << QString();
    QTest::newRow("brace reopened before closing")
        << QStringLiteral("Hi {first {business}") << K::UnclosedBrace << 3 << QStringLiteral("{first ")
        << QString();
    QTest::newRow("closing brace alone")
        << QStringLiteral("Hi business}") << K::UnopenedBrace << 11 << QStringLiteral("}") << QString();
}

void TestTemplates::errors()
{
    QFETCH(QString, body);
    QFETCH(TemplateError::Kind, kind);
    QFETCH(int, position);
    QFETCH(QString, text);
    QFETCH(QString, suggestion);

    const QList<TemplateError> checked = TemplateRenderer::check(body);
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().kind, kind);
    QCOMPARE(checked.first().position, position);
    QCOMPARE(checked.first().length, int(text.size()));
    QCOMPARE(checked.first().text, text);
    QCOMPARE(checked.first().suggestion, suggestion);
    QCOMPARE(body.mid(position, text.size()), text);

    // Never sent: rendering gives the errors, not a text.
    const RenderResult r = TemplateRenderer::render(body, fullContext());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), checked);
}

void TestTemplates::errorMessagesNameTheProblem()
{
    const QList<TemplateError> e = TemplateRenderer::check(QStringLiteral("Hi {firstname} and {x"));
    QCOMPARE(e.size(), 2);
    QVERIFY(e.at(0).message().contains(QLatin1String("{firstname}")));
    QVERIFY(e.at(0).message().contains(QLatin1String("{first_name}")));
    // Plain words (issue 15, seen 10): the editor highlights where, no "at position 88".
    QCOMPARE(e.at(0).message(),
             QStringLiteral("{firstname} is not a placeholder Ringback knows. Did you mean {first_name}?"));
    QCOMPARE(e.at(1).message(),
             QStringLiteral("A { is never closed (highlighted). Add a } after the placeholder's name."));
    for (const TemplateError& error : e)
        QVERIFY2(!error.message().contains(QLatin1String("position")), qPrintable(error.message()));
}

void TestTemplates::missingValueIsAnError()
{
    TemplateContext c = fullContext();
    c.bookingLink.clear();
    const RenderResult r = TemplateRenderer::render(QStringLiteral("Book here: {booking_link}"), c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().size(), 1);
    QCOMPARE(r.error().first().kind, TemplateError::Kind::MissingValue);
    QCOMPARE(r.error().first().position, 11);
    QVERIFY(r.error().first().message().contains(QLatin1String("{booking_link}")));
    // The same body is fine syntactically: the editor can save it.
    QVERIFY(TemplateRenderer::check(QStringLiteral("Book here: {booking_link}")).isEmpty());
}

void TestTemplates::previewNeverFails()
{
    TemplateContext c = unknownCaller();
    c.bookingLink.clear();
    QCOMPARE(
        TemplateRenderer::preview(QStringLiteral("Hi {first_name}, {business} {oops} {booking_link}"), c),
        QStringLiteral("Hi, Anderson Plumbing {oops}"));
}

void TestTemplates::lint_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<TemplateRole>("role");
    QTest::addColumn<bool>("allowLink");
    QTest::addColumn<QList<LintHint::Kind>>("expected");

    using K = LintHint::Kind;
    const auto hours = TemplateRole::BusinessHours;
    QTest::newRow("good text-back has no hints")
        << QStringLiteral("Hi, this is {business}. Sorry we missed your call - what can we help with?")
        << hours << false << QList<K>{};
    QTest::newRow("business name written out counts")
        << QStringLiteral("Hi, this is Anderson Plumbing. Sorry we missed you - what do you need?") << hours
        << false << QList<K>{};
    QTest::newRow("no business name") << QStringLiteral("Sorry we missed your call - what can we help with?")
                                      << hours << false << QList<K>{K::NoBusinessName};
    QTest::newRow("no question") << QStringLiteral("{business} here, sorry we missed your call.") << hours
                                 << false << QList<K>{K::NoOpenQuestion};
    QTest::newRow("yes/no question") << QStringLiteral(
                                            "{business} here, sorry we missed your call. Can we help?")
                                     << hours << false << QList<K>{K::NoOpenQuestion};
    QTest::newRow("does not acknowledge the miss")
        << QStringLiteral("{business} here. What can we help with?") << hours << false
        << QList<K>{K::NoMissAcknowledged};
    QTest::newRow("booking link in first message")
        << QStringLiteral("{business}: sorry we missed you. Book at {booking_link} - what do you need?")
        << hours << false << QList<K>{K::LinkInFirstMessage};
    QTest::newRow("bare domain in first message")
        << QStringLiteral("{business}: sorry we missed you. See andersonplumbing.com - what do you need?")
        << TemplateRole::AfterHours << false << QList<K>{K::LinkInFirstMessage};
    QTest::newRow("owner insists on the link")
        << QStringLiteral("{business}: sorry we missed you. Book at {booking_link} - what do you need?")
        << hours << true << QList<K>{};
    QTest::newRow("link allowed in a follow-up")
        << QStringLiteral("{business} again: book at {booking_link}. What time suits you?")
        << TemplateRole::FollowUp << false << QList<K>{};
    QTest::newRow("curly apostrophe forces UCS-2")
        << QStringLiteral("{business} here, sorry we couldn\u2019t answer. What do you need?") << hours
        << false << QList<K>{K::ForcesUcs2};
    QTest::newRow("too long")
        << QStringLiteral(
               "Hi, this is {business}. Sorry we missed your call. We are out on jobs all day but we "
               "read every text and will reply as soon as we are off the ladder, usually within the "
               "hour. What can we help you with?")
        << hours << false << QList<K>{K::TooLong};
    QTest::newRow("too long and UCS-2 by an emoji")
        << QStringLiteral(
               "Hi, this is {business} \U0001F527 Sorry we missed your call, what can we help with?")
        << hours << false << QList<K>{K::TooLong, K::ForcesUcs2};
    QTest::newRow("help reply needs no question") << QStringLiteral("{business}: reply STOP to opt out.")
                                                  << TemplateRole::HelpReply << false << QList<K>{};
    QTest::newRow("saved reply needs no name")
        << QStringLiteral("On our way!") << TemplateRole::SavedReply << false << QList<K>{};
}

void TestTemplates::lint()
{
    QFETCH(QString, body);
    QFETCH(TemplateRole, role);
    QFETCH(bool, allowLink);
    QFETCH(QList<LintHint::Kind>, expected);

    LintOptions o;
    o.role = role;
    o.context.business = QStringLiteral("Anderson Plumbing");
    o.allowLinkInFirstMessage = allowLink;
    const QList<LintHint> hints = TemplateLinter::lint(body, o);
    QCOMPARE(kinds(hints), expected);
    for (const LintHint& h : hints)
        QVERIFY(h.message.endsWith(QLatin1Char('.')));
}

// Issue 15, seen 8: the Spanish and French default texts were told to "say you missed their call"
// and "use an open question" although they do both; "¿...?" was not recognised.
void TestTemplates::lintInTheOfficesLanguage_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<TemplateRole>("role");
    QTest::addColumn<QList<LintHint::Kind>>("expected");

    using K = LintHint::Kind;
    const auto hours = TemplateRole::BusinessHours;
    const auto es = QLocale::Spanish;
    const auto fr = QLocale::French;
    QTest::newRow("es: sorry and an open question")
        << es
        << QStringLiteral("Hola, somos {business}. Sentimos no haber atendido su llamada. \u00BFEn qu\u00E9 "
                          "podemos ayudarle?")
        << hours << QList<K>{};
    QTest::newRow("es: follow-up asks what")
        << es
        << QStringLiteral(
               "Hola {first_name}, le escribe de nuevo {business}. \u00BFQu\u00E9 podemos hacer por usted?")
        << TemplateRole::FollowUp << QList<K>{};
    QTest::newRow("es: yes/no question")
        << es << QStringLiteral("{business}: no pudimos atender su llamada. \u00BFQuiere que le llamemos?")
        << hours << QList<K>{K::NoOpenQuestion};
    QTest::newRow("es: no question") << es << QStringLiteral("{business}: perdimos su llamada.") << hours
                                     << QList<K>{K::NoOpenQuestion};
    QTest::newRow("es: does not say the call was missed")
        << es << QStringLiteral("Hola, somos {business}. \u00BFEn qu\u00E9 podemos ayudarle?") << hours
        << QList<K>{K::NoMissAcknowledged};
    QTest::newRow("fr: sorry and an open question after a dash")
        << fr
        << QStringLiteral("Bonjour, ici {business}. D\u00E9sol\u00E9s d'avoir manqu\u00E9 votre appel - que "
                          "pouvons-nous faire pour vous ?")
        << hours << QList<K>{};
    QTest::newRow("fr: open question first")
        << fr << QStringLiteral("{business} : nous avons manqu\u00E9 votre appel. Quel est votre besoin ?")
        << hours << QList<K>{};
    QTest::newRow("fr: yes/no question")
        << fr
        << QStringLiteral("{business} : d\u00E9sol\u00E9s, appel manqu\u00E9. Pouvons-nous vous aider ?")
        << hours << QList<K>{K::NoOpenQuestion};
    QTest::newRow("fr: est-ce que asks yes or no")
        << fr
        << QStringLiteral(
               "{business} : d\u00E9sol\u00E9s, appel manqu\u00E9. Est-ce que vous avez besoin d'aide ?")
        << hours << QList<K>{K::NoOpenQuestion};
    QTest::newRow("fr: does not say the call was missed")
        << fr << QStringLiteral("Bonjour, ici {business}. Que pouvons-nous faire pour vous ?") << hours
        << QList<K>{K::NoMissAcknowledged};
    QTest::newRow("a language Ringback cannot judge: no guess")
        << QLocale::German << QStringLiteral("Hallo, hier ist {business}. Wir rufen Sie bald an.") << hours
        << QList<K>{};
    QTest::newRow("a language Ringback cannot judge: the name is still asked for")
        << QLocale::German << QStringLiteral("Hallo. Wir rufen Sie bald an.") << hours
        << QList<K>{K::NoBusinessName};
}

void TestTemplates::lintInTheOfficesLanguage()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, body);
    QFETCH(TemplateRole, role);
    QFETCH(QList<LintHint::Kind>, expected);

    LintOptions o;
    o.role = role;
    o.language = language;
    QCOMPARE(kinds(TemplateLinter::lint(body, o)), expected);
}

void TestTemplates::ucs2HintNamesTheCharacters()
{
    LintOptions o;
    o.role = TemplateRole::FollowUp;
    const QList<LintHint> hints = TemplateLinter::lint(
        QStringLiteral("{business} \u201Cfollowing up\u201D\u00A0\u2013 what do you need?"), o);
    QCOMPARE(kinds(hints), QList<LintHint::Kind>{LintHint::Kind::ForcesUcs2});
    const QString m = hints.first().message;
    QVERIFY2(m.contains(QStringLiteral("\u201C")) && m.contains(QStringLiteral("\u201D")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("\u2013")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("non-breaking space")), qPrintable(m));
}

void TestTemplates::defaults_data()
{
    QTest::addColumn<TemplateRole>("role");
    QTest::newRow("business hours") << TemplateRole::BusinessHours;
    QTest::newRow("after hours") << TemplateRole::AfterHours;
    QTest::newRow("follow-up") << TemplateRole::FollowUp;
    QTest::newRow("HELP reply") << TemplateRole::HelpReply;
}

void TestTemplates::defaults()
{
    QFETCH(TemplateRole, role);
    const QString body = TemplateDefaults::body(role);
    QVERIFY(!body.isEmpty());
    QVERIFY(TemplateRenderer::check(body).isEmpty());

    // Lint-clean for an office whose settings are still empty (long sample values are used).
    LintOptions o;
    o.role = role;
    const QList<LintHint> hints = TemplateLinter::lint(body, o);
    for (const LintHint& h : hints)
        qWarning() << h.message;
    QVERIFY(hints.isEmpty());

    // One GSM-7 text with long real values, known caller or not.
    TemplateContext longest = TemplateLinter::sampleContext();
    longest.business = QStringLiteral("Anderson Plumbing, Heating & Air Ltd");
    longest.nextOpen = QStringLiteral("Wednesday, December 31 at 10:30 AM");
    for (const bool known : {true, false}) {
        TemplateContext c = longest;
        if (!known)
            c.firstName.clear();
        const RenderResult r = TemplateRenderer::render(body, c);
        QVERIFY(r.ok());
        const SmsCount count = SmsSegmentCounter::count(r.value());
        QCOMPARE(count.encoding, SmsEncoding::Gsm7);
        QVERIFY2(count.segments == 1,
                 qPrintable(QStringLiteral("%1 units: %2").arg(count.units).arg(r.value())));
    }
    if (role == TemplateRole::AfterHours)
        QVERIFY(body.contains(QLatin1String("{next_open}")));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
