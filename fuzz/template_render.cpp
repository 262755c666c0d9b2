// The template renderer. Input: body 0x1F business 0x1F first name 0x1F booking link 0x1F next open
// 0x1F staff (missing values are empty).
//
// Invariants: every error points at its own text in the body; render() fails exactly when check()
// finds a syntax error or a value other than {first_name} is empty; a text it returns is what the
// preview shows, and for a valid template whose values hold no braces it has no brace left at all
// (no unknown or unfilled placeholder can reach a caller).

#include "FuzzSupport.h"
#include "templates/TemplateRenderer.h"

using namespace ringback;

namespace {

void checkErrorsPointIntoBody(const QList<TemplateError>& errors, const QString& body)
{
    for (const TemplateError& e : errors) {
        FUZZ_CHECK(
            e.position >= 0 && e.length >= 0 && e.position + e.length <= body.size(),
            QStringLiteral("error at %1+%2 in %3 units").arg(e.position).arg(e.length).arg(body.size()));
        FUZZ_CHECK(
            body.mid(e.position, e.length) == e.text,
            QStringLiteral("error text %1 is not the body's %2").arg(e.text, body.mid(e.position, e.length)));
        FUZZ_CHECK(!e.message().isEmpty(), e.text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::split(fuzz::bytes(data, size));
    auto part = [&](int i) {
        return i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString();
    };
    const QString body = part(0);
    const TemplateContext context{part(1), part(2), part(3), part(4), part(5)};

    const QList<TemplateError> syntax = TemplateRenderer::check(body);
    checkErrorsPointIntoBody(syntax, body);
    const QString preview = TemplateRenderer::preview(body, context);
    const RenderResult rendered = TemplateRenderer::render(body, context);
    if (!rendered) {
        FUZZ_CHECK(!rendered.error().isEmpty(), body);
        checkErrorsPointIntoBody(rendered.error(), body);
        // The syntax errors are all there, and anything else is a missing value.
        for (const TemplateError& e : syntax)
            FUZZ_CHECK(rendered.error().contains(e), e.text);
        for (const TemplateError& e : rendered.error()) {
            FUZZ_CHECK(syntax.contains(e) || (e.kind == TemplateError::Kind::MissingValue &&
                                              e.text != QLatin1String("{first_name}")),
                       e.text);
        }
        return 0;
    }
    FUZZ_CHECK(syntax.isEmpty(), body);
    FUZZ_CHECK(*rendered == preview, QStringLiteral("render %1, preview %2").arg(*rendered, preview));
    const bool valuesHaveBraces = [&] {
        for (const QString& v :
             {context.business, context.firstName, context.bookingLink, context.nextOpen, context.staff}) {
            if (v.contains(QLatin1Char('{')) || v.contains(QLatin1Char('}')))
                return true;
        }
        return false;
    }();
    if (!valuesHaveBraces) {
        FUZZ_CHECK(!rendered->contains(QLatin1Char('{')) && !rendered->contains(QLatin1Char('}')),
                   QStringLiteral("%1 -> %2").arg(body, *rendered));
    }
    return 0;
}
