#include "Composer.h"

#include "SendLaterDialog.h"
#include "ThreadModel.h"
#include "common/Clock.h"
#include "common/KeyboardHelp.h"
#include "common/MenuButton.h"
#include "common/OutsideText.h"
#include "templates/SmsSegmentCounter.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
QLabel* wrappedLabel(const QString& name, QWidget* parent)
{
    auto* label = plainLabel(new QLabel(parent)); // send errors carry the provider's words
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

Composer::Composer(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_warning(wrappedLabel(QStringLiteral("composerWarning"), this))
    , m_blocked(wrappedLabel(QStringLiteral("composerBlocked"), this))
    , m_error(wrappedLabel(QStringLiteral("composerError"), this))
    , m_replies(new MenuButton(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_later(new MenuButton(this))
    , m_laterOpening(nullptr)
    , m_laterHour(nullptr)
    , m_laterPick(nullptr)
    , m_quiet(new QFrame(this))
    , m_quietText(new QLabel(m_quiet))
    , m_quietSend(new QPushButton(m_quiet))
    , m_channel(new QComboBox(this))
    , m_window(new QLabel(this))
    , m_template(new QComboBox(this))
{
    describeKeys();
    setObjectName(QStringLiteral("composer"));
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_edit->setTabChangesFocus(true);
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    m_edit->setMinimumHeight(lineHeight * 3 + 12);
    m_edit->setMaximumHeight(lineHeight * 7 + 12);
    m_edit->installEventFilter(this);

    m_count->setObjectName(QStringLiteral("composerCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(false);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_replies->setObjectName(QStringLiteral("savedReplies"));
    m_replies->setText(tr("Saved replies"));
    m_replies->setAccessibleName(tr("Saved replies"));
    m_replies->setMenu(new QMenu(m_replies));

    // Send later: a menu of moments beside Send.
    m_later->setObjectName(QStringLiteral("composerSendLater"));
    m_later->setText(tr("Send later"));
    m_later->setAccessibleName(tr("Send later"));
    m_later->setToolTip(tr("Send this reply at a later time"));
    auto* laterMenu = new QMenu(m_later);
    laterMenu->setObjectName(QStringLiteral("sendLaterMenu"));
    m_laterOpening = laterMenu->addAction(QString());
    m_laterOpening->setObjectName(QStringLiteral("sendLaterOpening"));
    m_laterHour = laterMenu->addAction(tr("In 1 hour"));
    m_laterHour->setObjectName(QStringLiteral("sendLaterHour"));
    m_laterPick = laterMenu->addAction(tr("Pick a date and time…"));
    m_laterPick->setObjectName(QStringLiteral("sendLaterPick"));
    m_later->setMenu(laterMenu);
    connect(laterMenu, &QMenu::aboutToShow, this, &Composer::updateLaterChoices);
    connect(m_laterOpening, &QAction::triggered, this, [this] { requestSchedule(m_openingAt); });
    connect(m_laterHour, &QAction::triggered, this, [this] { requestSchedule(now().addSecs(3600)); });
    connect(m_laterPick, &QAction::triggered, this, &Composer::pickMoment);
    updateLaterChoices();

    // Typed during the recipient's quiet hours: their morning, one click away; never forced.
    m_quiet->setObjectName(QStringLiteral("quietHint"));
    m_quiet->setFrameShape(QFrame::StyledPanel);
    m_quietText->setObjectName(QStringLiteral("quietHintText"));
    m_quietText->setWordWrap(true);
    m_quietSend->setObjectName(QStringLiteral("quietHintSend"));
    {
        auto* row = new QHBoxLayout(m_quiet);
        row->setContentsMargins(8, 4, 4, 4);
        row->addWidget(m_quietText, 1);
        row->addWidget(m_quietSend);
    }
    connect(m_quietSend, &QPushButton::clicked, this, [this] { requestSchedule(m_quietAt); });
    m_quiet->hide();

    m_blocked->setFrameShape(QFrame::StyledPanel);
    m_blocked->setMargin(8);
    // The palette has no warning colour: a dark red (amber for the count warning) on light themes,
    // a light one on dark themes.
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const QString warn = dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#b71c1c");
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(warn));
    m_warning->setStyleSheet(
        QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#ffcc80") : QStringLiteral("#8a5300")));

    m_channel->setObjectName(QStringLiteral("composerChannel"));
    m_channel->setAccessibleName(tr("Send by"));
    m_channel->addItem(tr("SMS"), int(MessageChannel::Sms));
    //: The channel (the product's name)
    m_channel->addItem(tr("WhatsApp"), int(MessageChannel::WhatsApp));
    m_channel->setToolTip(tr("Send by SMS or WhatsApp (the channel they last wrote on comes first)"));
    m_window->setObjectName(QStringLiteral("composerWindow"));
    m_window->setForegroundRole(QPalette::PlaceholderText);
    m_template->setObjectName(QStringLiteral("composerTemplate"));
    m_template->setAccessibleName(tr("Approved template"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(16);

    auto* channelRow = new QHBoxLayout;
    channelRow->setContentsMargins(0, 0, 0, 0);
    channelRow->addWidget(m_channel);
    channelRow->addWidget(m_window, 1);
    channelRow->addWidget(m_template, 1);

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_replies);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_later);
    bottom->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_blocked);
    layout->addWidget(m_quiet);
    layout->addLayout(channelRow);
    layout->addWidget(m_edit);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_error->hide();
        updateCount();
        updateEnabled();
    });
    connect(m_send, &QPushButton::clicked, this, &Composer::requestSend);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        updateChannelControls();
        emit channelChanged(channel());
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] { updateChannelControls(); });
    updateCount();
    updateEnabled();
    setSavedReplies({});
    updateChannelControls();
}

void Composer::setWhatsAppAvailable(bool available)
{
    m_whatsAppAvailable = available;
    if (!available)
        setChannel(MessageChannel::Sms);
    updateChannelControls();
}

void Composer::setChannel(MessageChannel channel)
{
    const int index = m_channel->findData(int(channel));
    if (index >= 0 && index != m_channel->currentIndex())
        m_channel->setCurrentIndex(index);
    updateChannelControls();
}

MessageChannel Composer::channel() const
{
    return m_whatsAppAvailable ? MessageChannel(m_channel->currentData().toInt()) : MessageChannel::Sms;
}

void Composer::setWhatsAppWindow(const QString& indicator, bool open)
{
    m_window->setText(indicator);
    m_windowOpen = open;
    updateChannelControls();
}

bool Composer::templateOnly() const
{
    return channel() == MessageChannel::WhatsApp && !m_windowOpen;
}

void Composer::setTemplates(const QStringList& names, const QStringList& filledTexts)
{
    const QString chosen = m_template->currentIndex() > 0 ? m_template->currentText() : QString();
    const QSignalBlocker quiet(m_template);
    m_template->clear();
    m_template->addItem(names.isEmpty() ? tr("No approved WhatsApp templates") : tr("Choose a template…"));
    for (const QString& name : names)
        m_template->addItem(name);
    m_filledTexts = filledTexts;
    const int again = chosen.isEmpty() ? -1 : m_template->findText(chosen);
    m_template->setCurrentIndex(again > 0 ? again : 0);
    updateChannelControls();
}

int Composer::templateIndex() const
{
    const int index = m_template->currentIndex() - 1;
    return templateOnly() && index >= 0 && index < m_filledTexts.size() ? index : -1;
}

void Composer::updateChannelControls()
{
    const bool whatsApp = channel() == MessageChannel::WhatsApp;
    m_channel->setVisible(m_whatsAppAvailable);
    m_window->setVisible(whatsApp && !m_window->text().isEmpty());
    m_template->setVisible(templateOnly());
    if (templateOnly()) {
        // The editor shows what the template will say; what was typed comes back with free text.
        if (!m_showingTemplate)
            m_typed = text();
        m_showingTemplate = true;
        const int index = templateIndex();
        const QSignalBlocker quiet(m_edit);
        m_edit->setPlainText(index >= 0 ? m_filledTexts.at(index) : QString());
        m_edit->setReadOnly(true);
    } else if (m_showingTemplate) {
        m_showingTemplate = false;
        const QSignalBlocker quiet(m_edit);
        m_edit->setPlainText(m_typed);
        m_edit->setReadOnly(!m_blockedReason.isEmpty());
    }
    updateCount();
    updateEnabled();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString& text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    if (templateOnly()) // sent: the next template is chosen afresh
        m_template->setCurrentIndex(0);
    m_edit->clear();
}

void Composer::setSavedReplies(const QStringList& replies)
{
    QMenu* menu = m_replies->menu();
    menu->clear();
    for (const QString& reply : replies) {
        if (reply.trimmed().isEmpty())
            continue;
        QString title = reply.simplified();
        if (title.size() > 60)
            title = title.left(57) + QStringLiteral("…");
        QAction* action = menu->addAction(title);
        action->setToolTip(plainTextToolTip(reply));
        connect(action, &QAction::triggered, this, [this, reply] {
            m_edit->insertPlainText(reply);
            m_edit->setFocus();
        });
    }
    m_replies->setEnabled(!menu->isEmpty() && m_blockedReason.isEmpty());
    m_replies->setToolTip(menu->isEmpty() ? tr("No saved replies yet: the owner adds them in Settings.")
                                          : tr("Insert a saved reply where the cursor is"));
}

void Composer::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    m_edit->setReadOnly(!reason.isEmpty() || templateOnly());
    m_edit->setEnabled(reason.isEmpty());
    m_replies->setEnabled(reason.isEmpty() && !m_replies->menu()->isEmpty());
    updateEnabled();
}

void Composer::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void Composer::updateCount()
{
    const QString body = text();
    const SmsCount count = SmsSegmentCounter::count(body);
    const int characters = int(body.toUcs4().size());
    const int parts = qMax(count.segments, characters > 0 ? 1 : 0);
    if (channel() == MessageChannel::WhatsApp) {
        // WhatsApp has no SMS parts nor a 70-character alphabet.
        //: Under the reply box on WhatsApp: "42 characters"
        m_count->setText(tr("%Ln character(s)", nullptr, characters));
        m_warning->hide();
        return;
    }
    //: Under the reply box: "42 characters · 1 SMS"
    m_count->setText(tr("%Ln character(s) · %1 SMS", nullptr, characters).arg(parts));
    if (count.encoding == SmsEncoding::Ucs2 && !count.nonGsmCharacters.isEmpty()) {
        m_warning->setText(tr("“%1” is not in the basic SMS alphabet, so each SMS holds only 70 characters "
                              "instead of 160.")
                               .arg(count.nonGsmCharacters.first().character));
        m_warning->show();
    } else {
        m_warning->hide();
    }
}

void Composer::updateEnabled()
{
    const bool ready = templateOnly() ? templateIndex() >= 0 : !text().trimmed().isEmpty();
    const bool canSend = m_blockedReason.isEmpty() && ready;
    m_send->setEnabled(canSend);
    m_later->setEnabled(canSend);
    m_quietSend->setEnabled(canSend);
}

QDateTime Composer::now() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QString Composer::whenText(const QDateTime& at, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime there = at.toTimeZone(zone);
    const qint64 days = now.toTimeZone(zone).date().daysTo(there.date());
    const QLocale locale;
    const QString time = locale.toString(there.time(), ThreadModel::shortTimeFormat());
    if (days == 0)
        return tr("Today at %1").arg(time);
    if (days == 1)
        return tr("Tomorrow at %1").arg(time);
    //: Send later, the business's next opening: "Mon at 8:00"
    return tr("%1 at %2").arg(locale.dayName(there.date().dayOfWeek(), QLocale::ShortFormat), time);
}

void Composer::updateLaterChoices()
{
    // The business's next opening: "Tomorrow at 8:00" late in the day, "Today at 13:00" during a
    // split shift's break; none when no opening hours are set.
    const QDateTime at = now();
    const std::optional<QDateTime> opening = m_hours.nextOpening(at);
    m_openingAt = opening ? *opening : QDateTime();
    m_laterOpening->setText(opening ? whenText(*opening, at, m_hours.timeZone())
                                    : tr("At opening time (no opening hours set)"));
    m_laterOpening->setEnabled(opening.has_value());
}

void Composer::requestSchedule(const QDateTime& at)
{
    if (!m_send->isEnabled() || !at.isValid())
        return;
    emit scheduleRequested(text(), at);
}

void Composer::pickMoment()
{
    const QDateTime at = now();
    QDateTime initial = m_openingAt.isValid() ? m_openingAt : at.addSecs(3600);
    auto* dialog = new SendLaterDialog(m_hours.timeZone(), initial, at, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { requestSchedule(dialog->moment()); });
    dialog->open();
}

void Composer::setQuietSuggestion(const QDateTime& at, const QString& sentence, const QString& buttonText)
{
    m_quietAt = sentence.isEmpty() ? QDateTime() : at;
    m_quietText->setText(sentence);
    m_quietSend->setText(buttonText);
    m_quiet->setVisible(!sentence.isEmpty());
}

void Composer::requestSend()
{
    if (!m_send->isEnabled())
        return;
    emit sendRequested(text());
}

void Composer::describeKeys()
{
    // Handled in eventFilter below.
    keyboard::describe(this, QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                       tr("Send the reply"));
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ringback::ui
