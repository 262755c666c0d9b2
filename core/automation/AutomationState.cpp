#include "AutomationState.h"

#include "providers/twilio/TwilioErrorCodes.h"

#include <QCoreApplication>
#include <QLocale>

namespace ringback {

QString AutomationState::describe() const
{
    const QString state = describeMode();
    if (registrationError == 0 || (mode != Mode::Live && mode != Mode::Paused))
        return state;
    return tr("%1 Texts to US numbers are failing: %2")
        .arg(state, TwilioErrorCodes::describe(registrationError));
}

QString AutomationState::describeMode() const
{
    const QString last = lastPollAt.isValid()
                             ? QLocale().toString(lastPollAt.toLocalTime().time(), QLocale::ShortFormat)
                             : tr("never");
    switch (mode) {
    case Mode::Starting:
        return tr("Auto text-back is starting…");
    case Mode::Live: {
        const int queued = int(queuedTexts); // a variable: lupdate cannot read an expression for %n
        return tr("Auto text-back is live. Last checked %1, %n text(s) queued.", nullptr, queued).arg(last);
    }
    case Mode::Paused:
        return tr("Auto text-back is paused: missed callers are not being texted. Last checked %1.")
            .arg(last);
    case Mode::Standby:
        return tr("Auto text-back runs on %1; this desk shows the shared inbox.").arg(leaseHolder);
    case Mode::Degraded:
        return tr("Auto text-back has a problem: %1").arg(detail);
    case Mode::Offline:
        return tr("Auto text-back is offline: %1 Retrying; last checked %2.").arg(detail, last);
    case Mode::Stopped:
        return tr("Auto text-back is stopped.");
    }
    return {};
}

} // namespace ringback
