#pragma once

#include <QColor>
#include <QPalette>

namespace ringback::ui {

// Helper text (the grey line under a setting, "Checked 12 s ago", empty-list hints) uses the
// palette's PlaceholderText colour. Qt's default is the text colour at half opacity, about 3.9:1 on
// white, under the 4.5:1 that WCAG asks of body text: owners read these lines, so they must be
// readable.
namespace readable {

// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

// The softest mix of `text` into `background` that still reaches `minimum` contrast with it.
QColor softTextOn(const QColor& text, const QColor& background, double minimum = 4.5);

// The palette with PlaceholderText readable on both Window and Base (active and inactive groups).
QPalette withReadableHints(QPalette palette);

} // namespace readable
} // namespace ringback::ui
