#pragma once

#include <QDialog>

namespace ringback::ui {

// Help > Keyboard shortcuts: every key the window answers to, read from its actions and shortcuts
// (keyboard::collect) when it opens.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);
};

} // namespace ringback::ui
