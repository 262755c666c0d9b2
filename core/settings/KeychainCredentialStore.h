#pragma once

#include "CredentialStore.h"

namespace ringback {

// The operating system's keychain through QtKeychain: Windows Credential Manager, the macOS
// Keychain, or a Secret Service (GNOME Keyring, KWallet) on Linux. Entries live under one service
// name. A machine with no keychain (a headless Linux box: no D-Bus session or no Secret Service)
// answers every call with CredentialError::Kind::NoBackend. Destroying the store drops pending callbacks.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Ringback"), QObject* parent = nullptr);

    QString backendName() const override;
    void read(const QString& key, Done<QString> done) override;
    void write(const QString& key, const QString& secret, Done<void> done) override;
    void remove(const QString& key, Done<void> done) override;

    // QtKeychain's error code (QKeychain::Error) as a CredentialError; public for the tests.
    static CredentialError errorFor(int keychainError, const QString& detail);

private:
    QString m_service;
};

} // namespace ringback
