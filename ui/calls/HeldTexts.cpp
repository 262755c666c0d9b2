#include "HeldTexts.h"

#include "common/Clock.h"
#include "common/OutsideText.h"
#include "common/RelativeTime.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"
#include "store/OutboxStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
// One line of a text, for the table: line breaks and other control characters shown as spaces.
QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out.simplified();
}
} // namespace

HeldTextsModel::HeldTextsModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{
    refresh();
}

void HeldTextsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (auto held = OutboxStore(m_db).inState(OutboxState::Held)) {
        LeadStore leads(m_db);
        for (const OutboxItem& item : held.value()) {
            Row row{item, item.toNumber};
            if (auto lead = leads.byId(item.leadId);
                lead && lead->has_value() && !(*lead)->displayName.isEmpty())
                row.who = QStringLiteral("%1 (%2)").arg((*lead)->displayName, item.toNumber);
            m_rows << row;
        }
    }
    endResetModel();
}

int HeldTextsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldTextsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldTextsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == OutboxIdRole)
        return row.item.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Caller:
            return shownText(row.who);
        case Waiting:
            return relativeTime(row.item.createdAt, m_clock.nowUtc());
        case Text:
            return oneLine(row.item.body);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return plainTextToolTip(row.item.body); // outside text: shown as the letters it is
    return {};
}

QVariant HeldTextsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Caller:
        return tr("To");
    case Waiting:
        return tr("Waiting since");
    case Text:
        return tr("Text");
    }
    return {};
}

HeldTextsDialog::HeldTextsDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new HeldTextsModel(db, clock, this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Texts waiting for approval"));
    auto* why =
        new QLabel(tr("More missed callers than your hourly limit allows (Settings > Text-back rules), "
                      "so these automatic texts were held. Send them now, or decide "
                      "not to send them."),
                   this);
    why->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(HeldTextsModel::Caller, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HeldTextsModel::Waiting, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendSelected = buttons->addButton(tr("Send selected"), QDialogButtonBox::ActionRole);
    m_sendAll = buttons->addButton(tr("Send all"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(tr("Don't send selected"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendSelected, &QPushButton::clicked, this, [this] { answer(selectedIds(), true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { answer(selectedIds(), false); });
    connect(m_sendAll, &QPushButton::clicked, this, [this] {
        QList<qint64> all;
        for (int row = 0; row < m_model->rowCount(); ++row)
            all << m_model->outboxId(row);
        answer(all, true);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HeldTextsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeldTextsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 380);
    updateButtons();
}

QList<qint64> HeldTextsDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->outboxId(index.row());
    return ids;
}

void HeldTextsDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    const bool selected = m_view->selectionModel()->hasSelection();
    m_sendSelected->setEnabled(selected);
    m_discard->setEnabled(selected);
    m_sendAll->setEnabled(any);
}

void HeldTextsDialog::answer(const QList<qint64>& ids, bool send)
{
    if (ids.isEmpty())
        return;
    OutboxStore outbox(m_db);
    auto done = send ? outbox.approveHeld(ids, m_clock.nowUtc(), m_deskPerson)
                     : outbox.discardHeld(ids, m_clock.nowUtc(), m_deskPerson);
    if (!done) {
        m_problem->setText(tr("Nothing was changed: %1").arg(done.error().message));
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_model->refresh();
    emit answered();
    if (m_model->rowCount() == 0)
        accept();
}

HeldTextsNotice::HeldTextsNotice(Database& db, const Clock& clock, QWidget* parent)
    : QPushButton(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("heldTextsNotice"));
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QPushButton#heldTextsNotice { color: #9a3412; font-weight: 600; }"));
    connect(this, &QPushButton::clicked, this, [this] {
        HeldTextsDialog* dialog = openDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    refresh();
}

void HeldTextsNotice::refresh()
{
    if (m_link) {
        m_link->read(
            this, [](Database& db) { return OutboxStore(db).countInState(OutboxState::Held); },
            [this](const StoreResult<qint64>& count) {
                if (count)
                    showCount(count.value());
            });
        return;
    }
    showCount(OutboxStore(m_db).countInState(OutboxState::Held).value_or(0));
}

void HeldTextsNotice::showCount(qint64 count)
{
    m_count = count;
    setText(tr("Texts waiting for your approval: %1").arg(m_count));
    setToolTip(tr("Over the hourly limit of automatic texts. Click to send them or not."));
    setVisible(m_count > 0);
}

void HeldTextsNotice::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

HeldTextsDialog* HeldTextsNotice::openDialog()
{
    auto* dialog = new HeldTextsDialog(m_db, m_clock, window());
    dialog->setDeskPerson(m_deskPerson);
    connect(dialog, &HeldTextsDialog::answered, this, [this] {
        refresh();
        emit answered();
    });
    return dialog;
}

} // namespace ringback::ui
