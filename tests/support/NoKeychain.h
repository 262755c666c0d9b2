#pragma once

#include "settings/CredentialStore.h"

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

} // namespace ringback::test
