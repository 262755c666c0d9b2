#pragma once

#include "TwilioCredentials.h"
#include "common/Result.h"
#include "settings/CredentialStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

namespace ringback {

// Where the Twilio credentials of this run come from: the environment first
// (RINGBACK_TWILIO_ACCOUNT_SID and RINGBACK_TWILIO_AUTH_TOKEN, for an always-on box or CI), else the
// credential store, which keeps the secret under secretKey(user). The Account SID itself is not a
// secret: when it is not in the environment, the caller passes the one from Settings.
class TwilioCredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(TwilioCredentialSource)

public:
    using Done = std::function<void(Result<TwilioCredentials, CredentialError>)>;

    static constexpr const char* kAccountSidVariable = "RINGBACK_TWILIO_ACCOUNT_SID";
    static constexpr const char* kAuthTokenVariable = "RINGBACK_TWILIO_AUTH_TOKEN";

    // store may be null: then only the environment is looked at.
    explicit TwilioCredentialSource(
        CredentialStore* store, QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // The credential-store key of the secret of an Account SID (Auth Token) or API key SID (secret).
    static QString secretKey(const QString& user);

    // True when both environment variables are set: they win over anything saved.
    bool environmentHasCredentials() const;

    // Calls done exactly once, at once or later. accountSid/apiKeySid: from Settings; either may be
    // empty. Errors are worded for the office and never contain a secret.
    void resolve(const QString& accountSid, const QString& apiKeySid, Done done) const;

private:
    CredentialStore* m_store;
    QProcessEnvironment m_environment;
};

} // namespace ringback
