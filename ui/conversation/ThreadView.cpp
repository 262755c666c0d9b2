#include "ThreadView.h"

#include "ThreadDelegate.h"
#include "ThreadModel.h"

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
    auto* delegate = new ThreadDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &ThreadDelegate::photosRequested, this, &ThreadView::photosRequested);
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
