#pragma once

// Provider records for the scenario tests: domain records as a provider reports them, and the
// JSON Twilio's API v2010 answers with, for fake accounts played on a FakeHttpServer.
#include "FakeHttpServer.h"
#include "domain/Call.h"
#include "domain/Message.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ringback::test {

// "Mon, 02 Mar 2026 15:00:00 +0000", as Twilio writes dates.
QString rfc2822(const QDateTime& t);

// An inbound call to `to` that ended at `ended` after ringing 30 s (`durationSeconds` when > 0).
Call inboundCall(const QString& sid, const QString& from, const QString& to, CallStatus status,
                 const QDateTime& ended, int durationSeconds = 0);
// A text someone sent to the business.
Message inboundText(const QString& sid, const QString& from, const QString& to, const QString& body,
                    const QDateTime& at);

// One page of a Twilio list ("calls", "messages") with no next page.
FakeResponse twilioPage(const char* key, const QJsonArray& items);
// The message Twilio returns for a POST Messages.json with this form, as the n-th text it took.
QJsonObject twilioAcceptedText(const FakeRequest& post, int n, const QDateTime& created);

} // namespace ringback::test
