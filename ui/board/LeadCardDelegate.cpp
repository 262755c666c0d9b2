#include "LeadCardDelegate.h"

#include "LeadColumnModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ringback::ui {

namespace {

constexpr int kMargin = 3;  // around the card, inside the row
constexpr int kPadding = 7; // inside the card (narrow columns at 1366 px: the number must fit)
constexpr int kLineGap = 3;

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

QColor LeadCardDelegate::cardColor()
{
    // The application's base colour: the column view itself paints its base as the window colour.
    return QApplication::palette().color(QPalette::Base);
}

QSize LeadCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics regular(option.font);
    const QFontMetrics bold(boldOf(option.font));
    const int height = bold.height() + 2 * regular.height() + 2 * kLineGap + 2 * kPadding + 2 * kMargin;
    return {200, height};
}

void LeadCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QColor base = cardColor();
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor secondary = mix(text, base, 0.38);
    const QColor accent = pal.color(QPalette::Highlight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QPainterPath shape;
    shape.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(shape, selected ? mix(base, accent, 0.16) : base);
    QPen border(selected || focused ? accent : mix(base, text, 0.22), selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(shape);

    const QFont regularFont = option.font;
    const QFont boldFont = boldOf(option.font);
    const QFontMetrics regular(regularFont);
    const QFontMetrics bold(boldFont);
    QRect inner = card.toAlignedRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);

    // Line 1: unread dot, name, value.
    QRect line1(inner.left(), inner.top(), inner.width(), bold.height());
    const bool unread = index.data(LeadColumnModel::UnreadRole).toBool();
    if (unread) {
        const qreal d = bold.height() * 0.42;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QRectF(line1.left(), line1.center().y() - d / 2 + 0.5, d, d));
        line1.setLeft(line1.left() + int(d) + 6);
    }
    const QString value = index.data(LeadColumnModel::ValueRole).toString();
    painter->setFont(boldFont);
    if (!value.isEmpty()) {
        painter->setPen(text);
        painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, value);
        line1.setRight(line1.right() - bold.horizontalAdvance(value) - 8);
    }
    painter->setPen(text);
    painter->drawText(
        line1, Qt::AlignLeft | Qt::AlignVCenter,
        bold.elidedText(index.data(LeadColumnModel::TitleRole).toString(), Qt::ElideRight, line1.width()));

    // Line 2: what they need.
    painter->setFont(regularFont);
    const QRect line2(inner.left(), line1.bottom() + 1 + kLineGap, inner.width(), regular.height());
    // What they need as staff typed it; else the caller's own words, quoted; else a prompt.
    const QString need = index.data(LeadColumnModel::NeedRole).toString().simplified();
    const QString words = index.data(LeadColumnModel::WordsRole).toString();
    QString line = need;
    if (line.isEmpty() && !words.isEmpty())
        line = tr("\u201C%1\u201D").arg(words);
    if (line.isEmpty())
        line = tr("Job not described yet");
    painter->setPen(need.isEmpty() ? secondary : text);
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                      regular.elidedText(line, Qt::ElideRight, line2.width()));

    // Line 3: place · staff, and the age on the right.
    QRect line3(inner.left(), line2.bottom() + 1 + kLineGap, inner.width(), regular.height());
    painter->setPen(secondary);
    // A caller who cannot be texted is marked at the start of line 3, before the place: line 1
    // keeps the whole number even in a 150-pixel column at 1366 px.
    const auto reach = LeadColumnModel::Reach(index.data(LeadColumnModel::ReachRole).toInt());
    if (reach != LeadColumnModel::Reach::Textable) {
        const QString mark = reach == LeadColumnModel::Reach::OptedOut ? tr("Opted out") : tr("No texts");
        const int width = regular.horizontalAdvance(mark) + 8;
        const QRectF pill(line3.left(), line3.center().y() - regular.height() / 2.0, width, regular.height());
        const QColor warning = QColor(0xb4, 0x23, 0x18);
        painter->setPen(QPen(warning, 1.0));
        painter->setBrush(mix(base, warning, 0.08));
        painter->drawRoundedRect(pill, 3, 3);
        painter->setPen(warning);
        painter->drawText(pill, Qt::AlignCenter, mark);
        line3.setLeft(int(pill.right()) + 5);
        painter->setPen(secondary);
    }
    // The age on the right, when it fits beside the mark.
    const QString age = index.data(LeadColumnModel::AgeRole).toString();
    if (!age.isEmpty() && regular.horizontalAdvance(age) <= line3.width()) {
        painter->drawText(line3, Qt::AlignRight | Qt::AlignVCenter, age);
        line3.setRight(line3.right() - regular.horizontalAdvance(age) - 8);
    }
    QStringList where;
    const QString place = index.data(LeadColumnModel::PlaceRole).toString();
    const QString staff = index.data(LeadColumnModel::StaffRole).toString();
    if (!place.isEmpty())
        where << place;
    if (!staff.isEmpty())
        where << staff;
    // A named lead with nothing else to say shows its number, so the line is never blank.
    const QString number = index.data(LeadColumnModel::NumberRole).toString();
    if (where.isEmpty() && index.data(LeadColumnModel::TitleRole).toString() != number)
        where << number;
    painter->drawText(line3, Qt::AlignLeft | Qt::AlignVCenter,
                      regular.elidedText(where.join(QStringLiteral(" · ")), Qt::ElideRight, line3.width()));

    painter->restore();
}

} // namespace ringback::ui
