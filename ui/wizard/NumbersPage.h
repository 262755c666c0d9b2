#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace ringback::ui {

class SetupWizard;

// The business numbers to watch, picked from the account's numbers (checkboxes). Listing is
// asynchronous; if it fails the page says why, and Next still works: with no number chosen
// Ringback watches every number of the account that can text.
class NumbersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NumbersPage(SetupWizard& wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void showNumbers();
    void clearBoxes();
    // The account's approved WhatsApp templates (Content API), under the WhatsApp sender field.
    void listWhatsAppTemplates();

    SetupWizard& m_wizard;
    QLabel* m_status;
    QVBoxLayout* m_list;
    QList<QCheckBox*> m_boxes;
    QLineEdit* m_whatsAppSender;
    QLabel* m_whatsAppStatus;
    int m_attempt = 0;
};

} // namespace ringback::ui
