#pragma once

#include <QWizardPage>

class QLabel;

namespace ringback::ui {

class SetupWizard;

// The text a caller gets after a missed call during opening hours, rendered with the business
// name by the same TemplateRenderer the automation uses, with its SMS segment count.
class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(SetupWizard& wizard);

    void initializePage() override;

private:
    SetupWizard& m_wizard;
    QLabel* m_bubble;
    QLabel* m_count;
};

} // namespace ringback::ui
