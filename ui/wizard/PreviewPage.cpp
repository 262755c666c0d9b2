#include "PreviewPage.h"

#include "SetupWizard.h"
#include "common/OutsideText.h"
#include "templates/SmsSegmentCounter.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ringback::ui {

PreviewPage::PreviewPage(SetupWizard& wizard)
    : m_wizard(wizard)
    , m_bubble(new QLabel(this))
    , m_count(new QLabel(this))
{
    setTitle(tr("The text your callers get"));
    setSubTitle(tr("When nobody answers during opening hours, the caller gets this within seconds. You can "
                   "change the wording later."));
    m_bubble->setObjectName(QStringLiteral("previewText"));
    plainLabel(m_bubble);
    m_bubble->setWordWrap(true);
    m_bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bubble->setMaximumWidth(380);
    m_bubble->setStyleSheet(QStringLiteral("background: #e7f0fe; color: #1b1b1f; border-radius: 14px; "
                                           "padding: 12px 14px;"));
    m_count->setObjectName(QStringLiteral("previewCount"));
    m_count->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_bubble);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_count);
    layout->addStretch(1);
}

void PreviewPage::initializePage()
{
    auto stored = TemplateStore(m_wizard.database()).forRole(TemplateRole::BusinessHours);
    const QString body = stored ? stored.value().body : TemplateDefaults::body(TemplateRole::BusinessHours);
    TemplateContext context;
    context.business = m_wizard.choices().businessName;
    const QString text = TemplateRenderer::preview(body, context);
    m_bubble->setText(text);
    const SmsCount count = SmsSegmentCounter::count(text);
    m_count->setText(count.segments <= 1
                         ? tr("%1 characters: it fits in one text message.").arg(text.size())
                         : tr("%1 characters: it is sent as %2 text messages, and each one is billed. A "
                              "shorter business name or message would fit in one.")
                               .arg(text.size())
                               .arg(count.segments));
}

} // namespace ringback::ui
