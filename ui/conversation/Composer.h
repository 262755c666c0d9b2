#pragma once

#include "domain/Message.h"
#include "hours/BusinessHours.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QAction;
class QFrame;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ringback {
class Clock;
}

namespace ringback::ui {

// Where staff type a reply: several lines, Ctrl+Enter or Send to send, a live count of
// characters and SMS parts (warning when one character makes every part shorter), and saved
// replies to insert. When the caller cannot be texted it says why instead, keeping any typed text.
// Send later (beside Send) offers the business's next opening ("Tomorrow at 8:00"), an hour from
// now, or a moment picked in the business's zone; a hint offers the recipient's morning when a
// reply is typed during their quiet hours (the view decides when; the composer only shows it).
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
    // What Send later offers: the clock that says "now" and the hours that say when the business
    // next opens (and in which zone a picked time is read).
    void setClock(const Clock* clock) { m_clock = clock; }
    void setBusinessHours(const BusinessHours& hours) { m_hours = hours; }
    // A hint above the reply: `sentence` with a button (`buttonText`) that schedules the reply for
    // `at`. An empty sentence hides it.
    void setQuietSuggestion(const QDateTime& at, const QString& sentence, const QString& buttonText);
    QDateTime quietSuggestion() const { return m_quietAt; }
    // Empty: texting is allowed. Otherwise the sentence shown instead of the send controls.
    void setBlockedReason(const QString& reason);
    QString blockedReason() const { return m_blockedReason; }
    // A send failed: the sentence stays until the text changes; the text is kept.
    void showError(const QString& sentence);

    QPlainTextEdit* editor() const { return m_edit; }
    QPushButton* sendButton() const { return m_send; }
    QToolButton* sendLaterButton() const { return m_later; }
    QAction* sendAtOpeningAction() const { return m_laterOpening; }
    QAction* sendInAnHourAction() const { return m_laterHour; }
    QAction* sendAtPickedTimeAction() const { return m_laterPick; }
    QFrame* quietHint() const { return m_quiet; }
    QLabel* quietHintLabel() const { return m_quietText; }
    QPushButton* quietHintButton() const { return m_quietSend; }
    // "Today at 13:00", "Tomorrow at 8:00", "Mon at 8:00": `at` as seen from `now` in `zone`.
    static QString whenText(const QDateTime& at, const QDateTime& now, const QTimeZone& zone);
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
    // Send later: the text, to go at `at` (an instant).
    void scheduleRequested(const QString& text, const QDateTime& at);
    void channelChanged(ringback::MessageChannel channel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void describeKeys(); // for Help > Keyboard shortcuts

private:
    void updateCount();
    void updateEnabled();
    void requestSend();
    void requestSchedule(const QDateTime& at);
    void updateLaterChoices();
    void pickMoment();
    QDateTime now() const;
    void updateChannelControls();

    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QLabel* m_warning;
    QLabel* m_blocked;
    QLabel* m_error;
    QToolButton* m_replies;
    QPushButton* m_send;
    QToolButton* m_later;
    QAction* m_laterOpening;
    QAction* m_laterHour;
    QAction* m_laterPick;
    QFrame* m_quiet;
    QLabel* m_quietText;
    QPushButton* m_quietSend;
    QDateTime m_quietAt;
    QDateTime m_openingAt; // what "Tomorrow at 8:00" schedules, as last shown
    const Clock* m_clock = nullptr;
    BusinessHours m_hours;
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
