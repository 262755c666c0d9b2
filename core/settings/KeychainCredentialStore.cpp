#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace ringback {

namespace {

// Connects a finished job to done, with the store as context: no callback once the store is gone.
template <class JobType, class OnSuccess>
void run(JobType* job, CredentialStore* store, OnSuccess onSuccess,
         std::function<void(CredentialError)> onError)
{
    QObject::connect(job, &QKeychain::Job::finished, store, [onSuccess, onError](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return onError(KeychainCredentialStore::errorFor(finished->error(), finished->errorString()));
        onSuccess(static_cast<JobType*>(finished));
    });
    job->start();
}

// The session bus or the Secret Service behind it cannot be reached: no keychain on this computer
// for now, as far as Ringback can tell.
bool isUnreachableBus(const QString& detail)
{
    // GLib's words (through libsecret) for a bus address that names nothing or is malformed, and
    // Qt D-Bus's error names.
    for (const char* sign :
         {"D-Bus", "DBus", "org.freedesktop.secrets", "Could not connect", "Failed to connect to socket",
          "Unknown or unsupported transport", "address element", "Error in address"}) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service (GNOME Keyring or KWallet)");
#endif
}

CredentialError KeychainCredentialStore::errorFor(int keychainError, const QString& detail)
{
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return {CredentialError::Kind::NotFound, tr("Nothing is saved in the keychain under that name.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {CredentialError::Kind::Denied,
                tr("The keychain refused to give Ringback the saved password.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {CredentialError::Kind::NoBackend,
                tr("This computer has no keychain Ringback can use. On Linux, install and unlock a Secret "
                   "Service such as GNOME Keyring, or set the credentials in environment variables.")};
    default:
        // A Linux box without a desktop session has no keychain either, but QtKeychain reports that
        // as OtherError (7) with the D-Bus failure in the text ("Cannot autolaunch D-Bus without
        // X11 $DISPLAY", "...ServiceUnknown: The name org.freedesktop.secrets was not provided...").
        // A stale DBUS_SESSION_BUS_ADDRESS (the session it named is gone) reads "Could not connect:
        // No such file or directory" or "...Connection refused" through libsecret.
        if (isUnreachableBus(detail))
            return errorFor(QKeychain::NoBackendAvailable, detail);
        // QtKeychain's text describes the keychain's trouble (a locked wallet...), not the secret.
        return {CredentialError::Kind::Other, tr("The keychain could not be used: %1").arg(detail)};
    }
}

void KeychainCredentialStore::read(const QString& key, Done<QString> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(
        job, this, [done](QKeychain::ReadPasswordJob* j) { done(j->textData()); },
        [done](CredentialError e) { done(std::move(e)); });
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, Done<void> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(
        job, this, [done](QKeychain::WritePasswordJob*) { done({}); },
        [done](CredentialError e) { done(std::move(e)); });
}

void KeychainCredentialStore::remove(const QString& key, Done<void> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(
        job, this, [done](QKeychain::DeletePasswordJob*) { done({}); },
        [done](CredentialError e) { done(std::move(e)); });
}

} // namespace ringback
