#pragma once

#include <QObject>

namespace ringback {
class Database;
}

namespace ringback::ui {

class AutomationStatusView;

// Connects the status bar's pause switch to the shared setting AutoTextBackEnabled: the view
// starts from what the database says, and a press writes the setting (every desk's worker reads
// it) before announcing it, so the worker told by changed() finds the new value.
class AutoTextBackSwitch : public QObject
{
    Q_OBJECT
public:
    AutoTextBackSwitch(Database& db, AutomationStatusView* view, QObject* parent = nullptr);

    bool isEnabled() const;

signals:
    // The setting was written: tell the worker (queued, it lives on its own thread).
    void changed(bool enabled);
    // Writing failed (database locked or gone): the view was put back, this says why.
    void failed(const QString& sentence);

private:
    void request(bool paused);

    Database& m_db;
    AutomationStatusView* m_view;
};

} // namespace ringback::ui
