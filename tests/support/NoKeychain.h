#pragma once

#include "settings/CredentialStore.h"
#include "settings/KeychainCredentialStore.h"

namespace ringback::test {

// A keychain that is not there: what QtKeychain answers on a headless Linux box (no backend).
class NoKeychain final : public CredentialStore
{
public:
    QString backendName() const override { return QStringLiteral("none"); }
    void read(const QString&, Done<QString> done) override { done(missing()); }
    void write(const QString&, const QString&, Done<void> done) override { done(missing()); }
    void remove(const QString&, Done<void> done) override { done(missing()); }
    static CredentialError missing()
    {
        return {CredentialError::Kind::NoBackend, QStringLiteral("no backend")};
    }
};

// A keychain that fails the way QtKeychain does when it cannot reach the session bus (a stale
// DBUS_SESSION_BUS_ADDRESS after logging out and back in over SSH, say): QtKeychain's error code
// and text, through the same mapping the real store uses.
class UnreachableKeychain final : public CredentialStore
{
public:
    UnreachableKeychain(int keychainError, QString detail)
        : m_error(KeychainCredentialStore::errorFor(keychainError, detail))
    {}
    QString backendName() const override { return QStringLiteral("unreachable"); }
    void read(const QString&, Done<QString> done) override { done(m_error); }
    void write(const QString&, const QString&, Done<void> done) override { done(m_error); }
    void remove(const QString&, Done<void> done) override { done(m_error); }

private:
    CredentialError m_error;
};

} // namespace ringback::test
