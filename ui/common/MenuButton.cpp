#include "MenuButton.h"

#include <QStyle>

namespace ringback::ui {

MenuButton::MenuButton(QWidget* parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

QSize MenuButton::sizeHint() const
{
    // The style draws the arrow over the last PM_MenuButtonIndicator - 4 pixels, where the centred
    // label's margin ends: half the indicator's width on each side keeps them apart.
    const int arrow = style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    return QToolButton::sizeHint() + QSize(arrow, 0);
}

QSize MenuButton::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace ringback::ui
