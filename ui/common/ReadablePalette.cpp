#include "ReadablePalette.h"

#include <QtMath>

namespace ringback::ui::readable {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& text, const QColor& background, double amountOfText)
{
    const auto part = [amountOfText](double t, double b) {
        return b + (t - b) * amountOfText;
    };
    return QColor::fromRgbF(float(part(text.redF(), background.redF())),
                            float(part(text.greenF(), background.greenF())),
                            float(part(text.blueF(), background.blueF())));
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor softTextOn(const QColor& text, const QColor& background, double minimum)
{
    // From a soft grey towards the full text colour, in small steps: the first that reads.
    for (int percent = 55; percent < 100; percent += 5) {
        const QColor candidate = mix(text, background, percent / 100.0);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return text;
}

QPalette withReadableHints(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::WindowText);
        // Readable on the darker of the two backgrounds (light themes) or the lighter (dark ones)
        // is readable on both: take the one with less contrast to the text.
        const QColor window = palette.color(group, QPalette::Window);
        const QColor base = palette.color(group, QPalette::Base);
        const QColor background = contrastRatio(text, window) < contrastRatio(text, base) ? window : base;
        const QColor hint = palette.color(group, QPalette::PlaceholderText);
        if (contrastRatio(hint, window) < 4.5 || contrastRatio(hint, base) < 4.5 || hint.alpha() < 255)
            palette.setColor(group, QPalette::PlaceholderText, softTextOn(text, background));
    }
    return palette;
}

} // namespace ringback::ui::readable
