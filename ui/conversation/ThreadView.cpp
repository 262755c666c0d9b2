#include "ThreadView.h"

#include "ThreadDelegate.h"
#include "ThreadModel.h"

#include <QMouseEvent>
#include <QPersistentModelIndex>
#include <QScrollBar>
#include <QTimer>

namespace ringback::ui {

ThreadView::ThreadView(ThreadModel* model, QWidget* parent)
    : QListView(parent)
    , m_thread(model)
{
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Conversation"));
    setModel(model);
    m_delegate = new ThreadDelegate(this);
    setItemDelegate(m_delegate);
    connect(m_delegate, &ThreadDelegate::photosRequested, this, &ThreadView::photosRequested);
    connect(m_delegate, &ThreadDelegate::linkActivated, this,
            [this](qint64 outboxId, ThreadDelegate::Link link) {
                if (link == ThreadDelegate::Link::Edit)
                    emit editScheduledRequested(outboxId);
                else if (link == ThreadDelegate::Link::Cancel)
                    emit cancelScheduledRequested(outboxId);
            });
    setMouseTracking(true); // a pointing hand over Edit and Cancel
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are as tall as their wrapped text at the current width: lay out again on resize.
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    // The gap above a short thread (a viewport margin) is painted like the thread itself.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ThreadView::onRangeChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_atBottom = true;
        scrollToNewest();
    });
}

void ThreadView::scrollToNewest()
{
    m_atBottom = true;
    executeDelayedItemsLayout();
    scrollToBottom();
}

QRect ThreadView::linkRect(const QModelIndex& index, bool edit) const
{
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->linkRect(option, index,
                                edit ? ThreadDelegate::Link::Edit : ThreadDelegate::Link::Cancel);
}

void ThreadView::mouseMoveEvent(QMouseEvent* event)
{
    QListView::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    bool overLink = false;
    if (index.isValid() && index.data(ThreadModel::ScheduledForRole).toDateTime().isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        overLink = m_delegate->linkAt(option, index, pos) != ThreadDelegate::Link::None;
    }
    if (overLink)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void ThreadView::updateGeometries()
{
    QListView::updateGeometries();
    // A short conversation sits at the bottom, next to the composer, as in a phone's messages app.
    const int available = contentsRect().height();
    const int gap = qMax(0, available - contentsSize().height());
    if (gap != m_topGap) {
        m_topGap = gap;
        setViewportMargins(0, gap, 0, 0);
    }
}

void ThreadView::onScrolled(int value)
{
    QScrollBar* bar = verticalScrollBar();
    m_atBottom = value >= bar->maximum() - 4;
    // Reading back through the history: fetch the page before, after this scroll has settled.
    if (value == bar->minimum() && bar->maximum() > bar->minimum() && m_thread->hasOlder() && !m_loading)
        QTimer::singleShot(0, this, &ThreadView::loadOlderKeepingPosition);
}

void ThreadView::onRangeChanged(int, int max)
{
    if (m_atBottom && !m_loading)
        verticalScrollBar()->setValue(max);
}

void ThreadView::loadOlderKeepingPosition()
{
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() != bar->minimum() || !m_thread->hasOlder())
        return;
    m_loading = true;
    // Keep the row at the top of the viewport where it is: measure it before and after.
    const QPersistentModelIndex anchor = indexAt(QPoint(viewport()->width() / 2, 0));
    const int anchorTop = visualRect(anchor).top();
    if (m_thread->loadOlder() > 0 && anchor.isValid()) {
        executeDelayedItemsLayout();
        updateGeometries();
        bar->setValue(bar->value() + visualRect(anchor).top() - anchorTop);
    }
    m_loading = false;
}

} // namespace ringback::ui
