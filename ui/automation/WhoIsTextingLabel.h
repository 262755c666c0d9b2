#pragma once

#include "automation/SenderPresence.h"

#include <QLabel>

class QTimer;

namespace ringback {
class Clock;
}

namespace ringback::ui {

// Which machine texts missed callers back, at every desk: "This PC is texting", "Texting from
// Front desk (last seen 3 s ago)", "Texting from the always-on worker on office-server (...)",
// or "Nobody is texting!" in red when no sender's heartbeat is fresh. Fed by the worker's state
// (queued signal); kept current by a one-second tick against the clock.
class WhoIsTextingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WhoIsTextingLabel(QWidget* parent = nullptr);

    void setClock(const Clock* clock);
    void setPresence(const SenderPresence& presence);
    const SenderPresence& presence() const { return m_presence; }
    bool saysNobody() const { return m_nobody; }

    // The sentence for a presence at `now` (empty while nothing was read); `nobody` says whether
    // it is the alarm.
    static QString sentence(const SenderPresence& presence, const QDateTime& now, bool* nobody = nullptr);

private:
    void render();

    const Clock* m_clock;
    QTimer* m_tick;
    SenderPresence m_presence;
    bool m_nobody = false;
};

} // namespace ringback::ui
