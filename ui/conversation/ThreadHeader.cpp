#include "ThreadHeader.h"

#include "common/OutsideText.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ringback::ui {

ThreadHeader::ThreadHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_assignee(new QLabel(this))
    , m_assignMe(new QAction(tr("Assign to me"), this))
    , m_callBack(new QAction(tr("Call back"), this))
    , m_markUnread(new QAction(tr("Mark unread"), this))
{
    setObjectName(QStringLiteral("threadHeader"));
    m_title->setObjectName(QStringLiteral("threadHeaderTitle"));
    m_details->setObjectName(QStringLiteral("threadHeaderDetails"));
    m_status->setObjectName(QStringLiteral("threadHeaderStatus"));
    m_assignee->setObjectName(QStringLiteral("threadHeaderAssignee"));
    // Names and places are anyone's words.
    for (QLabel* label : {m_title, m_details, m_status, m_assignee})
        plainLabel(label);
    // Never what widens the thread column: a long name or place is cut, the tooltip has it whole.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMargin(2);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    // Actions with shortcuts on the window while the conversation is shown (Help lists them).
    m_assignMe->setObjectName(QStringLiteral("assignToMe"));
    m_assignMe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_callBack->setObjectName(QStringLiteral("callBack"));
    m_callBack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_markUnread->setObjectName(QStringLiteral("markUnread"));
    m_markUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    for (QAction* a : {m_assignMe, m_callBack, m_markUnread}) {
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(tr("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        addAction(a);
    }
    connect(m_assignMe, &QAction::triggered, this, &ThreadHeader::assignToMeRequested);
    connect(m_callBack, &QAction::triggered, this, &ThreadHeader::callBackRequested);
    connect(m_markUnread, &QAction::triggered, this, &ThreadHeader::markUnreadRequested);

    // Who and what to do on the first line; where it stands on the second.
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(button(m_assignMe, "assignToMeButton"));
    buttons->addWidget(button(m_callBack, "callBackButton"));
    buttons->addWidget(button(m_markUnread, "markUnreadButton"));
    auto* standing = new QHBoxLayout;
    standing->setSpacing(12);
    standing->addWidget(m_status);
    standing->addWidget(m_assignee);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 6, 12, 6);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0);
    grid->addLayout(buttons, 0, 1, Qt::AlignRight);
    grid->addWidget(m_details, 1, 0);
    grid->addLayout(standing, 1, 1, Qt::AlignRight);
    grid->setColumnStretch(0, 1);
    clear();
}

QToolButton* ThreadHeader::button(QAction* action, const char* objectName)
{
    auto* b = new QToolButton(this);
    b->setObjectName(QLatin1String(objectName));
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

void ThreadHeader::showLead(const Shown& shown)
{
    m_title->setText(shown.title);
    m_title->setToolTip(plainTextToolTip(shown.title));
    QStringList details;
    if (!shown.number.isEmpty())
        details << shown.number;
    if (!shown.place.isEmpty())
        details << shown.place;
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_details->setVisible(!details.isEmpty());
    m_status->setText(shown.status);
    m_assignee->setText(shown.assignee.isEmpty() ? tr("Nobody has it yet")
                                                 : tr("Assigned to %1").arg(shown.assignee));
    m_assignMe->setEnabled(shown.canAssignToMe && !shown.assignedToMe);
    m_assignMe->setToolTip(
        shown.canAssignToMe
            ? tr("%1 (%2)").arg(m_assignMe->text(), m_assignMe->shortcut().toString(QKeySequence::NativeText))
            : tr("Set who sits at this desk in Settings, This computer, to assign "
                 "conversations to yourself."));
    m_callBack->setEnabled(shown.canCall);
    m_markUnread->setEnabled(!shown.unread);
    setEnabled(true);
}

void ThreadHeader::clear()
{
    m_title->clear();
    m_details->clear();
    m_status->clear();
    m_assignee->clear();
    for (QAction* a : {m_assignMe, m_callBack, m_markUnread})
        a->setEnabled(false);
}

} // namespace ringback::ui
