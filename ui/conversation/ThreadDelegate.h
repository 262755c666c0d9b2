#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ringback::ui {

// Paints the thread: their texts as bubbles on the left, ours on the right with the delivery
// status under them (automatic ones tagged "Auto", WhatsApp ones "WhatsApp"), and events as small centred
// grey lines. Colours come from the palette, so light and dark themes both read well. Rows are as tall as
// their word-wrapped text at the view's current width.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThreadDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The mark on a WhatsApp message's meta line.
    static QString whatsAppMark();

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace ringback::ui
