#pragma once

#include "automation/SenderPresence.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ringback {
class Clock;
}

namespace ringback::ui {

class TrayIcon;

// The last desk warns before it stops (issue 21): quitting (the tray's Quit, closing the window
// where that quits, logging out) when this is the last running sender and the office is closed or
// closes within the hour asks once "Nobody will text callers tonight if you quit." Keep Ringback
// in the tray / Quit anyway. No question when another sender (the always-on worker, another desk)
// was seen in the last minute, while the office is open for more than an hour yet, or when this
// desk is not the sender and someone else is (SenderPresence::quittingLeavesNobody).
class QuitGuard : public QObject
{
    Q_OBJECT
public:
    explicit QuitGuard(QWidget* window, QObject* parent = nullptr);

    void setClock(const Clock* clock);
    // Closing the window hides it in this tray instead of quitting (when the tray shows).
    void setTray(TrayIcon* tray) { m_tray = tray; }
    // What this desk's worker last read of the heartbeats (AutomationState::senders).
    void setPresence(const SenderPresence& presence);
    const SenderPresence& presence() const { return m_presence; }

    // True: quit. False: the user kept Ringback running (the window went to the tray, or was
    // minimised where there is no tray). Asks at most once per quit: after "Quit anyway" it is yes.
    bool confirmQuit();
    // How many times the question was shown (for the status and tests).
    int questionsAsked() const { return m_asked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void keepRunning();
    bool closingQuits() const;

    QPointer<QWidget> m_window;
    TrayIcon* m_tray = nullptr; // not owned; outlives this (both children of the session)
    const Clock* m_clock;
    SenderPresence m_presence;
    bool m_quitConfirmed = false;
    int m_asked = 0;
};

} // namespace ringback::ui
