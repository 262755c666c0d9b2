#pragma once

#include "CredentialStore.h"

#include <QJsonObject>

namespace ringback {

// The fallback for a machine whose OS has no keychain (a Linux box without a Secret Service):
// secrets in a JSON file in the config folder that only this user can read (0600). Used only
// when the user agreed (SettingKey::CredentialFileAllowed); CredentialChooser decides that.
// The file is created 0600, set to 0600 again on every write, and never read while other people
// can read it (the secret may already have leaked: the user is told to change it).
class CredentialFileStore final : public CredentialStore
{
    Q_OBJECT
public:
    // path: empty -> defaultPath().
    explicit CredentialFileStore(QString path = QString(), QObject* parent = nullptr);

    // <config folder>/credentials.json, e.g. ~/.config/Ringback/Ringback/credentials.json.
    static QString defaultPath();
    QString path() const { return m_path; }

    QString backendName() const override;
    void read(const QString& key, Done<QString> done) override;
    void write(const QString& key, const QString& secret, Done<void> done) override;
    void remove(const QString& key, Done<void> done) override;

    // True when someone other than the owner may read the file (group or others bits).
    static bool othersCanRead(const QString& path);

private:
    Result<QJsonObject, CredentialError> load() const;
    Result<void, CredentialError> save(const QJsonObject& secrets) const;

    QString m_path;
};

} // namespace ringback
