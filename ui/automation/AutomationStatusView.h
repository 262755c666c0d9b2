#pragma once

#include "automation/AutomationState.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace ringback {
class Clock;
}

namespace ringback::ui {

class ElidedLabel;
class WhoIsTextingLabel;

// The status bar's account of the automation, always in words: live, paused or offline, when
// the provider was last checked ("Checked 12 s ago", kept current) and how many texts wait,
// plus the switch that pauses and resumes auto text-back. It shows state; the session decides.
class AutomationStatusView : public QWidget
{
    Q_OBJECT
public:
    explicit AutomationStatusView(QWidget* parent = nullptr);

    // The clock "checked ... ago" is measured against; not owned (the system clock when null).
    void setClock(const Clock* clock);
    // What the worker last reported.
    void setState(const AutomationState& state);
    // The shared pause setting (from the database, or just switched here).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // A fixed sentence instead of a worker's state (no provider connected yet).
    void setMessage(const QString& sentence);

    QString stateText() const;
    // "This PC is texting", "Texting from ...", "Nobody is texting!" (from the heartbeats).
    WhoIsTextingLabel* whoIsTexting() const { return m_who; }
    QString detailText() const;

signals:
    // Someone pressed the switch: true to pause, false to resume.
    void pauseRequested(bool paused);

private:
    void render();
    QString checkedText() const;

    QLabel* m_mode;
    QLabel* m_state;
    ElidedLabel* m_detail;
    WhoIsTextingLabel* m_who;
    QToolButton* m_pause;
    QTimer* m_tick;
    const Clock* m_clock;
    AutomationState m_last;
    bool m_haveState = false;
    bool m_paused = false;
    QString m_message;
};

} // namespace ringback::ui
