#pragma once

#include <QString>

namespace ringback::ui {

// Calls a number back through the system's phone handler (a softphone, the VoIP desk app, a paired
// mobile): a tel: link. The thread header and the Calls page both offer it.
void callBack(const QString& e164);

} // namespace ringback::ui
