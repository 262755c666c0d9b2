#include "WhoIsTextingLabel.h"

#include "common/Clock.h"
#include "common/OutsideText.h"

#include <QLocale>
#include <QTimer>

namespace ringback::ui {

WhoIsTextingLabel::WhoIsTextingLabel(QWidget* parent)
    : QLabel(parent)
    , m_clock(&SystemClock::instance())
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("whoIsTexting"));
    plainLabel(this); // desk and machine names are anyone's words
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WhoIsTextingLabel::render);
    m_tick->start();
    render();
}

void WhoIsTextingLabel::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    render();
}

void WhoIsTextingLabel::setPresence(const SenderPresence& presence)
{
    if (!presence.known())
        return; // nothing read yet: keep what was shown
    m_presence = presence;
    render();
}

QString WhoIsTextingLabel::sentence(const SenderPresence& presence, const QDateTime& now, bool* nobody)
{
    if (nobody)
        *nobody = false;
    if (!presence.known())
        return {};
    const std::optional<SenderBeat> sender = presence.sender(now);
    if (!sender) {
        if (nobody)
            *nobody = true;
        return tr("Nobody is texting!");
    }
    if (sender->holder == presence.ownHolder)
        return tr("This PC is texting");
    const qint64 secs = qMax<qint64>(0, sender->lastSeenAt.secsTo(now));
    const bool worker = sender->kind == SenderBeat::Kind::Worker;
    if (secs < 60)
        return worker
                   ? tr("Texting from the always-on worker on %1 (last seen %n s ago)", "seconds", int(secs))
                         .arg(sender->label)
                   : tr("Texting from %1 (last seen %n s ago)", "seconds", int(secs)).arg(sender->label);
    const int mins = int(secs / 60);
    return worker ? tr("Texting from the always-on worker on %1 (last seen %n min ago)", "minutes", mins)
                        .arg(sender->label)
                  : tr("Texting from %1 (last seen %n min ago)", "minutes", mins).arg(sender->label);
}

void WhoIsTextingLabel::render()
{
    const QDateTime now = m_clock->nowUtc();
    const QString text = sentence(m_presence, now, &m_nobody);
    setVisible(!text.isEmpty());
    setText(shownText(text));
    setAccessibleName(shownText(text));
    if (m_nobody) {
        setStyleSheet(QStringLiteral("QLabel { color: #b02a1e; font-weight: bold; }"));
        const QString since =
            m_presence.lastSendingAt.isValid()
                ? tr("No Ringback has texted missed callers back since %1.")
                      .arg(QLocale().toString(m_presence.lastSendingAt.toLocalTime(), QLocale::ShortFormat))
                : tr("No Ringback is texting missed callers back.");
        setToolTip(plainTextToolTip(
            since + QLatin1Char(' ') +
            tr("Keep a desk open in the tray, or run the always-on worker on a machine that stays on.")));
    } else {
        setStyleSheet(QString());
        setToolTip(plainTextToolTip(text));
    }
}

} // namespace ringback::ui
