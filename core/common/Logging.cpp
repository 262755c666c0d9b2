#include "Logging.h"

#include "CleanText.h"

#include <cstdio>

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

namespace {
QtMessageHandler g_next = nullptr;

void printableMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString shown = printableText(message);
    if (g_next) {
        g_next(type, context, shown);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, shown)));
    std::fflush(stderr);
}
} // namespace

void installPrintableMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(printableMessage);
    if (previous != printableMessage)
        g_next = previous;
}

} // namespace ringback::logging
