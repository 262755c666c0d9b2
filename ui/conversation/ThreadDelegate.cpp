#include "ThreadDelegate.h"

#include "ThreadModel.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace ringback::ui {

namespace {

constexpr int kSideMargin = 12;
constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kRadius = 12;
constexpr int kRowGap = 10;
constexpr int kMetaGap = 3;
constexpr int kIconWidth = 16;
constexpr int kIconHeight = 12;

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return f;
}

// Word-wrapped at word boundaries, or anywhere for a word longer than the line (a link).
QSizeF measure(QTextLayout& layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {std::ceil(widest), std::ceil(y)};
}

QSize textSize(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    return measure(layout, width).toSize();
}

void drawText(QPainter* painter, const QString& text, const QFont& font, const QRect& rect,
              Qt::Alignment align)
{
    QTextLayout layout(text, font);
    measure(layout, rect.width());
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        qreal x = 0;
        if (align & Qt::AlignRight)
            x = rect.width() - line.naturalTextWidth();
        else if (align & Qt::AlignHCenter)
            x = (rect.width() - line.naturalTextWidth()) / 2;
        line.setPosition(QPointF(x, line.position().y()));
    }
    layout.draw(painter, rect.topLeft());
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Black or white, whichever reads on `background` (a theme's highlight can be light or dark).
QColor readableOn(const QColor& background, const QPalette& palette)
{
    const QColor dark =
        palette.color(QPalette::Text).lightnessF() < 0.5 ? palette.color(QPalette::Text) : QColor(Qt::black);
    const QColor light =
        palette.color(QPalette::Base).lightnessF() >= 0.5 ? palette.color(QPalette::Base) : QColor(Qt::white);
    const qreal luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? dark : light;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

struct ThreadDelegate::Geometry
{
    bool event = false;
    QRect bubble; // message: the bubble; event: the text
    QRect text;
    QRect meta;     // the line under a bubble
    QRect autoTag;  // "Auto", inside the meta line
    QRect media;    // "View 2 photos", inside the bubble under the text
    QRect editLink; // a scheduled text's Edit and Cancel, after the meta line
    QRect cancelLink;
    int height = 0;
};

namespace {
QString editText()
{
    return ThreadDelegate::tr("Edit");
}
QString cancelText()
{
    //: Withdraws a text scheduled to be sent later
    return ThreadDelegate::tr("Cancel");
}
constexpr int kLinkGap = 10;
} // namespace

ThreadDelegate::ThreadDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

int ThreadDelegate::availableWidth(const QStyleOptionViewItem& option) const
{
    const int viewport = m_view ? m_view->viewport()->width() : option.rect.width();
    return qMax(200, viewport);
}

ThreadDelegate::Geometry ThreadDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                int width) const
{
    Geometry g;
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const bool event = index.data(ThreadModel::EntryKindRole).value<ThreadModel::EntryKind>() ==
                       ThreadModel::EntryKind::Event;
    if (event) {
        g.event = true;
        const int maxWidth = qMax(120, int(width * 0.8));
        const QSize size = textSize(index.data(ThreadModel::BodyRole).toString(), small, maxWidth);
        g.text = QRect((width - maxWidth) / 2, kRowGap / 2 + 2, maxWidth, size.height());
        g.bubble = g.text;
        g.height = g.text.bottom() + 1 + kRowGap / 2 + 2;
        return g;
    }
    const bool outgoing = index.data(ThreadModel::OutgoingRole).toBool();
    const int maxBubble = qMax(160, int((width - 2 * kSideMargin) * 0.72));
    const QString bodyText = index.data(ThreadModel::BodyRole).toString();
    const QSize body =
        bodyText.isEmpty() ? QSize(0, 0) : textSize(bodyText, option.font, maxBubble - 2 * kPadX);
    // A text with photos ends with a link line (an icon and "View 2 photos").
    const int mediaCount = index.data(ThreadModel::MediaCountRole).toInt();
    QSize media;
    if (mediaCount > 0) {
        const QFontMetrics metrics(option.font);
        media =
            QSize(kIconWidth + 6 + metrics.horizontalAdvance(mediaLinkText(mediaCount)), metrics.height());
    }
    const int gap = body.height() > 0 && media.height() > 0 ? kPadY / 2 : 0;
    const int contentWidth = qMax(body.width(), media.width());
    const int bubbleWidth = qMax(contentWidth + 2 * kPadX, 48);
    const int x = outgoing ? width - kSideMargin - bubbleWidth : kSideMargin;
    g.bubble = QRect(x, kRowGap / 2, bubbleWidth, body.height() + gap + media.height() + 2 * kPadY);
    g.text = QRect(x + kPadX, g.bubble.top() + kPadY, bubbleWidth - 2 * kPadX, body.height());
    if (mediaCount > 0)
        g.media = QRect(x + kPadX, g.text.bottom() + 1 + gap, media.width(), media.height());

    const QString meta = index.data(ThreadModel::MetaRole).toString();
    int tagWidth = 0;
    if (index.data(ThreadModel::AutomatedRole).toBool())
        tagWidth = smallMetrics.horizontalAdvance(tr("Auto")) + 10 + 6;
    const int metaWidth = maxBubble - tagWidth;
    const QSize metaSize = textSize(meta, small, metaWidth);
    const int metaTop = g.bubble.bottom() + 1 + kMetaGap;
    const int metaX = outgoing ? width - kSideMargin - metaSize.width() : kSideMargin + tagWidth;
    g.meta = QRect(metaX, metaTop, metaSize.width(), qMax(metaSize.height(), smallMetrics.height()));
    if (index.data(ThreadModel::ScheduledForRole).toDateTime().isValid()) {
        // "Scheduled for Tue 8:00   Edit   Cancel", the whole line against the bubble's side.
        const int editWidth = smallMetrics.horizontalAdvance(editText());
        const int cancelWidth = smallMetrics.horizontalAdvance(cancelText());
        const int links = kLinkGap + editWidth + kLinkGap + cancelWidth;
        if (outgoing)
            g.meta.moveLeft(g.meta.left() - links);
        g.editLink = QRect(g.meta.right() + 1 + kLinkGap, metaTop, editWidth, smallMetrics.height());
        g.cancelLink = QRect(g.editLink.right() + 1 + kLinkGap, metaTop, cancelWidth, smallMetrics.height());
    }
    if (tagWidth > 0) {
        const int tagX = outgoing ? g.meta.left() - tagWidth : kSideMargin;
        g.autoTag = QRect(tagX, metaTop, tagWidth - 6, smallMetrics.height());
    }
    g.height = g.meta.bottom() + 1 + kRowGap / 2;
    return g;
}

QString ThreadDelegate::mediaLinkText(int count)
{
    return tr("View %n photo(s)", nullptr, count);
}

QRect ThreadDelegate::mediaLinkRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index, option.rect.width()).media;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = availableWidth(option);
    return {width, layout(option, index, width).height};
}

void ThreadDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const Geometry g = layout(option, index, option.rect.width());
    const QPalette& palette = option.palette;
    const QFont small = smallFont(option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());

    if (g.event) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        drawText(painter, index.data(ThreadModel::BodyRole).toString(), small, g.text, Qt::AlignHCenter);
        painter->restore();
        return;
    }

    const bool outgoing = index.data(ThreadModel::OutgoingRole).toBool();
    const bool automated = index.data(ThreadModel::AutomatedRole).toBool();
    const QColor base = palette.color(QPalette::Base);
    QColor fill;
    if (outgoing) {
        // Ours in the theme's accent; automatic texts a softer tint of it, so a person's own words
        // stand out from the machine's.
        fill = automated ? mix(palette.color(QPalette::Highlight), base, isDark(palette) ? 0.45 : 0.55)
                         : palette.color(QPalette::Highlight);
    } else {
        fill = mix(base, palette.color(QPalette::Text), isDark(palette) ? 0.16 : 0.08);
    }
    const bool scheduled = !g.editLink.isNull();
    if (scheduled) // not sent yet: a paler bubble with a dashed outline
        fill = mix(palette.color(QPalette::Highlight), base, isDark(palette) ? 0.6 : 0.75);
    QPainterPath path;
    path.addRoundedRect(QRectF(g.bubble), kRadius, kRadius);
    painter->fillPath(path, fill);
    if (scheduled) {
        QPen outline(palette.color(QPalette::Highlight), 1.5, Qt::DashLine);
        painter->setPen(outline);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.75, 0.75, -0.75, -0.75), kRadius, kRadius);
    }

    painter->setPen(readableOn(fill, palette));
    drawText(painter, index.data(ThreadModel::BodyRole).toString(), option.font, g.text, Qt::AlignLeft);
    if (!g.media.isNull()) {
        // A small picture (a frame, a hill and a sun) and the link, in the theme's link colour.
        const QColor link = palette.color(QPalette::Link);
        const QRectF icon(g.media.left() + 0.5, g.media.center().y() - kIconHeight / 2.0 + 0.5,
                          kIconWidth - 1, kIconHeight - 1);
        painter->setPen(QPen(link, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon, 2, 2);
        QPainterPath hill;
        hill.moveTo(icon.left() + 1, icon.bottom() - 1);
        hill.lineTo(icon.left() + icon.width() * 0.4, icon.top() + icon.height() * 0.45);
        hill.lineTo(icon.left() + icon.width() * 0.65, icon.top() + icon.height() * 0.7);
        hill.lineTo(icon.right() - 1, icon.top() + icon.height() * 0.5);
        hill.lineTo(icon.right() - 1, icon.bottom() - 1);
        hill.closeSubpath();
        painter->fillPath(hill, link);
        painter->setBrush(link);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(icon.right() - icon.width() * 0.25, icon.top() + icon.height() * 0.3),
                             1.6, 1.6);
        QFont underlined = option.font;
        underlined.setUnderline(true);
        painter->setFont(underlined);
        painter->setPen(link);
        painter->drawText(g.media.adjusted(kIconWidth + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          mediaLinkText(index.data(ThreadModel::MediaCountRole).toInt()));
        painter->setFont(option.font);
    }

    if (!g.autoTag.isNull()) {
        const QColor tagFill = mix(palette.color(QPalette::Highlight), base, 0.8);
        QPainterPath tag;
        tag.addRoundedRect(QRectF(g.autoTag), g.autoTag.height() / 2.0, g.autoTag.height() / 2.0);
        painter->fillPath(tag, tagFill);
        painter->setPen(readableOn(tagFill, palette));
        painter->setFont(small);
        painter->drawText(g.autoTag, Qt::AlignCenter, tr("Auto"));
    }
    const bool failed = index.data(ThreadModel::FailedRole).toBool();
    const QColor warning = isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    painter->setPen(failed ? warning : palette.color(QPalette::PlaceholderText));
    drawText(painter, index.data(ThreadModel::MetaRole).toString(), small, g.meta,
             outgoing ? Qt::AlignRight : Qt::AlignLeft);
    if (scheduled) {
        QFont link = small;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(g.editLink, Qt::AlignLeft | Qt::AlignVCenter, editText());
        painter->drawText(g.cancelLink, Qt::AlignLeft | Qt::AlignVCenter, cancelText());
    }
    painter->restore();
}

QRect ThreadDelegate::linkRect(const QStyleOptionViewItem& option, const QModelIndex& index, Link link) const
{
    const Geometry g = layout(option, index, option.rect.width());
    const QRect r = link == Link::Edit     ? g.editLink
                    : link == Link::Cancel ? g.cancelLink
                    : link == Link::Photos ? g.media
                                           : QRect();
    return r.isNull() ? QRect() : r.translated(option.rect.topLeft());
}

ThreadDelegate::Link ThreadDelegate::linkAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                            const QPoint& pos) const
{
    // A little slack around the words: they are small.
    for (Link link : {Link::Edit, Link::Cancel, Link::Photos}) {
        const QRect r = linkRect(option, index, link);
        if (!r.isNull() && r.adjusted(-4, -3, 4, 3).contains(pos))
            return link;
    }
    return Link::None;
}

bool ThreadDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                 const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const Link link = mouse->button() == Qt::LeftButton
                              ? linkAt(option, index, mouse->position().toPoint())
                              : Link::None;
        if (link == Link::Photos) {
            emit photosRequested(index.data(ThreadModel::MessageIdRole).toLongLong());
            return true;
        }
        if (link != Link::None) {
            emit linkActivated(index.data(ThreadModel::OutboxIdRole).toLongLong(), link);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ringback::ui
