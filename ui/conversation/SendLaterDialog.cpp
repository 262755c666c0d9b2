#include "SendLaterDialog.h"

#include "ThreadModel.h"
#include "hours/WallClock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ringback::ui {

SendLaterDialog::SendLaterDialog(const QTimeZone& zone, const QDateTime& initial, const QDateTime& now,
                                 const QString& body, QWidget* parent)
    : QDialog(parent)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_now(now)
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    const bool editing = !body.isEmpty();
    setWindowTitle(editing ? tr("Edit scheduled text") : tr("Send later"));
    auto* layout = new QVBoxLayout(this);
    if (editing) {
        m_body = new QPlainTextEdit(this);
        m_body->setObjectName(QStringLiteral("scheduledBody"));
        m_body->setAccessibleName(tr("Text"));
        m_body->setPlainText(body);
        m_body->setTabChangesFocus(true);
        m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_body);
        connect(m_body, &QPlainTextEdit::textChanged, this, &SendLaterDialog::check);
    }
    const QDateTime there = initial.toTimeZone(m_zone);
    m_date->setObjectName(QStringLiteral("sendLaterDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(now.toTimeZone(m_zone).date());
    m_date->setDate(there.date());
    m_time->setObjectName(QStringLiteral("sendLaterTime"));
    m_time->setDisplayFormat(ThreadModel::shortTimeFormat());
    m_time->setTime(QTime(there.time().hour(), there.time().minute()));
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Time:"), m_time);
    layout->addLayout(form);
    // The office's zone, named, so a desk in another zone knows which clock it is.
    QString zoneName = m_zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName);
    if (zoneName.isEmpty())
        zoneName = QString::fromUtf8(m_zone.id());
    auto* zoneNote = new QLabel(tr("In the business's time zone (%1).").arg(zoneName), this);
    zoneNote->setObjectName(QStringLiteral("sendLaterZone"));
    zoneNote->setForegroundRole(QPalette::PlaceholderText);
    zoneNote->setWordWrap(true);
    layout->addWidget(zoneNote);
    m_problem->setObjectName(QStringLiteral("sendLaterProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Schedule"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &SendLaterDialog::check);
    connect(m_time, &QTimeEdit::timeChanged, this, &SendLaterDialog::check);
    check();
}

QDateTime SendLaterDialog::moment() const
{
    const QTime t = m_time->time();
    return wallclock::toUtc(m_date->date(), t.hour() * 60 + t.minute(), m_zone);
}

QString SendLaterDialog::body() const
{
    return m_body ? m_body->toPlainText().trimmed() : QString();
}

void SendLaterDialog::check()
{
    QString problem;
    if (moment() <= m_now)
        problem = tr("Pick a moment in the future.");
    else if (m_body && body().isEmpty())
        problem = tr("The text is empty.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ringback::ui
