#include "CredentialChooser.h"

#include "CredentialFileStore.h"
#include "KeychainCredentialStore.h"
#include "Settings.h"

#include <QDir>
#include <QPointer>

namespace ringback {

namespace {
bool isNoBackend(const CredentialError& e)
{
    return e.kind == CredentialError::Kind::NoBackend;
}
} // namespace

CredentialChooser::CredentialChooser(std::unique_ptr<CredentialStore> keychain,
                                     std::unique_ptr<CredentialFileStore> file, bool fileAllowed,
                                     QObject* parent)
    : CredentialStore(parent)
    , m_keychain(std::move(keychain))
    , m_file(std::move(file))
    , m_fileAllowed(fileAllowed)
{}

CredentialChooser::~CredentialChooser() = default;

std::unique_ptr<CredentialChooser> CredentialChooser::forThisComputer(const Settings& settings,
                                                                      QObject* parent)
{
    return std::make_unique<CredentialChooser>(std::make_unique<KeychainCredentialStore>(),
                                               std::make_unique<CredentialFileStore>(),
                                               settings.boolValue(SettingKey::CredentialFileAllowed), parent);
}

QString CredentialChooser::filePath() const
{
    return m_file->path();
}

QString CredentialChooser::describe(Place place, const QString& filePath)
{
    switch (place) {
    case Place::Keychain:
        return tr("Saved in the system keychain");
    case Place::File:
        return tr("Saved in a file only you can read: %1").arg(QDir::toNativeSeparators(filePath));
    case Place::Environment:
        return tr("From environment variables");
    case Place::Nowhere:
        break;
    }
    return tr("Not saved on this computer yet");
}

QString CredentialChooser::backendName() const
{
    return m_fileAllowed ? tr("%1, or %2").arg(m_keychain->backendName(), m_file->backendName())
                         : m_keychain->backendName();
}

CredentialError CredentialChooser::noKeychain() const
{
    return {CredentialError::Kind::NoBackend,
            tr("This computer has no keychain Ringback can use. Run setup again and allow Ringback to keep "
               "the token in a file only you can read, or set the credentials in environment variables.")};
}

void CredentialChooser::probeKeychain(std::function<void(bool)> done)
{
    // Reading a name nobody uses: "not found" means the keychain answered.
    m_keychain->read(QStringLiteral("ringback/probe"),
                     [done](Result<QString, CredentialError> r) { done(r.ok() || !isNoBackend(r.error())); });
}

void CredentialChooser::locate(const QString& key, std::function<void(Place)> done)
{
    QPointer<CredentialChooser> self(this);
    m_keychain->read(key, [self, key, done](Result<QString, CredentialError> r) {
        if (r)
            return done(Place::Keychain);
        if (!self || !isNoBackend(r.error()) || !self->m_fileAllowed)
            return done(Place::Nowhere);
        self->m_file->read(key, [done](Result<QString, CredentialError> fromFile) {
            done(fromFile ? Place::File : Place::Nowhere);
        });
    });
}

void CredentialChooser::read(const QString& key, Done<QString> done)
{
    QPointer<CredentialChooser> self(this);
    m_keychain->read(key, [self, key, done](Result<QString, CredentialError> r) {
        if (r || !isNoBackend(r.error()) || !self)
            return done(std::move(r));
        if (!self->m_fileAllowed)
            return done(self->noKeychain());
        self->m_file->read(key, done);
    });
}

void CredentialChooser::write(const QString& key, const QString& secret, Done<void> done)
{
    QPointer<CredentialChooser> self(this);
    m_keychain->write(key, secret, [self, key, secret, done](Result<void, CredentialError> r) {
        if (r || !isNoBackend(r.error()) || !self)
            return done(std::move(r));
        if (!self->m_fileAllowed)
            return done(self->noKeychain());
        self->m_file->write(key, secret, done);
    });
}

void CredentialChooser::remove(const QString& key, Done<void> done)
{
    QPointer<CredentialChooser> self(this);
    m_keychain->remove(key, [self, key, done](Result<void, CredentialError> r) {
        if (!self)
            return done(std::move(r));
        // The file may hold an older copy from a time without keychain: forget it too.
        self->m_file->remove(key, [r, done](Result<void, CredentialError> fromFile) {
            if (r || r.error().kind == CredentialError::Kind::NotFound || isNoBackend(r.error()))
                return done(std::move(fromFile));
            done(r);
        });
    });
}

} // namespace ringback
