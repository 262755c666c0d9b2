#pragma once

#include "templates/TemplateRole.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ringback {
class Database;
class KeyValueStore;
class Settings;
} // namespace ringback

namespace ringback::ui {

// Templates > Intake (DESIGN §11): whether Ringback asks the caller a few questions after their
// first reply, which ones (their wording is edited in Messages, with the same editor as every
// template), when it moves on after a silence, and the words that make a lead urgent. Every
// change is a shared setting, saved at once and followed by every desk and the worker.
class IntakePanel : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePanel(Database& db, QWidget* parent = nullptr);
    ~IntakePanel() override;

    QCheckBox* enabledBox() const { return m_enabled; }
    QCheckBox* questionBox(TemplateRole role) const;
    QSpinBox* silenceBox() const { return m_silence; }
    QPlainTextEdit* urgentWordsEdit() const { return m_urgentWords; }
    QPushButton* saveWordsButton() const { return m_saveWords; }
    QLabel* statusLabel() const { return m_status; }

    // The questions' wording changed (saved in Messages): shown again here.
    void reloadWording();

signals:
    // "Edit wording" for a question: the page shows it in Messages.
    void editWordingRequested(TemplateRole role);

private:
    void load();
    void saveQuestions();
    void saveWords();
    void updateEnabled();
    void showStatus(const QStringList& problems, const QString& done);

    Database& m_db;
    std::unique_ptr<KeyValueStore> m_kv;
    std::unique_ptr<Settings> m_settings;
    QCheckBox* m_enabled;
    QList<QCheckBox*> m_questions; // in intakeRoles() order
    QList<QLabel*> m_wording;
    QSpinBox* m_silence;
    QPlainTextEdit* m_urgentWords;
    QPushButton* m_saveWords;
    QPushButton* m_defaultWords;
    QLabel* m_status;
    bool m_loading = false;
};

} // namespace ringback::ui
