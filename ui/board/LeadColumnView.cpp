#include "LeadColumnView.h"

#include "LeadBoard.h"
#include "LeadCardDelegate.h"
#include "LeadColumnModel.h"
#include "common/KeyboardHelp.h"
#include "inbox/ConversationListModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

namespace ringback::ui {

LeadColumnView::LeadColumnView(LeadColumnModel* model, QWidget* parent)
    : QListView(parent)
    , m_model(model)
{
    describeKeys();
    setModel(model);
    setItemDelegate(new LeadCardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    // Cards sort by activity, so a drop has no position: the whole column lights up instead of a
    // line between two cards.
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    setAccessibleName(tr("%1 leads").arg(ConversationListModel::statusText(model->status())));
    applyColumnBackground();

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_scrollBeforeReset = verticalScrollBar()->value(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        doItemsLayout();
        verticalScrollBar()->setValue(m_scrollBeforeReset);
    });
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(LeadColumnModel::LeadIdRole).toLongLong());
    });
}

qint64 LeadColumnView::currentLeadId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && selectionModel()->isSelected(current)
               ? current.data(LeadColumnModel::LeadIdRole).toLongLong()
               : 0;
}

bool LeadColumnView::selectLead(qint64 leadId, int extraPages)
{
    int row = m_model->rowOf(leadId);
    for (int page = 0; row < 0 && page < extraPages && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOf(leadId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void LeadColumnView::describeKeys()
{
    // Handled in keyPressEvent below.
    keyboard::describe(this, QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText),
                       tr("Leads: move the card to the next column"));
    keyboard::describe(this, QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText),
                       tr("Leads: move the card back a column"));
    keyboard::describe(this, QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                       tr("Leads and Calls: open the conversation"));
}

void LeadColumnView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl && current.isValid()) {
            emit stepRequested(current.data(LeadColumnModel::LeadIdRole).toLongLong(),
                               current.data(LeadColumnModel::RevisionRole).toLongLong(), direction);
        } else if (!ctrl)
            emit focusNeighbourRequested(direction);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current.isValid()) {
            emit openRequested(current.data(LeadColumnModel::LeadIdRole).toLongLong());
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QListView::keyPressEvent(event);
}

void LeadColumnView::contextMenuEvent(QContextMenuEvent* event)
{
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const QModelIndex card = byMouse ? indexAt(event->pos()) : currentIndex();
    if (!card.isValid())
        return;
    selectionModel()->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
    const qint64 leadId = card.data(LeadColumnModel::LeadIdRole).toLongLong();
    const qint64 revision = card.data(LeadColumnModel::RevisionRole).toLongLong();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("cardMenu"));
    menu.addAction(tr("Open conversation"), this, [this, leadId] { emit openRequested(leadId); });
    QMenu* moveTo = menu.addMenu(tr("Move to"));
    moveTo->setObjectName(QStringLiteral("moveToMenu"));
    for (LeadStatus status : LeadBoard::statuses()) {
        QAction* action = moveTo->addAction(ConversationListModel::statusText(status));
        action->setEnabled(status != m_model->status());
        connect(action, &QAction::triggered, this,
                [this, leadId, revision, status] { emit moveToRequested(leadId, revision, status); });
    }
    // From the keyboard (Menu key, Shift+F10) the menu opens on the card, not under the mouse.
    menu.exec(byMouse ? event->globalPos() : viewport()->mapToGlobal(visualRect(card).center()));
}

void LeadColumnView::dragEnterEvent(QDragEnterEvent* event)
{
    QListView::dragEnterEvent(event);
    m_dropTarget =
        event->isAccepted() && m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {});
    viewport()->update();
}

void LeadColumnView::dragLeaveEvent(QDragLeaveEvent* event)
{
    QListView::dragLeaveEvent(event);
    m_dropTarget = false;
    viewport()->update();
}

void LeadColumnView::dropEvent(QDropEvent* event)
{
    QListView::dropEvent(event);
    m_dropTarget = false;
    viewport()->update();
}

void LeadColumnView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (m_dropTarget) {
        painter.setRenderHint(QPainter::Antialiasing);
        QColor accent = palette().color(QPalette::Highlight);
        painter.setPen(QPen(accent, 2, Qt::DashLine));
        accent.setAlphaF(0.08f);
        painter.setBrush(accent);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 6, 6);
    }
    if (m_model->rowCount() > 0)
        return;
    QColor hint = palette().color(QPalette::Text);
    hint.setAlphaF(0.5f);
    painter.setPen(hint);
    painter.drawText(viewport()->rect().adjusted(8, 16, -8, -8),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("No leads here. Drag a card here to move it."));
}

void LeadColumnView::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColumnBackground();
}

void LeadColumnView::applyColumnBackground()
{
    // The column shows the window colour, so the cards (in the base colour) stand out from it.
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QApplication::palette().color(QPalette::Window));
    setPalette(pal);
}

} // namespace ringback::ui
