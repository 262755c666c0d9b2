#include "CallsPage.h"

#include "CallLogModel.h"
#include "common/PhoneCall.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

// Enter opens the selected call's conversation on every system (on macOS a view's Enter does not
// emit activated(), so that signal cannot be used).
class EnterOpens : public QObject
{
public:
    EnterOpens(QTableView* view, std::function<void(int)> open)
        : QObject(view)
        , m_view(view)
        , m_open(std::move(open))
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                m_view->currentIndex().isValid()) {
                m_open(m_view->currentIndex().row());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    std::function<void(int)> m_open;
};

} // namespace

CallsPage::CallsPage(CallLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_inProgress(new QTimer(this))
{
    setObjectName(QStringLiteral("callsPage"));
    auto* title = new QLabel(tr("Calls"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Every call to the business, and whether Ringback texted the caller back. "
                               "Double-click a call or press Enter to open the conversation."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setAccessibleName(tr("Call log"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    // Two lines a row: "…could not be delivered, call them back" is read whole, not cut.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * 2 + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CallLogModel::OutcomeColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    new EnterOpens(m_view, [this](int row) { openRow(row); }); // "Enter" in Help > Keyboard shortcuts (board)
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu* menu = menuForRow(index.row(), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });

    // A call still ringing or talking shows "In progress" until it ends: read the log again
    // meanwhile (the provider's log, not a notification, says when it ended).
    m_inProgress->setInterval(15'000);
    connect(m_inProgress, &QTimer::timeout, this, [this] {
        if (isVisible() && m_model->hasCallsInProgress())
            m_model->refresh();
    });
    m_inProgress->start();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addWidget(m_view, 1);
}

void CallsPage::addNotice(QWidget* notice)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_view), notice);
}

void CallsPage::setBlockedCheck(std::function<bool(const QString&)> isBlocked)
{
    m_isBlocked = std::move(isBlocked);
}

void CallsPage::setInProgressRefreshMs(int ms)
{
    m_inProgress->setInterval(ms);
}

QMenu* CallsPage::menuForRow(int row, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const QString number = m_model->index(row, 0).data(CallLogModel::NumberRole).toString();
    // Only a real number can be called back, texted or blocked (not "anonymous").
    const bool dialable = number.startsWith(QLatin1Char('+'));
    QAction* callBack = menu->addAction(tr("Call back"), this, [number] { ui::callBack(number); });
    callBack->setObjectName(QStringLiteral("callBack"));
    callBack->setEnabled(dialable);
    QAction* open = menu->addAction(tr("Open conversation"), this, [this, row] { openRow(row); });
    open->setObjectName(QStringLiteral("openConversation"));
    open->setEnabled(dialable);
    menu->setDefaultAction(open);
    menu->addSeparator();
    if (dialable && m_isBlocked && m_isBlocked(number)) {
        QAction* allow = menu->addAction(tr("Allow texts to this number again"), this,
                                         [this, number] { emit unblockRequested(number); });
        allow->setObjectName(QStringLiteral("unblockNumber"));
    } else {
        QAction* block =
            menu->addAction(tr("Block this number…"), this, [this, number] { emit blockRequested(number); });
        block->setObjectName(QStringLiteral("blockNumber"));
        block->setEnabled(dialable);
    }
    return menu;
}

void CallsPage::openRow(int row)
{
    const QString number = m_model->index(row, 0).data(CallLogModel::NumberRole).toString();
    if (number.startsWith(QLatin1Char('+')))
        emit conversationRequested(number);
}

} // namespace ringback::ui
