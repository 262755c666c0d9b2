#pragma once

#include "FakeTwilioLog.h"
#include "SoakScenario.h"

#include <QDateTime>
#include <QJsonValue>

namespace ringback::soak {

// Call and message records shaped like Twilio's API v2010 answers (the fields Ringback reads and
// the usual others), and the deliberately malformed ones.
namespace records {

QString rfc2822(const QDateTime& t);

struct CallFacts
{
    QString sid;
    QString parentSid;
    QString from;
    QString to;
    QString status; // "no-answer", "busy", "completed", ...
    QString direction = QStringLiteral("inbound");
    QDateTime start;
    QDateTime end;
    QJsonValue duration; // "0", "42", null
};
LogRecord call(const CallFacts& facts);

struct MessageFacts
{
    QString sid;
    QString from;
    QString to;
    QString body;
    QString status = QStringLiteral("received");
    QString direction = QStringLiteral("inbound");
    QDateTime created;
    QDateTime sent; // invalid: null (not sent yet)
};
LogRecord message(const MessageFacts& facts);
QByteArray messageJson(const MessageFacts& facts);

// The parent leg and the child legs of one planned missed call.
QList<LogRecord> missedCall(const PlannedCall& call, const QString& from, const QDateTime& windowStart);

// A malformed record from a noise caller: for the call log or the message log (isMessage).
LogRecord malformed(const PlannedMalformed& m, const QDateTime& at, bool* isMessage,
                    QList<LogRecord>* childLegs);

} // namespace records

} // namespace ringback::soak
