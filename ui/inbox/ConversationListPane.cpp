#include "ConversationListPane.h"

#include "ConversationDelegate.h"
#include "ConversationListModel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
// Long enough that typing a name does not query per key, short enough to feel instant.
constexpr int kSearchDelayMs = 150;
} // namespace

ConversationListPane::ConversationListPane(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filters(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_list(new QListView(this))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyHint(new QLabel(m_empty))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("conversationListPane"));

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setPlaceholderText(tr("Search names, numbers and texts  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearch(m_search->text());
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search names, numbers and texts"));
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Two rows of three: six filters in one row are wider than the list at 1366 pixels in Spanish
    // and French.
    auto* filterRow = new QGridLayout;
    filterRow->setSpacing(0);
    addFilterButton(ConversationFilter::NeedsReply,
                    tr("Show conversations where the customer spoke last, longest wait first"));
    addFilterButton(ConversationFilter::Open, tr("Show open conversations"));
    addFilterButton(ConversationFilter::Unread, tr("Show unread conversations"));
    addFilterButton(ConversationFilter::Mine, tr("Show conversations assigned to me"));
    addFilterButton(ConversationFilter::Done, tr("Show booked, won and lost conversations"));
    addFilterButton(ConversationFilter::OptedOut, tr("Show callers who opted out"));
    const QList<QAbstractButton*> buttons = m_filters->buttons();
    for (int i = 0; i < buttons.size(); ++i)
        filterRow->addWidget(buttons.at(i), i / 3, i % 3);
    // The chosen filter is bold as well as pressed: a sunken button alone is easy to miss.
    connect(m_filters, &QButtonGroup::buttonToggled, this, [](QAbstractButton* b, bool checked) {
        QFont f = b->font();
        f.setBold(checked);
        b->setFont(f);
    });
    m_filters->buttons().first()->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this,
            [this](int id) { applyFilter(ConversationFilter(id)); });

    m_emptyTitle->setObjectName(QStringLiteral("inboxEmptyTitle"));
    m_emptyHint->setObjectName(QStringLiteral("inboxEmptyHint"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(24, 0, 24, 0);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch(3);

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    showListOrEmptyState();
}

namespace {

// The buttons' object names stay the same in every language (tests and accessibility tools find
// them by name); the labels are translated.
const char* filterObjectName(ConversationFilter filter)
{
    switch (filter) {
    case ConversationFilter::All:
        return "filterAll";
    case ConversationFilter::NeedsReply:
        return "filterNeedsreply";
    case ConversationFilter::Open:
        return "filterOpen";
    case ConversationFilter::Unread:
        return "filterUnread";
    case ConversationFilter::Mine:
        return "filterMine";
    case ConversationFilter::Done:
        return "filterDone";
    case ConversationFilter::OptedOut:
        return "filterOptedout";
    }
    return "filter";
}

} // namespace

QString ConversationListPane::filterName(ConversationFilter filter)
{
    switch (filter) {
    case ConversationFilter::All:
        return tr("All");
    case ConversationFilter::NeedsReply:
        return tr("Needs reply");
    case ConversationFilter::Open:
        return tr("Open");
    case ConversationFilter::Unread:
        return tr("Unread");
    case ConversationFilter::Mine:
        return tr("Mine");
    case ConversationFilter::Done:
        return tr("Done");
    case ConversationFilter::OptedOut:
        return tr("Opted out");
    }
    return {};
}

void ConversationListPane::addFilterButton(ConversationFilter filter, const QString& accessibleName)
{
    auto* b = new QToolButton(this);
    b->setText(filterName(filter));
    b->setCheckable(true);
    b->setAccessibleName(accessibleName);
    b->setToolTip(accessibleName);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::TabFocus);
    b->setObjectName(QLatin1String(filterObjectName(filter)));
    m_filters->addButton(b, int(filter));
}

void ConversationListPane::setModel(ConversationListModel* model)
{
    m_model = model;
    m_list->setModel(model);
    model->setFilter(ConversationFilter(m_filters->checkedId()));
    model->setDeskStaffName(m_deskStaffName);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ConversationListPane::rememberPosition);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationListPane::restorePosition);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationListPane::showListOrEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationListPane::showListOrEmptyState);
    connect(model, &ConversationListModel::queryChanged, m_list, &QListView::scrollToTop);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConversationListPane::onCurrentChanged);
    showListOrEmptyState();
}

void ConversationListPane::setDeskStaffName(const QString& name)
{
    m_deskStaffName = name;
    auto* mine = m_filters->button(int(ConversationFilter::Mine));
    mine->setToolTip(name.isEmpty() ? tr("Set who sits at this desk in Settings to see the conversations "
                                         "assigned to you.")
                                    : tr("Conversations assigned to %1").arg(name));
    if (m_model)
        m_model->setDeskStaffName(name);
    showListOrEmptyState();
}

void ConversationListPane::applyFilter(ConversationFilter filter)
{
    if (m_model)
        m_model->setFilter(filter);
    showListOrEmptyState();
}

bool ConversationListPane::selectLead(qint64 leadId)
{
    const int row = m_model ? m_model->rowOfLead(leadId) : -1;
    if (row < 0) {
        // Not loaded yet (the list is re-read to keep it listed): picked when the rows arrive.
        if (m_model && m_list->currentIndex().isValid())
            m_list->selectionModel()->clearCurrentIndex();
        m_currentLead = leadId;
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void ConversationListPane::rememberPosition()
{
    m_leadBeforeReset = m_currentLead;
    m_scrollBeforeReset = m_list->verticalScrollBar()->value();
    m_restoring = true;
}

void ConversationListPane::restorePosition()
{
    const int row = m_leadBeforeReset != 0 ? m_model->rowOfLead(m_leadBeforeReset) : -1;
    if (row >= 0)
        m_list->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    else
        // It left the list (booked while Open is shown, or filtered out): whoever shows it keeps
        // it, and picking it again later is announced again.
        m_currentLead = 0;
    // The view lays rows out lazily; lay them out now so the old scroll position exists again.
    m_list->doItemsLayout();
    m_list->verticalScrollBar()->setValue(m_scrollBeforeReset);
    m_restoring = false;
}

void ConversationListPane::onCurrentChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_list->currentIndex();
    const qint64 lead = current.isValid() ? current.data(ConversationListModel::LeadIdRole).toLongLong() : 0;
    if (lead == m_currentLead)
        return;
    m_currentLead = lead;
    emit conversationSelected(lead);
}

void ConversationListPane::moveCurrent(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    const int clamped = qBound(0, row, m_model->rowCount() - 1);
    if (clamped == m_model->rowCount() - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_list->setCurrentIndex(m_model->index(clamped));
}

bool ConversationListPane::eventFilter(QObject* watched, QEvent* event)
{
    // In the search field, Up/Down walk the matches while the typing stays where it is; Return
    // hands the focus to the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_searchDelay->isActive()) {
                m_searchDelay->stop();
                if (m_model)
                    m_model->setSearch(m_search->text());
            }
            if (!m_list->currentIndex().isValid())
                moveCurrent(0);
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListPane::showListOrEmptyState()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget*>(m_list) : m_empty);
    // Worded even while rows are listed (the open conversation is listed whatever the filter says),
    // so the state is right the moment the list empties.
    const auto filter = ConversationFilter(m_filters->checkedId());
    const QString search = m_model ? m_model->query().search : QString();
    if (!search.isEmpty()) {
        m_emptyTitle->setText(tr("No matches"));
        m_emptyHint->setText(tr("No conversation in %1 matches \u201c%2\u201d. Check the spelling, or look "
                                "in another filter.")
                                 .arg(filterName(filter), search));
        return;
    }
    switch (filter) {
    case ConversationFilter::NeedsReply:
        m_emptyTitle->setText(tr("Nobody is waiting for a reply"));
        m_emptyHint->setText(tr("When a customer texts and nobody has answered yet, they are listed here, "
                                "longest wait first."));
        break;
    case ConversationFilter::All:
    case ConversationFilter::Open:
        m_emptyTitle->setText(tr("No open conversations"));
        m_emptyHint->setText(tr("When someone calls and nobody picks up, Ringback texts them back. Their "
                                "replies appear here, one conversation per caller."));
        break;
    case ConversationFilter::Unread:
        m_emptyTitle->setText(tr("All caught up"));
        m_emptyHint->setText(tr("Replies nobody has opened yet appear here."));
        break;
    case ConversationFilter::Mine:
        if (m_deskStaffName.isEmpty()) {
            m_emptyTitle->setText(tr("Who sits at this desk?"));
            m_emptyHint->setText(tr("Set your name under Settings, This computer, to see the conversations "
                                    "assigned to you here."));
        } else {
            m_emptyTitle->setText(tr("Nothing assigned to %1").arg(m_deskStaffName));
            m_emptyHint->setText(
                tr("Conversations assigned to %1 on their lead card appear here.").arg(m_deskStaffName));
        }
        break;
    case ConversationFilter::Done:
        m_emptyTitle->setText(tr("No finished jobs yet"));
        m_emptyHint->setText(tr("Conversations whose lead is Booked, Won or Lost move here."));
        break;
    case ConversationFilter::OptedOut:
        m_emptyTitle->setText(tr("Nobody has opted out"));
        m_emptyHint->setText(tr("Callers who text STOP are listed here. Ringback never texts them again."));
        break;
    }
}

} // namespace ringback::ui
