#pragma once

#include "templates/SmsSegmentCounter.h"
#include "templates/TemplateContext.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRole.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QToolButton;

namespace ringback::ui {

// Writes one message: the text with an "Insert placeholder" menu, what it will look like (with
// sample values or the business's real ones), how many texts it costs and in which encoding (the
// characters that force UCS-2 are highlighted, mistakes underlined), and the linter's hints.
// It decides nothing about storage: the page asks canSave() and body().
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget* parent = nullptr);

    // Replaces the text without counting as an edit.
    void setBody(const QString& body);
    QString body() const;
    void setRole(TemplateRole role);
    // Real values (Settings, the latest lead, the business hours); what is empty shows as missing.
    void setRealContext(const TemplateContext& context);

    // No placeholder or brace mistakes; otherwise blockingReason() says what to fix.
    bool canSave() const { return m_errors.isEmpty(); }
    QString blockingReason() const;

    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* counterLabel() const { return m_counter; }
    QLabel* encodingLabel() const { return m_encoding; }
    QLabel* previewLabel() const { return m_preview; }
    QListWidget* hintList() const { return m_hints; }
    QRadioButton* realDataButton() const { return m_real; }
    QToolButton* insertButton() const { return m_insert; }

signals:
    // The user changed the text (not setBody).
    void edited();
    // Anything the page shows may have changed (text, errors).
    void stateChanged();

private:
    void refresh();
    void showCount(const SmsCount& sent, const SmsCount& written);
    void showHints();
    void highlight(const SmsCount& written);
    TemplateContext previewContext() const;

    QPlainTextEdit* m_text;
    QToolButton* m_insert;
    QLabel* m_counter;
    QLabel* m_encoding;
    QRadioButton* m_sample;
    QRadioButton* m_real;
    QLabel* m_preview;
    QListWidget* m_hints;
    TemplateRole m_role = TemplateRole::BusinessHours;
    TemplateContext m_realContext;
    QList<TemplateError> m_errors;
    bool m_settingBody = false;
};

} // namespace ringback::ui
