#include "CredentialFileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace ringback {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kFormat = QStringLiteral("ringback-credentials/1");

} // namespace

CredentialFileStore::CredentialFileStore(QString path, QObject* parent)
    : CredentialStore(parent)
    , m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString CredentialFileStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("credentials.json"));
}

QString CredentialFileStore::backendName() const
{
    return tr("a file only you can read (%1)").arg(QDir::toNativeSeparators(m_path));
}

bool CredentialFileStore::othersCanRead(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                QFileDevice::WriteOther);
}

Result<QJsonObject, CredentialError> CredentialFileStore::load() const
{
    if (!QFileInfo::exists(m_path))
        return QJsonObject();
    if (othersCanRead(m_path)) {
        return CredentialError{
            CredentialError::Kind::Denied,
            tr("The credentials file %1 can be read by other people on this computer, so Ringback will not "
               "use it. Change the token at your provider, delete the file and enter the new token in "
               "Ringback's setup.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return CredentialError{CredentialError::Kind::Other,
                               tr("Ringback could not open the credentials file %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    // Never quote the file's content: it holds secrets.
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        return CredentialError{CredentialError::Kind::Other,
                               tr("The credentials file %1 is damaged. Delete it and enter the token again "
                                  "in Ringback's setup.")
                                   .arg(QDir::toNativeSeparators(m_path))};
    }
    return doc.object().value(QStringLiteral("secrets")).toObject();
}

Result<void, CredentialError> CredentialFileStore::save(const QJsonObject& secrets) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return CredentialError{CredentialError::Kind::Other,
                               tr("Ringback could not create the folder %1 for its credentials file.")
                                   .arg(QDir::toNativeSeparators(folder))};
    }
    QFile file(m_path);
    // Created 0600 (Qt applies the permissions at creation), and set again right away: an existing
    // file that someone made readable is repaired before the secret goes in.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly) ||
        !file.setPermissions(kOwnerOnly)) {
        return CredentialError{CredentialError::Kind::Other,
                               tr("Ringback could not write the credentials file %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("secrets"), secrets}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        return CredentialError{CredentialError::Kind::Other,
                               tr("Ringback could not write the credentials file %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    return {};
}

void CredentialFileStore::read(const QString& key, Done<QString> done)
{
    auto secrets = load();
    if (!secrets)
        return done(secrets.error());
    if (!secrets.value().contains(key)) {
        return done(CredentialError{CredentialError::Kind::NotFound,
                                    tr("Nothing is saved in the credentials file under that name.")});
    }
    done(secrets.value().value(key).toString());
}

void CredentialFileStore::write(const QString& key, const QString& secret, Done<void> done)
{
    auto secrets = load();
    // A file others could read is replaced, not merged: what was in it is no longer a secret.
    QJsonObject values = secrets ? secrets.value() : QJsonObject();
    if (!secrets && secrets.error().kind != CredentialError::Kind::Denied)
        return done(secrets.error());
    values.insert(key, secret);
    done(save(values));
}

void CredentialFileStore::remove(const QString& key, Done<void> done)
{
    auto secrets = load();
    if (!secrets)
        return done(secrets.error());
    QJsonObject values = secrets.value();
    if (!values.contains(key))
        return done({});
    values.remove(key);
    done(save(values));
}

} // namespace ringback
