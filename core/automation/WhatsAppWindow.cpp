#include "WhatsAppWindow.h"

#include "providers/twilio/TwilioErrorCodes.h"

namespace ringback {

namespace {
constexpr int kOutsideWindow = 63016;
}

qint64 WhatsAppWindow::secondsLeft(const QDateTime& lastInbound, const QDateTime& now)
{
    if (!lastInbound.isValid() || !now.isValid())
        return 0;
    // A message dated a little after "now" (clocks disagree) opens a full window, no more.
    const qint64 since = qMax<qint64>(0, lastInbound.secsTo(now));
    return qMax<qint64>(0, kWindowSeconds - since);
}

QString WhatsAppWindow::closedSentence()
{
    // One sentence, held by the provider's error table: the same words whether the composer
    // refuses the text or Twilio does.
    return TwilioErrorCodes::describe(kOutsideWindow);
}

QString WhatsAppWindow::refusal(const QDateTime& lastInbound, const QDateTime& now, bool isTemplate)
{
    if (isTemplate || isOpen(lastInbound, now))
        return {};
    return closedSentence();
}

QString WhatsAppWindow::indicator(const QDateTime& lastInbound, const QDateTime& now)
{
    const qint64 left = secondsLeft(lastInbound, now);
    if (left <= 0)
        return tr("WhatsApp window closed: approved templates only");
    if (left >= 3600)
        return tr("WhatsApp window: %n h left", nullptr, int(left / 3600));
    return tr("WhatsApp window: %n min left", nullptr, int(qMax<qint64>(1, left / 60)));
}

} // namespace ringback
