#include "TemplateEditor.h"

#include "common/MenuButton.h"
#include "templates/TemplateLinter.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

struct PlaceholderHelp
{
    QString placeholder;
    QString meaning;
};

QList<PlaceholderHelp> placeholderHelp()
{
    return {
        {QStringLiteral("{business}"), TemplateEditor::tr("The business name")},
        {QStringLiteral("{first_name}"),
         TemplateEditor::tr("The caller's first name (left out when unknown)")},
        {QStringLiteral("{booking_link}"), TemplateEditor::tr("Your booking link")},
        {QStringLiteral("{next_open}"),
         TemplateEditor::tr("When you open next, e.g. \"tomorrow at 7:00 AM\"")},
        {QStringLiteral("{staff}"), TemplateEditor::tr("The name of the person replying")},
    };
}

// What the encoding means to the owner: how much one text holds (GSM-7 160, UCS-2 70).
QString roomPerText(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Gsm7 ? TemplateEditor::tr("160 per text")
                                         : TemplateEditor::tr("70 per text");
}

} // namespace

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_insert(new MenuButton(this))
    , m_counter(new QLabel(this))
    , m_encoding(new QLabel(this))
    , m_sample(new QRadioButton(tr("Sample values"), this))
    , m_real(new QRadioButton(tr("Your details"), this))
    , m_preview(new QLabel(this))
    , m_hints(new QListWidget(this))
{
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(130);

    m_insert->setText(tr("Insert placeholder"));
    auto* menu = new QMenu(m_insert);
    for (const PlaceholderHelp& help : placeholderHelp()) {
        QAction* action =
            menu->addAction(QStringLiteral("%1  \u2013  %2").arg(help.placeholder, help.meaning));
        action->setData(help.placeholder);
        connect(action, &QAction::triggered, this, [this, p = help.placeholder] {
            m_text->insertPlainText(p);
            m_text->setFocus();
        });
    }
    m_insert->setMenu(menu);

    m_counter->setObjectName(QStringLiteral("templateCounter"));
    m_encoding->setObjectName(QStringLiteral("templateEncoding"));
    m_encoding->setWordWrap(true);

    auto* previewMode = new QButtonGroup(this);
    previewMode->addButton(m_sample);
    previewMode->addButton(m_real);
    m_sample->setChecked(true);
    connect(m_sample, &QRadioButton::toggled, this, &TemplateEditor::refresh);

    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMargin(10);
    m_preview->setMinimumHeight(56);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A message bubble: what the customer's phone will show.
    m_preview->setStyleSheet(
        QStringLiteral("QLabel#templatePreview { background: #e9f2ff; border-radius: 10px; "
                       "color: #1d2733; }"));

    m_hints->setObjectName(QStringLiteral("templateHints"));
    m_hints->setSelectionMode(QAbstractItemView::NoSelection);
    m_hints->setFocusPolicy(Qt::NoFocus);
    m_hints->setWordWrap(true);
    m_hints->setMinimumHeight(70);
    m_hints->setMaximumHeight(160);

    auto* insertRow = new QHBoxLayout;
    insertRow->addWidget(m_insert);
    insertRow->addStretch();
    insertRow->addWidget(m_counter);

    auto* previewRow = new QHBoxLayout;
    auto* previewTitle = new QLabel(tr("<b>Preview</b>"), this);
    previewRow->addWidget(previewTitle);
    previewRow->addStretch();
    previewRow->addWidget(m_sample);
    previewRow->addWidget(m_real);

    auto* hintsTitle = new QLabel(tr("<b>Suggestions</b>"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(insertRow);
    layout->addWidget(m_text);
    layout->addWidget(m_encoding);
    layout->addSpacing(6);
    layout->addLayout(previewRow);
    layout->addWidget(m_preview);
    layout->addSpacing(6);
    layout->addWidget(hintsTitle);
    layout->addWidget(m_hints);
    layout->addStretch(1);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        if (!m_settingBody)
            emit edited();
    });
    refresh();
}

void TemplateEditor::setBody(const QString& body)
{
    m_settingBody = true;
    m_text->setPlainText(body);
    m_settingBody = false;
}

QString TemplateEditor::body() const
{
    return m_text->toPlainText();
}

void TemplateEditor::setRole(TemplateRole role)
{
    m_role = role;
    refresh();
}

void TemplateEditor::setRealContext(const TemplateContext& context)
{
    m_realContext = context;
    refresh();
}

QString TemplateEditor::blockingReason() const
{
    if (m_errors.isEmpty())
        return {};
    return tr("Can't save yet: %1").arg(m_errors.first().message());
}

TemplateContext TemplateEditor::previewContext() const
{
    return m_real->isChecked() ? m_realContext : TemplateLinter::sampleContext();
}

void TemplateEditor::refresh()
{
    const QString text = body();
    m_errors = TemplateRenderer::check(text);
    const QString rendered = TemplateRenderer::preview(text, previewContext());
    m_preview->setText(rendered.isEmpty() ? tr("(empty)") : rendered);
    const SmsCount written = SmsSegmentCounter::count(text);
    showCount(SmsSegmentCounter::count(rendered), written);
    highlight(written);
    showHints();
    emit stateChanged();
}

void TemplateEditor::showCount(const SmsCount& sent, const SmsCount& written)
{
    const QString texts = tr("%Ln text(s)", nullptr, sent.segments);
    m_counter->setText(
        tr("%1 characters \u00b7 %2 \u00b7 %3").arg(sent.units).arg(texts, roomPerText(sent.encoding)));
    m_counter->setToolTip(
        tr("Counted on the preview, with the values filled in. A text holds 160 characters (153 each "
           "when a message is split); \u20ac, {, }, [, ], ~, \\, | and ^ count as two. Emoji and some "
           "symbols make each text shorter: 70 characters (67 when split)."));
    if (written.nonGsmCharacters.isEmpty()) {
        m_encoding->setText(
            sent.encoding == SmsEncoding::Ucs2
                ? tr("A value filled in (such as the business name) has an emoji or a symbol that makes "
                     "each text shorter (70 characters).")
                : QString());
        m_encoding->setVisible(sent.encoding == SmsEncoding::Ucs2);
        return;
    }
    QStringList culprits;
    for (const NonGsmCharacter& c : written.nonGsmCharacters) {
        if (!culprits.contains(c.character))
            culprits << c.character;
    }
    m_encoding->setText(tr("Emoji and some symbols make each text shorter (70 characters instead of 160). "
                           "Here: %1 (highlighted above). Plain quotes and dashes, and no emoji, keep 160.")
                            .arg(culprits.join(QLatin1Char(' '))));
    m_encoding->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_encoding->setVisible(true);
}

void TemplateEditor::highlight(const SmsCount& written)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument* doc = m_text->document();
    for (const NonGsmCharacter& c : written.nonGsmCharacters) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(c.position);
        s.cursor.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(0xff, 0xd5, 0x80));
        s.format.setToolTip(tr("This character makes each text shorter (70 characters instead of 160)"));
        selections << s;
    }
    for (const TemplateError& e : m_errors) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(e.position);
        s.cursor.setPosition(e.position + qMax(1, e.length), QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(Qt::red);
        s.format.setToolTip(e.message());
        selections << s;
    }
    m_text->setExtraSelections(selections);
}

void TemplateEditor::showHints()
{
    m_hints->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const TemplateError& e : m_errors) {
        auto* item = new QListWidgetItem(error, e.message(), m_hints);
        item->setData(Qt::UserRole, QStringLiteral("error"));
    }
    LintOptions options;
    options.role = m_role;
    options.context = m_realContext;
    options.language = QLocale().language();
    for (const LintHint& hint : TemplateLinter::lint(body(), options)) {
        const bool costly = hint.kind == LintHint::Kind::TooLong || hint.kind == LintHint::Kind::ForcesUcs2;
        auto* item = new QListWidgetItem(costly ? warning : info, hint.message, m_hints);
        item->setData(Qt::UserRole, costly ? QStringLiteral("warning") : QStringLiteral("hint"));
    }
    if (m_hints->count() == 0) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No suggestions: this message reads well."), m_hints);
        item->setData(Qt::UserRole, QStringLiteral("ok"));
    }
}

} // namespace ringback::ui
