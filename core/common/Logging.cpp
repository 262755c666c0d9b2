#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "ringback.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhone, "ringback.phone", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvider, "ringback.provider", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorker, "ringback.worker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ringback.ui", QtInfoMsg)

namespace ringback::logging {

QString redactNumber(const QString& e164, const QLoggingCategory& category)
{
    if (category.isDebugEnabled() || e164.size() <= 4)
        return e164;
    return QStringLiteral("…") + e164.right(4);
}

QString redactBody(const QString& body, const QLoggingCategory& category)
{
    if (category.isDebugEnabled())
        return body;
    return QStringLiteral("[%1 chars]").arg(body.size());
}

} // namespace ringback::logging
