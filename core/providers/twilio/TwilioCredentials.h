#pragma once

#include <QByteArray>
#include <QString>

namespace ringback {

// Who Ringback is to Twilio. Either the Account SID with its Auth Token, or an API key (SID and
// secret) acting for that account; the Account SID is always the one in the request paths.
// The secret never goes into a URL, a log line or an error message: only authorizationHeader()
// reads it.
struct TwilioCredentials
{
    QString accountSid; // AC...; a Twilio-compatible service may use its own id format
    QString apiKeySid;  // SK...; empty when the secret is the account's Auth Token
    QString secret;     // the Auth Token, or the API key's secret

    bool usesApiKey() const { return !apiKeySid.isEmpty(); }
    bool isComplete() const { return !accountSid.isEmpty() && !secret.isEmpty(); }
    // The user half of HTTP basic auth: the API key SID when there is one, else the Account SID.
    QString userName() const { return usesApiKey() ? apiKeySid : accountSid; }
    // "Basic base64(user:secret)".
    QByteArray authorizationHeader() const
    {
        return "Basic " + (userName() + QLatin1Char(':') + secret).toUtf8().toBase64();
    }
};

} // namespace ringback
