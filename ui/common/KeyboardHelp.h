#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace ringback::ui::keyboard {

// Help > Keyboard shortcuts lists what the window's actions and shortcuts say, read from them when
// the list opens, so it cannot drift from the keys that work: a QAction with a shortcut (its text),
// a QShortcut (its whatsThis), and keys a widget handles itself, described next to the code that
// handles them with describe().
void describe(QWidget* widget, const QString& keys, const QString& what);

struct Entry
{
    QString keys; // as the desk's system writes them ("Ctrl+F")
    QString what;
    bool operator==(const Entry&) const = default;
};

// Every entry under `window`, once each, in the order they were made.
QList<Entry> collect(const QWidget* window);

} // namespace ringback::ui::keyboard
