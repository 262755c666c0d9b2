#include "AutomationStatusView.h"

#include "WhoIsTextingLabel.h"
#include "common/Clock.h"
#include "common/ElidedLabel.h"
#include "common/OutsideText.h"
#include "providers/twilio/TwilioErrorCodes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace ringback::ui {

namespace {

enum class Tone { Good, Warning, Bad, Neutral };

QColor toneColor(Tone tone)
{
    // White text on these reads in light and dark palettes alike.
    switch (tone) {
    case Tone::Good:
        return QColor(0x1e, 0x84, 0x49);
    case Tone::Warning:
        return QColor(0xb3, 0x5c, 0x00);
    case Tone::Bad:
        return QColor(0xb0, 0x2a, 0x1e);
    case Tone::Neutral:
        return QColor(0x5f, 0x6b, 0x73);
    }
    return QColor(0x5f, 0x6b, 0x73);
}

} // namespace

AutomationStatusView::AutomationStatusView(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QLabel(this))
    , m_state(new QLabel(this))
    , m_detail(new ElidedLabel(this))
    , m_who(new WhoIsTextingLabel(this))
    , m_pause(new QToolButton(this))
    , m_tick(new QTimer(this))
    , m_clock(&SystemClock::instance())
{
    setObjectName(QStringLiteral("automationStatus"));
    m_mode->setObjectName(QStringLiteral("automationMode"));
    m_state->setObjectName(QStringLiteral("automationState"));
    m_detail->setObjectName(QStringLiteral("automationDetail"));
    m_pause->setObjectName(QStringLiteral("pauseAutoTextBack"));
    // The state and detail carry the provider's own words: plain text.
    plainLabel(m_mode);
    plainLabel(m_state);
    // (m_detail is plain text by itself, and gives way with "…" when the status bar is full.)
    m_mode->setAlignment(Qt::AlignCenter);
    QFont modeFont = m_mode->font();
    modeFont.setBold(true);
    m_mode->setFont(modeFont);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pause->setAutoRaise(false);
    connect(m_pause, &QToolButton::clicked, this, [this](bool checked) {
        setPaused(checked);
        emit pauseRequested(checked);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(10);
    layout->addWidget(m_mode);
    layout->addWidget(m_state);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_who);
    layout->addWidget(m_pause);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { m_detail->setFullText(shownText(detailText())); });
    m_tick->start();
    render();
}

void AutomationStatusView::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    m_who->setClock(m_clock);
    render();
}

void AutomationStatusView::setState(const AutomationState& state)
{
    m_last = state;
    m_haveState = true;
    m_who->setPresence(state.senders);
    m_message.clear();
    if (state.mode == AutomationState::Mode::Paused || state.mode == AutomationState::Mode::Live)
        m_paused = state.mode == AutomationState::Mode::Paused;
    render();
}

void AutomationStatusView::setPaused(bool paused)
{
    m_paused = paused;
    render();
}

void AutomationStatusView::setMessage(const QString& sentence)
{
    m_message = sentence;
    render();
}

QString AutomationStatusView::checkedText() const
{
    if (!m_last.lastPollAt.isValid())
        return tr("Not checked yet");
    const qint64 secs = qMax<qint64>(0, m_last.lastPollAt.secsTo(m_clock->nowUtc()));
    if (secs < 60)
        return tr("Checked %n s ago", "seconds", int(secs));
    if (secs < 3600)
        return tr("Checked %n min ago", "minutes", int(secs / 60));
    return tr("Last checked at %1")
        .arg(QLocale().toString(m_last.lastPollAt.toLocalTime().time(), QLocale::ShortFormat));
}

QString AutomationStatusView::stateText() const
{
    if (!m_message.isEmpty())
        return m_message;
    if (!m_haveState)
        return m_paused ? tr("Auto text-back is paused: missed callers are not being texted.")
                        : tr("Auto text-back is starting…");
    switch (m_last.mode) {
    case AutomationState::Mode::Starting:
        return tr("Auto text-back is starting…");
    case AutomationState::Mode::Live:
    case AutomationState::Mode::Paused: {
        const QString state = m_paused ? tr("Auto text-back is paused: missed callers are not being texted.")
                                       : tr("Auto text-back is live.");
        // Texts failing because the number is not registered: said here once, not per text.
        if (m_last.registrationError == 0)
            return state;
        return tr("%1 Texts to US numbers are failing: %2")
            .arg(state, TwilioErrorCodes::describe(m_last.registrationError));
    }
    case AutomationState::Mode::Standby:
        // Who texts instead is said next to it (WhoIsTextingLabel), by name and with when it was seen.
        if (m_last.senders.known())
            return tr("This desk shows the shared inbox.");
        return tr("Auto text-back runs on %1; this desk shows the shared inbox.").arg(m_last.leaseHolder);
    case AutomationState::Mode::Degraded:
        return tr("Auto text-back has a problem: %1").arg(m_last.detail);
    case AutomationState::Mode::Offline:
        return tr("Auto text-back is offline: %1 Retrying.").arg(m_last.detail);
    case AutomationState::Mode::Stopped:
        return tr("Auto text-back is stopped.");
    }
    return {};
}

QString AutomationStatusView::detailText() const
{
    if (!m_message.isEmpty() || !m_haveState || m_last.mode == AutomationState::Mode::Starting ||
        m_last.mode == AutomationState::Mode::Stopped)
        return {};
    // Plurals through %n: translations/ringback_en.ts has the English forms ("1 text", "2 texts").
    const QString queued = tr("%Ln text(s) queued", nullptr, int(m_last.queuedTexts));
    QString text = tr("%1 · %2").arg(checkedText(), queued);
    if (m_last.nextAttemptAt.isValid()) {
        // The worker's own timer: when it says two seconds, it tries again in two seconds.
        const qint64 left = qMax<qint64>(0, (m_clock->nowUtc().msecsTo(m_last.nextAttemptAt) + 999) / 1000);
        text = tr("%1 · %2").arg(text, tr("next try in %n s", "seconds", int(left)));
    }
    if (m_last.liveCalls > 0)
        text = tr("%1 · %2").arg(text, tr("%n call(s) ringing", nullptr, m_last.liveCalls));
    if (m_last.requestsPerHour >= 0)
        text = tr("%1 · %2").arg(
            text, tr("%Ln request(s) to the provider per hour", nullptr, m_last.requestsPerHour));
    return text;
}

void AutomationStatusView::render()
{
    QString word;
    Tone tone = Tone::Neutral;
    const AutomationState::Mode mode = m_haveState ? m_last.mode : AutomationState::Mode::Starting;
    if (!m_message.isEmpty()) {
        word = tr("Off");
        tone = Tone::Bad;
    } else if (m_paused && (mode == AutomationState::Mode::Live || mode == AutomationState::Mode::Paused ||
                            !m_haveState)) {
        word = tr("Paused");
        tone = Tone::Warning;
    } else {
        switch (mode) {
        case AutomationState::Mode::Starting:
            word = tr("Starting");
            break;
        case AutomationState::Mode::Live:
        case AutomationState::Mode::Paused:
            word = tr("Live");
            tone = Tone::Good;
            break;
        case AutomationState::Mode::Standby:
            word = tr("Standby");
            break;
        case AutomationState::Mode::Degraded:
            word = tr("Problem");
            tone = Tone::Bad;
            break;
        case AutomationState::Mode::Offline:
            word = tr("Offline");
            tone = Tone::Bad;
            break;
        case AutomationState::Mode::Stopped:
            word = tr("Stopped");
            break;
        }
    }
    m_mode->setText(word);
    m_mode->setAccessibleName(tr("Auto text-back: %1").arg(word));
    m_mode->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                         "padding: 1px 8px; }")
                              .arg(toneColor(tone).name()));
    m_state->setText(shownText(stateText()));
    m_state->setAccessibleName(shownText(stateText()));
    // A long sentence in Spanish or French can be cut at 1366 pixels: the whole of it on hover.
    m_state->setToolTip(plainTextToolTip(stateText()));
    m_detail->setFullText(shownText(detailText()));

    m_pause->setChecked(m_paused);
    // Nothing to pause while texting is off for another reason (no provider yet, stopped): the
    // button says what pressing it does, and then there is nothing it would do.
    const bool offAnyway = !m_paused && (!m_message.isEmpty() || mode == AutomationState::Mode::Stopped);
    m_pause->setVisible(!offAnyway);
    m_pause->setText(m_paused ? tr("Resume auto text-back") : tr("Pause auto text-back"));
    m_pause->setAccessibleName(m_pause->text());
    m_pause->setToolTip(m_paused ? tr("Missed callers are not texted while paused. Calls, replies and the "
                                      "inbox keep working.")
                                 : tr("Stop texting missed callers automatically, at every desk. Calls, "
                                      "replies and the inbox keep working."));
}

} // namespace ringback::ui
