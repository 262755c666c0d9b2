#pragma once

#include <QToolButton>

namespace ringback::ui {

// A button that opens its menu on a click ("Saved replies", "Send later", "Insert field"). Qt's
// tool button in that mode draws its small arrow in the bottom-right corner without making room for
// it, so a long label ("Envoyer plus tard") ran under the arrow; this one is as wide as its label
// plus the arrow.
class MenuButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MenuButton(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace ringback::ui
