#include "HeldTextsCommand.h"

#include "common/CleanText.h"
#include "store/Database.h"
#include "store/OutboxStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace ringback::app {

namespace {
int say(const QString& sentence, int code)
{
    std::fputs(qPrintable(printableText(sentence) + QLatin1Char('\n')), code == 0 ? stdout : stderr);
    return code;
}
} // namespace

int approveHeldTexts(Database& db)
{
    auto held = OutboxStore(db).inState(OutboxState::Held);
    if (!held)
        return say(QCoreApplication::translate("HeldTextsCommand", "Could not read the held texts: %1")
                       .arg(held.error().message),
                   1);
    if (held->isEmpty())
        return say(QCoreApplication::translate("HeldTextsCommand", "No texts are held for approval."), 0);
    QList<qint64> ids;
    for (const OutboxItem& item : held.value())
        ids << item.id;
    auto released = OutboxStore(db).approveHeld(ids, QDateTime::currentDateTimeUtc());
    if (!released)
        return say(QCoreApplication::translate("HeldTextsCommand", "The held texts were not released: %1")
                       .arg(released.error().message),
                   1);
    const int count = int(released.value());
    return say(QCoreApplication::translate("HeldTextsCommand",
                                           "Released %n held text(s): they go out at the next check of the "
                                           "desk or worker that texts.",
                                           nullptr, count),
               0);
}

} // namespace ringback::app
