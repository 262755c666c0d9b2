#pragma once

#include <QStyledItemDelegate>

namespace ringback::ui {

// Paints a lead as a card: name (or number) with an unread dot and the estimated value; what they
// need; place and assigned staff with the lead's age. Drawn with the palette only, as vectors and
// text, so it reads in light and dark themes and stays sharp at any scaling.
class LeadCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colour cards are filled with; their column shows the window colour behind them.
    static QColor cardColor();
};

} // namespace ringback::ui
