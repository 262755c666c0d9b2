#include "PhoneCall.h"

#include <QDesktopServices>
#include <QUrl>

namespace ringback::ui {

void callBack(const QString& e164)
{
    if (!e164.isEmpty())
        QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + e164));
}

} // namespace ringback::ui
