#include "IntakePanel.h"

#include "common/OutsideText.h"
#include "intake/IntakeQuestions.h"
#include "intake/UrgentWords.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateStore.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {

QString questionTitle(IntakeQuestion q)
{
    switch (q) {
    case IntakeQuestion::Need:
        return IntakePanel::tr("What they need");
    case IntakeQuestion::Address:
        return IntakePanel::tr("The address of the job");
    case IntakeQuestion::When:
        return IntakePanel::tr("When to come");
    case IntakeQuestion::Photo:
        return IntakePanel::tr("A photo");
    }
    return {};
}

} // namespace

IntakePanel::IntakePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_kv(std::make_unique<KeyValueStore>(db, KeyValueStore::Table::Settings))
    , m_settings(std::make_unique<Settings>(m_kv.get(), nullptr))
    , m_enabled(new QCheckBox(tr("Ask callers a few questions after their first reply"), this))
    , m_silence(new QSpinBox(this))
    , m_urgentWords(new QPlainTextEdit(this))
    , m_saveWords(new QPushButton(tr("Save words"), this))
    , m_defaultWords(new QPushButton(tr("Restore default words"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("intakePanel"));
    m_enabled->setObjectName(QStringLiteral("intakeEnabled"));
    auto* explain = new QLabel(
        tr("After the caller answers the missed-call text, Ringback asks these one at a time, each only "
           "once the previous one is answered, and only what the lead card does not know yet. It stops "
           "as soon as someone at the office replies or takes the lead, when the job is urgent, or when "
           "the caller opts out. Questions are never sent during the caller's night."),
        this);
    explain->setWordWrap(true);

    auto* questions = new QGroupBox(tr("Questions, in the order they are asked"), this);
    auto* grid = new QGridLayout(questions);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (IntakeQuestion q : allIntakeQuestions()) {
        auto* box = new QCheckBox(questionTitle(q), questions);
        box->setObjectName(QStringLiteral("intakeQuestion_%1").arg(toText(q)));
        auto* wording = new QLabel(questions);
        plainLabel(wording);
        wording->setWordWrap(true);
        wording->setForegroundRole(QPalette::PlaceholderText);
        auto* edit = new QPushButton(tr("Edit wording\u2026"), questions);
        edit->setObjectName(QStringLiteral("intakeEditWording_%1").arg(toText(q)));
        grid->addWidget(box, row, 0);
        grid->addWidget(wording, row, 1);
        grid->addWidget(edit, row, 2);
        ++row;
        m_questions << box;
        m_wording << wording;
        connect(box, &QCheckBox::toggled, this, &IntakePanel::saveQuestions);
        connect(edit, &QPushButton::clicked, this,
                [this, q] { emit editWordingRequested(templateRoleOf(q)); });
    }
    m_silence->setObjectName(QStringLiteral("intakeSilenceMinutes"));
    m_silence->setRange(0, 24 * 60);
    m_silence->setSingleStep(5);
    m_silence->setSpecialValueText(tr("Never"));
    m_silence->setSuffix(tr(" min"));
    auto* silenceLabel =
        new QLabel(tr("If a question gets no answer, ask the next one after (once):"), questions);
    silenceLabel->setBuddy(m_silence);
    auto* silenceRow = new QHBoxLayout;
    silenceRow->addWidget(silenceLabel);
    silenceRow->addWidget(m_silence);
    silenceRow->addStretch(1);
    grid->addLayout(silenceRow, row, 0, 1, 3);

    auto* urgent = new QGroupBox(tr("Urgent words"), this);
    auto* urgentLayout = new QVBoxLayout(urgent);
    auto* urgentExplain = new QLabel(
        tr("A text with one of these words marks the lead Urgent: it goes first in Needs reply, every "
           "desk is notified at once, and the owner's mobile gets a text when one is set. One word "
           "or phrase per line; end a word with * to accept any ending (leak* also finds "
           "\"leaking\")."),
        urgent);
    urgentExplain->setWordWrap(true);
    m_urgentWords->setObjectName(QStringLiteral("urgentWords"));
    m_urgentWords->setTabChangesFocus(true);
    m_urgentWords->setMinimumHeight(90);
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    plainLabel(m_status);
    m_status->setWordWrap(true);
    auto* wordButtons = new QHBoxLayout;
    wordButtons->addWidget(m_defaultWords);
    wordButtons->addWidget(m_status, 1);
    wordButtons->addWidget(m_saveWords);
    urgentLayout->addWidget(urgentExplain);
    urgentLayout->addWidget(m_urgentWords, 1);
    urgentLayout->addLayout(wordButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(explain);
    layout->addWidget(questions);
    layout->addWidget(urgent, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        if (!m_settings->setValue(SettingKey::IntakeEnabled, on))
            showStatus({tr("The setting could not be saved. Check the database in Settings.")}, QString());
        updateEnabled();
    });
    connect(m_silence, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (!m_loading)
            m_settings->setValue(SettingKey::IntakeSilenceMinutes, minutes);
    });
    connect(m_saveWords, &QPushButton::clicked, this, &IntakePanel::saveWords);
    connect(m_defaultWords, &QPushButton::clicked, this, [this] {
        m_urgentWords->setPlainText(UrgentWords::defaults().join(QLatin1Char('\n')));
        saveWords();
    });
    connect(m_urgentWords, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_status->setText(tr("Not saved yet."));
    });

    m_settings->followChanges();
    connect(m_settings.get(), &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::IntakeEnabled || key == SettingKey::IntakeQuestions ||
            key == SettingKey::IntakeSilenceMinutes ||
            (key == SettingKey::UrgentWords && m_status->text() != tr("Not saved yet.")))
            load();
    });
    load();
}

IntakePanel::~IntakePanel() = default;

QCheckBox* IntakePanel::questionBox(TemplateRole role) const
{
    const qsizetype i = intakeRoles().indexOf(role);
    return i >= 0 ? m_questions.value(i) : nullptr;
}

void IntakePanel::load()
{
    m_loading = true;
    m_enabled->setChecked(m_settings->boolValue(SettingKey::IntakeEnabled));
    const QList<IntakeQuestion> asked =
        intakeQuestionsFrom(m_settings->listValue(SettingKey::IntakeQuestions));
    const QList<IntakeQuestion> all = allIntakeQuestions();
    for (int i = 0; i < all.size(); ++i)
        m_questions.at(i)->setChecked(asked.contains(all.at(i)));
    m_silence->setValue(m_settings->intValue(SettingKey::IntakeSilenceMinutes));
    m_urgentWords->setPlainText(m_settings->listValue(SettingKey::UrgentWords).join(QLatin1Char('\n')));
    m_loading = false;
    reloadWording();
    updateEnabled();
}

void IntakePanel::reloadWording()
{
    TemplateStore store(m_db);
    const QList<IntakeQuestion> all = allIntakeQuestions();
    for (int i = 0; i < all.size(); ++i) {
        const TemplateRole role = templateRoleOf(all.at(i));
        auto stored = store.forRole(role);
        m_wording.at(i)->setText(tr("\u201c%1\u201d", "a question's wording as the caller reads it, quoted")
                                     .arg(stored ? stored->body : TemplateDefaults::body(role)));
    }
}

void IntakePanel::saveQuestions()
{
    if (m_loading)
        return;
    QStringList names;
    const QList<IntakeQuestion> all = allIntakeQuestions();
    for (int i = 0; i < all.size(); ++i) {
        if (m_questions.at(i)->isChecked())
            names << toText(all.at(i));
    }
    if (!m_settings->setValue(SettingKey::IntakeQuestions, names))
        showStatus({tr("The questions could not be saved. Check the database in Settings.")}, QString());
    updateEnabled();
}

void IntakePanel::saveWords()
{
    QStringList words;
    for (const QString& line : m_urgentWords->toPlainText().split(QLatin1Char('\n'))) {
        const QString w = line.simplified();
        if (!w.isEmpty() && !words.contains(w, Qt::CaseInsensitive))
            words << w;
    }
    const auto saved = m_settings->setValues({{SettingKey::UrgentWords, words}});
    if (!saved) {
        showStatus(saved.error(), QString());
        return;
    }
    showStatus({}, tr("Saved. %n urgent word(s).", nullptr, int(words.size())));
}

void IntakePanel::updateEnabled()
{
    bool any = false;
    for (QCheckBox* box : std::as_const(m_questions))
        any = any || box->isChecked();
    for (QCheckBox* box : std::as_const(m_questions))
        box->setEnabled(m_enabled->isChecked());
    m_silence->setEnabled(m_enabled->isChecked() && any);
    if (m_enabled->isChecked() && !any)
        m_status->setText(tr("Intake is on but no question is ticked: nothing will be asked."));
}

void IntakePanel::showStatus(const QStringList& problems, const QString& done)
{
    m_status->setText(problems.isEmpty() ? done : problems.join(QLatin1Char(' ')));
}

} // namespace ringback::ui
