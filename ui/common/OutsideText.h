#pragma once

#include <QString>

class QLabel;

// One rule for text from outside (SMS bodies, names, places, notes, caller IDs, provider
// messages): a person sees it exactly as it was written, never as markup. Qt shows a label or a
// tooltip as rich text when it merely looks like HTML (Qt::mightBeRichText), and notification
// servers render a subset of HTML, so "<a href=...>" from a stranger would become a link and
// "<img src=file:///...>" a picture from this PC. Control characters (escape sequences and the
// like) are shown as U+FFFD (see printableText in core/common/CleanText.h).
namespace ringback::ui {

// A label that will show outside text: plain text only.
QLabel* plainLabel(QLabel* label);
// Outside text for a label or a delegate: control characters made visible and inert.
QString shownText(const QString& outside);
// A tooltip that shows `plain` (outside text, or our sentence with outside text in it) as it is:
// escaped and wrapped as rich text, so that neither a tag nor "&lt;" in it is interpreted, and
// long text still wraps. Empty for empty text (no tooltip).
QString plainTextToolTip(const QString& plain);
// The body of a desktop notification: escaped where the notification server reads markup
// (org.freedesktop.Notifications on Linux and the BSDs, and Qt's own balloon there), as it is
// elsewhere.
QString notificationBody(const QString& plain);
// The title (summary) of a desktop notification, which servers show as plain text but Qt's
// fallback balloon shows as rich text: angle brackets become ‹ › so that no renderer sees a tag.
QString notificationTitle(const QString& plain);

} // namespace ringback::ui
