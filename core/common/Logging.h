#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per area; enable with QT_LOGGING_RULES="ringback.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcPhone)
Q_DECLARE_LOGGING_CATEGORY(lcProvider)
Q_DECLARE_LOGGING_CATEGORY(lcWorker)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace ringback::logging {

// Phone numbers and message bodies are personal data: logs show only enough to tell them apart,
// unless debug logging is on for that category.
QString redactNumber(const QString& e164, const QLoggingCategory& category);
QString redactBody(const QString& body, const QLoggingCategory& category);

// Every log message passes through printableText() (CleanText.h) before Qt's handler writes it:
// provider errors, names and bodies can hold escape sequences, which must not reach a terminal
// or a log viewer as commands. Installed once by the app, before anything logs.
void installPrintableMessageHandler();

// Also writes every message (as printable, redacted as above) to ringback.log in `folder`, for
// support ("Help > Open the log folder"): the file is started afresh past 2 MB, the previous
// one kept as ringback.log.1. False when the folder cannot be written (logging goes on to stderr).
bool startLogFile(const QString& folder);
// The folder given to startLogFile (empty before).
QString logFolder();

} // namespace ringback::logging
