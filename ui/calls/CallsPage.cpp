#include "CallsPage.h"

#include "CallLogModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ringback::ui {

CallsPage::CallsPage(CallLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("callsPage"));
    auto* title = new QLabel(tr("Calls"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint =
        new QLabel(tr("Every call to the business, and whether Ringback texted the caller back."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setAccessibleName(tr("Call log"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CallLogModel::OutcomeColumn, QHeaderView::Stretch);

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

} // namespace ringback::ui
