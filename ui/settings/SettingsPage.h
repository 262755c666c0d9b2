#pragma once

#include "providers/VoipProvider.h"
#include "settings/Settings.h"

#include <QProcessEnvironment>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace ringback {
class CredentialChooser;
} // namespace ringback

namespace ringback::ui {

// The Settings section: the business's rules, shared by every desk (stored in the database), and
// this computer's preferences (QSettings), in separate groups so nobody wonders who else a change
// affects. Edits are checked and saved together with "Save changes"; problems are said in words.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Settings& settings, CredentialChooser& credentials, const QString& databaseName,
                 QWidget* parent = nullptr,
                 QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Reads every value again (after the setup wizard, or to discard edits).
    void reload();
    // The account's approved WhatsApp templates, as the worker last listed them: named under
    // "WhatsApp templates" and offered for the text-back.
    void setWhatsAppTemplates(const QList<WhatsAppTemplate>& templates);
    // A setting changed (here, on this desk or another): its field shows the new value, unless
    // it holds an edit of its own not saved yet (Save writes that, or Discard drops it).
    void follow(SettingKey key);
    // What stops saving, in sentences (the settings' rules, SettingRules); empty when the form
    // can be saved.
    QStringList problems() const;
    // Writes every value at once (Settings::setValues): all or nothing.
    bool save();
    // A group of this computer's own options that applies at once (e.g. start at sign-in),
    // placed under "This computer".
    void addComputerOptions(QWidget* group);
    // A group about every desk (who is texting), placed first, under the title.
    void addStatusGroup(QWidget* group);
    // The provider numbers' registration for texting US numbers (TextingReadiness::lines), or a
    // sentence saying it is being checked; `warn`: some texts are blocked or the check failed.
    void showReadiness(const QString& text, bool warn);
    // The account's messaging services (id, name) to choose from, as the readiness check read them.
    void setMessagingServices(const QList<QPair<QString, QString>>& services);

signals:
    void runSetupRequested();
    // "Check again" next to the texting registration.
    void readinessCheckRequested();
    // "Share with other desks…": the session opens the shared-database dialog.
    void sharedDatabaseRequested();
    void saved();

private:
    QWidget* businessGroup();
    QWidget* rulesGroup();
    QWidget* waitingGroup();
    QWidget* providerGroup();
    QWidget* computerGroup();
    QWidget* dataGroup(const QString& databaseName);
    void showTokenPlace();
    void rebuildNumbers();
    QStringList chosenNumbers() const;
    QStringList countryCodes() const;
    QStringList staffNames() const;
    // The owner's mobile as typed, in E.164 when it reads as a number (else as typed: the rules
    // then say why it cannot be saved).
    QString ownerMobile() const;
    QString typedNumber(const QLineEdit* field) const; // E.164 when it parses, else as typed
    void showWhatsAppTemplates();
    // The text-back's choices (SMS, then each approved template), `chosen` (a Content SID) selected.
    void fillTextBackChannel(const QString& chosen);
    // Every value the form holds, as typed (SettingRules::check says whether it can be saved).
    QList<Settings::Change> changes() const;
    // What the form holds for a key, in the setting's own form (invalid: not on this page).
    QVariant formValue(SettingKey key) const;
    void showValue(SettingKey key);
    void showProvider();
    void fillDeskStaff(const QStringList& names);

    Settings& m_settings;
    CredentialChooser& m_credentials;
    QProcessEnvironment m_environment;

    QLineEdit* m_businessName = nullptr;
    QVBoxLayout* m_numbersList = nullptr;
    QList<QCheckBox*> m_numberBoxes;
    QLabel* m_noNumbers = nullptr;
    QLineEdit* m_staff = nullptr;
    QSpinBox* m_pollInterval = nullptr;
    QSpinBox* m_graceDelay = nullptr;
    QSpinBox* m_liveRequests = nullptr;
    QSpinBox* m_cooldown = nullptr;
    QSpinBox* m_staleCutoff = nullptr;
    QSpinBox* m_shortCall = nullptr;
    QLineEdit* m_countries = nullptr;
    QSpinBox* m_hourlyCap = nullptr;
    QCheckBox* m_followUp = nullptr;
    QSpinBox* m_followUpDelay = nullptr;
    QSpinBox* m_replyReminder = nullptr;
    QLineEdit* m_ownerMobile = nullptr;
    QLineEdit* m_whatsAppSender = nullptr;
    QLabel* m_whatsAppTemplates = nullptr;
    std::optional<QList<WhatsAppTemplate>> m_templates; // nothing listed yet
    QComboBox* m_textBackChannel = nullptr;             // SMS, or WhatsApp with an approved template
    QLabel* m_provider = nullptr;
    QLabel* m_tokenPlace = nullptr;
    QLabel* m_readiness = nullptr;
    QComboBox* m_messagingService = nullptr;
    QCheckBox* m_lineTypeLookup = nullptr;
    QComboBox* m_deskStaff = nullptr;
    QCheckBox* m_notifications = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_computerGroup = nullptr;
    QVBoxLayout* m_column = nullptr;
    QHash<SettingKey, QVariant> m_shown; // what each field showed when last filled from the settings
};

} // namespace ringback::ui
