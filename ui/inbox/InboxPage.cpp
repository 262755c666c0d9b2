#include "InboxPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ringback::ui {

InboxPage::InboxPage(QWidget* parent)
    : QWidget(parent)
    , m_emptyTitle(new QLabel(tr("No conversations yet"), this))
    , m_emptyHint(
          new QLabel(tr("When someone calls and nobody picks up, Ringback texts them back. Their replies "
                        "appear here, one conversation per caller."),
                     this))
{
    setObjectName(QStringLiteral("inboxPage"));
    m_emptyTitle->setObjectName(QStringLiteral("inboxEmptyTitle"));
    m_emptyHint->setObjectName(QStringLiteral("inboxEmptyHint"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setFixedWidth(440);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    // A word-wrapped label given an alignment in a box layout loses its height-for-width, so the
    // hint is centred by stretches instead.
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch();
    hintRow->addWidget(m_emptyHint);
    hintRow->addStretch();
    layout->addLayout(hintRow);
    layout->addStretch(3);
}

} // namespace ringback::ui
