#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ringback::ui {

// Paints the thread: their texts as bubbles on the left, ours on the right with the delivery
// status under them (automatic ones tagged "Auto"), and events as small centred grey lines.
// Colours come from the palette, so light and dark themes both read well. Rows are as tall as
// their word-wrapped text at the view's current width.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThreadDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // A click on a text's "View photos" line.
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    // Where that line is in a row (row coordinates); empty when the row has none.
    QRect mediaLinkRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    static QString mediaLinkText(int count);

signals:
    void photosRequested(qint64 messageId);

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace ringback::ui
