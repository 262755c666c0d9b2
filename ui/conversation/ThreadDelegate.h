#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ringback::ui {

// Paints the thread: their texts as bubbles on the left, ours on the right with the delivery
// status under them (automatic ones tagged "Auto", WhatsApp ones "WhatsApp"), and events as small centred
// grey lines. Colours come from the palette, so light and dark themes both read well. Rows are as tall as
// their word-wrapped text at the view's current width.
// A text someone scheduled (Send later) is drawn with a dashed outline, "Scheduled for Tue 8:00"
// under it and two links, Edit and Cancel.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThreadDelegate(QAbstractItemView* view);

    // The links drawn in a row: a scheduled text's Edit and Cancel, a caller's "View 2 photos".
    enum class Link { None, Edit, Cancel, Photos };

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where a link is drawn in the row at option.rect (empty when the row has none), and which link
    // is at a point.
    QRect linkRect(const QStyleOptionViewItem& option, const QModelIndex& index, Link link) const;
    Link linkAt(const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& pos) const;
    // The "View photos" line in row coordinates; empty when the row has none.
    QRect mediaLinkRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    static QString mediaLinkText(int count);
    // The mark on a WhatsApp message's meta line.
    static QString whatsAppMark();

signals:
    void linkActivated(qint64 outboxId, ringback::ui::ThreadDelegate::Link link);
    void photosRequested(qint64 messageId);

protected:
    // A click on one of the links.
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace ringback::ui
