#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace ringback {
class CredentialChooser;
}

namespace ringback::ui {

class SetupWizard;

// Which phone provider, with its credentials and a "Test connection" that names the account or
// says exactly what is wrong. Asynchronous: the page never waits on the network. With Twilio,
// Next needs a successful test with the credentials as they are now; with Demo, Finish is offered
// at once (two clicks from the start).
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    ProviderPage(SetupWizard& wizard, CredentialChooser& credentials);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void kindChanged();
    void credentialsEdited();
    void testConnection();
    void verify(int attempt, const QString& sid, const QString& token);
    void showResult(const QString& text, bool good);
    // Once the account answers: each number's registration for texting US numbers.
    void checkReadiness(int attempt);

    SetupWizard& m_wizard;
    CredentialChooser& m_credentials;
    QRadioButton* m_twilio;
    QRadioButton* m_demo;
    QWidget* m_twilioFields;
    QLineEdit* m_sid;
    QLineEdit* m_token;
    QPushButton* m_test;
    QLabel* m_result;
    QLabel* m_readiness;
    QLabel* m_noKeychain;
    QCheckBox* m_fileConsent;
    bool m_tested = false;
    bool m_keychainMissing = false;
    int m_attempt = 0;  // answers to an older attempt are ignored
    QString m_savedSid; // set up before: its saved token may be kept (empty token field)
};

} // namespace ringback::ui
