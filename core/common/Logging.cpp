#include "Logging.h"

#include "CleanText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

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

// The log file: written from any thread that logs, so behind a mutex.
struct LogFile
{
    static constexpr qint64 kRotateAtBytes = 2 * 1024 * 1024;
    QMutex mutex;
    QString folder;
    QFile file;

    void write(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        const QMutexLocker lock(&mutex);
        if (!file.isOpen())
            return;
        if (file.size() > kRotateAtBytes) {
            file.close();
            const QString path = QDir(folder).filePath(QStringLiteral("ringback.log"));
            QFile::remove(path + QStringLiteral(".1"));
            QFile::rename(path, path + QStringLiteral(".1"));
            file.setFileName(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                return;
        }
        const QByteArray line = (QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                                 qFormatLogMessage(type, context, message) + QLatin1Char('\n'))
                                    .toUtf8();
        file.write(line);
        file.flush();
    }
};

LogFile& logFile()
{
    static LogFile f;
    return f;
}

void printableMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString shown = printableText(message);
    logFile().write(type, context, shown);
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

bool startLogFile(const QString& folder)
{
    installPrintableMessageHandler(); // the file is written from it
    LogFile& f = logFile();
    const QMutexLocker lock(&f.mutex);
    if (!QDir().mkpath(folder))
        return false;
    f.file.close();
    f.folder = folder;
    f.file.setFileName(QDir(folder).filePath(QStringLiteral("ringback.log")));
    return f.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

QString logFolder()
{
    LogFile& f = logFile();
    const QMutexLocker lock(&f.mutex);
    return f.folder;
}

} // namespace ringback::logging
