#include "LeadBoardPage.h"

#include "LeadBoard.h"
#include "LeadColumnModel.h"
#include "LeadColumnView.h"
#include "common/OutsideText.h"
#include "inbox/ConversationListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
// Seven columns side by side on a 1366 px laptop (issue 15): narrow enough to fit there, wider
// on a larger screen, up to where a card reads comfortably.
constexpr int kColumnMinWidth = 150;
constexpr int kColumnMaxWidth = 260;
} // namespace

LeadBoardPage::LeadBoardPage(LeadBoard* board, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
    , m_problemBar(new QFrame(this))
    , m_problem(new QLabel(m_problemBar))
{
    setObjectName(QStringLiteral("leadBoardPage"));
    auto* title = new QLabel(tr("Leads"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint =
        new QLabel(tr("Drag a card to another column, or select it and press Ctrl+Right or Ctrl+Left. "
                      "Double-click or press Enter to open the conversation."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setObjectName(QStringLiteral("boardProblem"));
    plainLabel(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(m_problemBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_problemBar, &QWidget::hide);
    auto* problemLayout = new QHBoxLayout(m_problemBar);
    problemLayout->setContentsMargins(10, 6, 6, 6);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_problemBar->setFrameShape(QFrame::StyledPanel);
    m_problemBar->setAutoFillBackground(true);
    QPalette warning = m_problemBar->palette();
    const QColor window = QApplication::palette().color(QPalette::Window);
    warning.setColor(QPalette::Window, QColor::fromHsv(38, window.lightness() > 128 ? 70 : 140,
                                                       window.lightness() > 128 ? 255 : 90));
    m_problemBar->setPalette(warning);
    m_problemBar->hide();

    auto* columns = new QWidget;
    auto* columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(10);
    for (LeadStatus status : LeadBoard::statuses())
        columnsLayout->addWidget(createColumn(status));
    columnsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addWidget(m_problemBar);
    layout->addWidget(scroll, 1);

    connect(board, &LeadBoard::refreshed, this, [this] {
        updateHeaders();
        restoreSelection();
    });
    connect(board, &LeadBoard::problem, this, &LeadBoardPage::showProblem);
    connect(board, &LeadBoard::moved, this, [this](qint64 leadId) {
        m_problemBar->hide();
        m_selectedLeadId = leadId;
        showLead(leadId, true);
    });
    updateHeaders();
}

QWidget* LeadBoardPage::createColumn(LeadStatus status)
{
    auto* column = new QFrame;
    column->setObjectName(QStringLiteral("column_%1").arg(toText(status)));
    column->setMinimumWidth(kColumnMinWidth);
    column->setMaximumWidth(kColumnMaxWidth);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    column->setFrameShape(QFrame::StyledPanel);
    column->setAutoFillBackground(true);
    column->setBackgroundRole(QPalette::Window);

    auto* name = new QLabel(ConversationListModel::statusText(status), column);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto* count = new QLabel(column);
    count->setObjectName(QStringLiteral("count_%1").arg(toText(status)));
    count->setFont(nameFont);
    count->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(column);
    value->setObjectName(QStringLiteral("value_%1").arg(toText(status)));
    value->setWordWrap(true); // "Pas encore d'estimation" in a narrow column
    value->setForegroundRole(QPalette::PlaceholderText);

    auto* view = new LeadColumnView(m_board->column(status), column);
    view->setObjectName(QStringLiteral("leads_%1").arg(toText(status)));

    auto* header = new QHBoxLayout;
    header->addWidget(name);
    header->addStretch();
    header->addWidget(count);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(4, 8, 4, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(value);
    layout->addSpacing(4);
    layout->addWidget(view, 1);
    header->setContentsMargins(4, 0, 4, 0);
    value->setContentsMargins(4, 0, 4, 0);

    m_views.insert(status, view);
    m_countLabels.insert(status, count);
    m_valueLabels.insert(status, value);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view](const QModelIndex& current) {
                if (m_restoring || !current.isValid())
                    return;
                m_selectedLeadId = current.data(LeadColumnModel::LeadIdRole).toLongLong();
                for (LeadColumnView* other : std::as_const(m_views)) {
                    if (other != view)
                        other->clearSelection();
                }
            });
    connect(view, &LeadColumnView::stepRequested, this,
            [this, status](qint64 leadId, qint64 revision, int direction) {
                step(status, leadId, revision, direction);
            });
    connect(view, &LeadColumnView::moveToRequested, this,
            [this, status](qint64 leadId, qint64 revision, LeadStatus to) {
                m_board->move(leadId, revision, status, to);
            });
    connect(view, &LeadColumnView::openRequested, this, &LeadBoardPage::openLeadRequested);
    connect(view, &LeadColumnView::focusNeighbourRequested, this,
            [this, status](int direction) { focusNeighbour(status, direction); });
    return column;
}

void LeadBoardPage::updateHeaders()
{
    for (LeadStatus status : LeadBoard::statuses()) {
        const ColumnTotals totals = m_board->totals(status);
        m_countLabels[status]->setText(QLocale().toString(totals.count));
        m_countLabels[status]->setAccessibleName(tr("%n leads", nullptr, int(totals.count)));
        m_valueLabels[status]->setText(totals.valueCents > 0
                                           ? tr("%1 estimated").arg(m_board->money(totals.valueCents))
                                           : tr("No estimates yet"));
    }
}

void LeadBoardPage::restoreSelection()
{
    if (m_selectedLeadId == 0)
        return;
    const bool hadFocus =
        std::any_of(m_views.cbegin(), m_views.cend(), [](const LeadColumnView* v) { return v->hasFocus(); });
    showLead(m_selectedLeadId, hadFocus);
}

bool LeadBoardPage::showLead(qint64 leadId, bool focus)
{
    // Enough to find a card moved into a long column without reading a whole history of lost leads.
    constexpr int kExtraPages = 10;
    const std::optional<LeadStatus> status = m_board->statusOf(leadId);
    LeadColumnView* target = status ? m_views.value(*status) : nullptr;
    m_restoring = true;
    const bool shown = target && target->selectLead(leadId, kExtraPages);
    for (LeadColumnView* view : std::as_const(m_views)) {
        if (view != target || !shown)
            view->clearSelection();
    }
    m_restoring = false;
    if (shown && focus)
        focusView(target);
    return shown;
}

bool LeadBoardPage::selectLead(qint64 leadId)
{
    if (!showLead(leadId, true))
        return false;
    m_selectedLeadId = leadId;
    return true;
}

QString LeadBoardPage::problemText() const
{
    return m_problemBar->isHidden() ? QString() : m_problem->text();
}

void LeadBoardPage::step(LeadStatus from, qint64 leadId, qint64 revision, int direction)
{
    const int target = int(LeadBoard::statuses().indexOf(from)) + direction;
    if (target < 0 || target >= LeadBoard::statuses().size())
        return;
    m_board->move(leadId, revision, from, LeadBoard::statuses().at(target));
}

void LeadBoardPage::focusNeighbour(LeadStatus from, int direction)
{
    const int target = int(LeadBoard::statuses().indexOf(from)) + direction;
    if (target < 0 || target >= LeadBoard::statuses().size())
        return;
    LeadColumnView* view = m_views.value(LeadBoard::statuses().at(target));
    focusView(view);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect);
}

void LeadBoardPage::focusView(LeadColumnView* view)
{
    view->setFocus(Qt::OtherFocusReason);
    // The column may be off to the side of a narrow window.
    m_scroll->ensureWidgetVisible(view->parentWidget(), 0, 0);
}

void LeadBoardPage::showProblem(const QString& sentence)
{
    m_problem->setText(sentence);
    m_problemBar->show();
}

} // namespace ringback::ui
