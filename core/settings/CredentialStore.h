#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace ringback {

struct CredentialError
{
    enum class Kind {
        NotFound,  // nothing stored under that key
        NoBackend, // no keychain on this machine (a Linux box without a Secret Service)
        Denied,    // the user or the OS refused access
        Other
    };
    Kind kind = Kind::Other;
    QString message; // for the user; never contains the secret
};

// Where secrets (provider tokens, database passwords) live. The app uses the OS keychain through
// QtKeychain; tests use InMemoryCredentialStore. Secrets never go to the database, QSettings or a
// log. Asynchronous because keychains are: `done` is called exactly once, later or at once.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Done = std::function<void(Result<T, CredentialError>)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    // Shown in Settings: "Windows Credential Manager", "macOS Keychain", "in memory (tests)".
    virtual QString backendName() const = 0;
    virtual void read(const QString& key, Done<QString> done) = 0;
    virtual void write(const QString& key, const QString& secret, Done<void> done) = 0;
    virtual void remove(const QString& key, Done<void> done) = 0;
};

// The test double: same interface, a hash in memory.
class InMemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    QString backendName() const override { return QStringLiteral("in memory"); }
    void read(const QString& key, Done<QString> done) override
    {
        if (!m_secrets.contains(key))
            return done(
                CredentialError{CredentialError::Kind::NotFound, QStringLiteral("No secret stored.")});
        done(m_secrets.value(key));
    }
    void write(const QString& key, const QString& secret, Done<void> done) override
    {
        m_secrets.insert(key, secret);
        done({});
    }
    void remove(const QString& key, Done<void> done) override
    {
        m_secrets.remove(key);
        done({});
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace ringback
