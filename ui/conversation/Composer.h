#pragma once

#include "domain/Message.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ringback::ui {

// Where staff type a reply: several lines, Ctrl+Enter or Send to send, a live count of
// characters and SMS parts (warning when one character makes every part shorter), and saved
// replies to insert. When the caller cannot be texted it says why instead, keeping any typed text.
// With a WhatsApp sender set up it offers the channel (SMS or WhatsApp, the one the customer last
// wrote on first) and shows WhatsApp's 24-hour window; once the window has closed, only an approved
// template can be chosen, and its filled text is shown instead of the editor's.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void clear();

    void setSavedReplies(const QStringList& replies);
    // Empty: texting is allowed. Otherwise the sentence shown instead of the send controls.
    void setBlockedReason(const QString& reason);
    QString blockedReason() const { return m_blockedReason; }
    // A send failed: the sentence stays until the text changes; the text is kept.
    void showError(const QString& sentence);

    QPlainTextEdit* editor() const { return m_edit; }
    QPushButton* sendButton() const { return m_send; }
    QToolButton* savedRepliesButton() const { return m_replies; }
    QLabel* countLabel() const { return m_count; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* blockedLabel() const { return m_blocked; }
    QLabel* errorLabel() const { return m_error; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* templateBox() const { return m_template; }
    QLabel* windowLabel() const { return m_window; }

    // WhatsApp offered at all (a sender is set up). Off: SMS only, the channel switch hidden.
    void setWhatsAppAvailable(bool available);
    void setChannel(MessageChannel channel);
    MessageChannel channel() const;
    // The window's indicator ("WhatsApp window: 3 h left") and whether free text is allowed.
    void setWhatsAppWindow(const QString& indicator, bool open);
    bool templateOnly() const;
    // The approved templates by name, and the text each would send to this lead (same order).
    void setTemplates(const QStringList& names, const QStringList& filledTexts);
    // The template chosen (index into setTemplates' lists); -1: none.
    int templateIndex() const;

signals:
    void sendRequested(const QString& text);
    void channelChanged(ringback::MessageChannel channel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void describeKeys(); // for Help > Keyboard shortcuts

private:
    void updateCount();
    void updateEnabled();
    void requestSend();
    void updateChannelControls();

    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QLabel* m_warning;
    QLabel* m_blocked;
    QLabel* m_error;
    QToolButton* m_replies;
    QPushButton* m_send;
    QComboBox* m_channel;
    QLabel* m_window;
    QComboBox* m_template;
    QString m_blockedReason;
    bool m_whatsAppAvailable = false;
    bool m_windowOpen = false;
    QStringList m_filledTexts;
    QString m_typed; // what was typed before a template took the editor
    bool m_showingTemplate = false;
};

} // namespace ringback::ui
