#include "TwilioCredentialSource.h"

namespace ringback {

TwilioCredentialSource::TwilioCredentialSource(CredentialStore* store, QProcessEnvironment environment)
    : m_store(store)
    , m_environment(std::move(environment))
{}

QString TwilioCredentialSource::secretKey(const QString& user)
{
    return QStringLiteral("twilio/") + user;
}

bool TwilioCredentialSource::environmentHasCredentials() const
{
    return !m_environment.value(QLatin1String(kAccountSidVariable)).trimmed().isEmpty() &&
           !m_environment.value(QLatin1String(kAuthTokenVariable)).trimmed().isEmpty();
}

void TwilioCredentialSource::resolve(const QString& accountSid, const QString& apiKeySid, Done done) const
{
    const QString envSid = m_environment.value(QLatin1String(kAccountSidVariable)).trimmed();
    const QString envToken = m_environment.value(QLatin1String(kAuthTokenVariable)).trimmed();
    if (!envSid.isEmpty() && !envToken.isEmpty())
        return done(TwilioCredentials{envSid, QString(), envToken});

    TwilioCredentials credentials{envSid.isEmpty() ? accountSid.trimmed() : envSid, apiKeySid.trimmed(),
                                  QString()};
    const CredentialError none{CredentialError::Kind::NotFound,
                               tr("No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and "
                                  "RINGBACK_TWILIO_AUTH_TOKEN, "
                                  "or enter them in Settings.")};
    if (credentials.accountSid.isEmpty() || !m_store)
        return done(none);

    m_store->read(secretKey(credentials.userName()), [credentials, none,
                                                      done](Result<QString, CredentialError> secret) mutable {
        if (!secret) {
            // "Nothing saved" is the same situation as no credentials at all.
            return done(secret.error().kind == CredentialError::Kind::NotFound ? none : secret.error());
        }
        credentials.secret = secret.value();
        done(credentials);
    });
}

} // namespace ringback
