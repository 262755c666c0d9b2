#pragma once

#include "domain/Lead.h"

#include <QStyledItemDelegate>

namespace ringback::ui {

// Paints one conversation in two lines: unread dot, name or number, place and time; then an
// "Auto" mark on texts Ringback sent itself, the last text (elided) and the lead's status chip.
// Everything is drawn as text and vector shapes, so it stays sharp at any display scaling.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // A status's colour, adjusted so its chip reads on this palette (light or dark).
    struct ChipColors
    {
        QColor background;
        QColor text;
    };
    static ChipColors chipColors(LeadStatus status, bool optedOut, const QPalette& palette);
};

} // namespace ringback::ui
