#include "ConversationDelegate.h"

#include "ConversationListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ringback::ui {

namespace {

constexpr int kHMargin = 12;
constexpr int kVMargin = 9;
constexpr int kLineGap = 4;
constexpr int kGutter = 6;

QColor baseColor(LeadStatus status, bool optedOut)
{
    if (optedOut)
        return QColor(0xc0, 0x39, 0x2b);
    switch (status) {
    case LeadStatus::New:
        return QColor(0x2f, 0x80, 0xed);
    case LeadStatus::Texted:
        return QColor(0x00, 0x97, 0xa7);
    case LeadStatus::Replied:
        return QColor(0x8e, 0x44, 0xad);
    case LeadStatus::Qualified:
        return QColor(0xd9, 0x77, 0x06);
    case LeadStatus::Booked:
        return QColor(0x27, 0xae, 0x60);
    case LeadStatus::Won:
        return QColor(0x1e, 0x84, 0x49);
    case LeadStatus::Lost:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return QColor(0x7f, 0x8c, 0x8d);
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QFont secondaryFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.92);
    return f;
}

QFont chipFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.82);
    f.setWeight(QFont::DemiBold);
    return f;
}

// A rounded tag with its text centred; returns its width.
int drawTag(QPainter* p, const QRect& lineRect, int right, const QString& text, const QFont& font,
            const QColor& fill, const QColor& ink, const QColor& outline = QColor())
{
    const QFontMetrics fm(font);
    const int padH = fm.height() / 2;
    const int w = fm.horizontalAdvance(text) + 2 * padH;
    const int h = fm.height() + 2;
    const QRect r(right - w, lineRect.center().y() - h / 2 + 1, w, h);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    if (fill.isValid())
        p->fillPath(path, fill);
    if (outline.isValid()) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(outline, 1));
        p->drawPath(path);
    }
    p->setFont(font);
    p->setPen(ink);
    p->drawText(r, Qt::AlignCenter, text);
    return w;
}

} // namespace

ConversationDelegate::ChipColors ConversationDelegate::chipColors(LeadStatus status, bool optedOut,
                                                                  const QPalette& palette)
{
    const QColor hue = baseColor(status, optedOut);
    const QColor base = palette.color(QPalette::Base);
    if (isDark(palette))
        return {mix(base, hue, 0.35), mix(hue, Qt::white, 0.55)};
    return {mix(base, hue, 0.16), hue.darker(145)};
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont title = option.font;
    title.setBold(true);
    const int h = 2 * kVMargin + QFontMetrics(title).height() + kLineGap +
                  qMax(QFontMetrics(secondaryFont(option.font)).height(),
                       QFontMetrics(chipFont(option.font)).height() + 2);
    return {option.rect.width() > 0 ? option.rect.width() : 320, h};
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette& pal = opt.palette;
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor ink = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = mix(pal.color(group, selected ? QPalette::Highlight : QPalette::Base), ink, 0.62);
    const QColor accent = selected ? ink : pal.color(group, QPalette::Highlight);

    const bool unread = index.data(ConversationListModel::UnreadRole).toBool();
    const bool automated = index.data(ConversationListModel::AutomatedRole).toBool();
    const bool optedOut = index.data(ConversationListModel::OptedOutRole).toBool();
    const auto status = LeadStatus(index.data(ConversationListModel::StatusValueRole).toInt());

    QFont titleFont = opt.font;
    titleFont.setWeight(unread ? QFont::Bold : QFont::DemiBold);
    const QFont small = secondaryFont(opt.font);
    QFont timeFont = small;
    timeFont.setBold(unread);
    const QFontMetrics titleFm(titleFont);
    const QFontMetrics smallFm(small);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRect area = opt.rect.adjusted(kHMargin - 6, kVMargin, -kHMargin, -kVMargin);
    const QRect line1(area.left() + kGutter, area.top(), area.width() - kGutter, titleFm.height());
    const QRect line2(line1.left(), line1.bottom() + 1 + kLineGap, line1.width(),
                      area.bottom() - line1.bottom() - kLineGap);

    // Line 1: title and place on the left; on the right how long the customer has waited for us
    // (amber, red past a quarter of an hour) or, when nobody waits, the last activity's time.
    const QString wait = index.data(ConversationListModel::WaitTextRole).toString();
    const QString time = wait.isEmpty() ? index.data(ConversationListModel::TimeTextRole).toString() : wait;
    if (!wait.isEmpty())
        timeFont.setBold(true);
    const int timeWidth = QFontMetrics(timeFont).horizontalAdvance(time);
    painter->setFont(timeFont);
    QColor timeInk = unread ? accent : muted;
    if (!wait.isEmpty() && !selected) {
        const bool longWait = index.data(ConversationListModel::WaitMinutesRole).toInt() >= 15;
        const QColor hue = longWait ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb4, 0x5f, 0x06);
        timeInk = isDark(pal) ? mix(hue, Qt::white, 0.45) : hue;
    }
    painter->setPen(timeInk);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, time);

    const int textRight = line1.right() - timeWidth - 10;
    const QString title = index.data(ConversationListModel::TitleRole).toString();
    const QString elidedTitle = titleFm.elidedText(title, Qt::ElideRight, textRight - line1.left());
    painter->setFont(titleFont);
    painter->setPen(ink);
    QRect titleRect = line1;
    titleRect.setRight(textRight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, elidedTitle);
    // What the job is, when intake or a person filled it in, says more than where the number is from.
    const QString summary = index.data(ConversationListModel::SummaryRole).toString();
    const QString place =
        summary.isEmpty() ? index.data(ConversationListModel::PlaceRole).toString() : summary;
    const int placeLeft = line1.left() + titleFm.horizontalAdvance(elidedTitle) + 8;
    if (!place.isEmpty() && textRight - placeLeft > smallFm.horizontalAdvance(QStringLiteral("Austin"))) {
        QFont placeFont = small;
        placeFont.setBold(false); // the row's bold (unread) is for the name and the text
        painter->setFont(placeFont);
        painter->setPen(muted);
        painter->drawText(QRect(placeLeft, line1.top(), textRight - placeLeft, line1.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallFm.elidedText(place, Qt::ElideRight, textRight - placeLeft));
    }

    // Line 2: status chip on the right, "Auto" mark and the last text on the left.
    const ChipColors chip = chipColors(status, optedOut, pal);
    const QString statusText = index.data(ConversationListModel::StatusRole).toString();
    const int chipWidth =
        drawTag(painter, line2, line2.right(), statusText, chipFont(opt.font), chip.background, chip.text);
    int left = line2.left();
    if (index.data(ConversationListModel::UrgentRole).toBool()) {
        QFont tagFont = chipFont(opt.font);
        tagFont.setBold(true);
        const QString tag = tr("Urgent", "a lead whose texts hold an urgent word");
        const int w = QFontMetrics(tagFont).horizontalAdvance(tag) + QFontMetrics(tagFont).height();
        drawTag(painter, line2, left + w, tag, tagFont, QColor(0xb0, 0x00, 0x20), Qt::white);
        left += w + 6;
    }
    if (automated) {
        const QFont tagFont = chipFont(opt.font);
        const QString tag = tr("Auto", "marks a text Ringback sent by itself");
        const int w = QFontMetrics(tagFont).horizontalAdvance(tag) + QFontMetrics(tagFont).height();
        drawTag(painter, line2, left + w, tag, tagFont, QColor(), muted, muted);
        left += w + 6;
    }
    int right = line2.right() - chipWidth - 6;
    // Who has it: their initials in a ring.
    const QString initials = index.data(ConversationListModel::AssigneeInitialsRole).toString();
    if (!initials.isEmpty()) {
        const QFont f = chipFont(opt.font);
        const int d = QFontMetrics(f).height() + 4;
        const QRect ring(right - d, line2.center().y() - d / 2 + 1, d, d);
        painter->setPen(QPen(muted, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(ring).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->setFont(f);
        painter->setPen(ink);
        painter->drawText(ring, Qt::AlignCenter, initials);
        right -= d + 6;
    }
    // Unread: a count pill in the accent colour, as mail and chat apps show it.
    const int unreadCount = index.data(ConversationListModel::UnreadCountRole).toInt();
    if (unreadCount > 0) {
        QFont f = chipFont(opt.font);
        f.setBold(true);
        const QColor fill = selected ? ink : pal.color(group, QPalette::Highlight);
        const QColor text =
            selected ? pal.color(group, QPalette::Highlight) : pal.color(group, QPalette::HighlightedText);
        right -=
            drawTag(painter, line2, right,
                    unreadCount > 99 ? QStringLiteral("99+") : QString::number(unreadCount), f, fill, text) +
            6;
    }
    const int snippetRight = right - 4;
    painter->setFont(small);
    painter->setPen(unread ? ink : muted);
    const QString snippet = index.data(ConversationListModel::SnippetRole).toString();
    painter->drawText(QRect(left, line2.top(), snippetRight - left, line2.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallFm.elidedText(snippet, Qt::ElideRight, snippetRight - left));
    painter->restore();
}

} // namespace ringback::ui
