#include "KeyboardHelp.h"

#include <QAction>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace ringback::ui::keyboard {

namespace {
constexpr char kProperty[] = "ringbackKeyboardHelp";
}

void describe(QWidget* widget, const QString& keys, const QString& what)
{
    QStringList entries = widget->property(kProperty).toStringList();
    entries << keys + QLatin1Char('\t') + what;
    widget->setProperty(kProperty, entries);
}

QList<Entry> collect(const QWidget* window)
{
    QList<Entry> out;
    auto add = [&out](const QString& keys, QString what) {
        what.remove(QLatin1Char('&')); // menu accelerators
        what.remove(QStringLiteral("…"));
        what.remove(QStringLiteral("..."));
        const Entry entry{keys, what.trimmed()};
        if (!entry.keys.isEmpty() && !entry.what.isEmpty() && !out.contains(entry))
            out << entry;
    };
    const auto children = window->findChildren<QObject*>();
    QList<const QObject*> all{window};
    for (const QObject* child : children)
        all << child;
    for (const QObject* object : all) {
        if (const auto* shortcut = qobject_cast<const QShortcut*>(object)) {
            if (shortcut->isEnabled())
                add(shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis());
        } else if (const auto* action = qobject_cast<const QAction*>(object)) {
            if (!action->shortcut().isEmpty())
                add(action->shortcut().toString(QKeySequence::NativeText), action->text());
        } else if (const auto* widget = qobject_cast<const QWidget*>(object)) {
            for (const QString& line : widget->property(kProperty).toStringList())
                add(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1));
        }
    }
    return out;
}

} // namespace ringback::ui::keyboard
