#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ringback::ui {

// Where staff type a reply: several lines, Ctrl+Enter or Send to send, a live count of
// characters and SMS parts (warning when one character makes every part shorter), and saved
// replies to insert. When the caller cannot be texted it says why instead, keeping any typed text.
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

signals:
    void sendRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void describeKeys(); // for Help > Keyboard shortcuts

private:
    void updateCount();
    void updateEnabled();
    void requestSend();

    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QLabel* m_warning;
    QLabel* m_blocked;
    QLabel* m_error;
    QToolButton* m_replies;
    QPushButton* m_send;
    QString m_blockedReason;
};

} // namespace ringback::ui
