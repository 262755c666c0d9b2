#pragma once

#include "CredentialStore.h"

#include <memory>

namespace ringback {

class CredentialFileStore;
class Settings;

// Which store holds this computer's secrets: the OS keychain; or, only when the keychain has no
// backend AND the user agreed (SettingKey::CredentialFileAllowed, a machine setting), a file only
// this user can read. Reads and writes go to the keychain first and fall back to the file only on
// "no backend", so a keychain that exists is never bypassed. Settings shows where() in words.
class CredentialChooser final : public CredentialStore
{
    Q_OBJECT
public:
    enum class Place { Keychain, File, Environment, Nowhere };

    CredentialChooser(std::unique_ptr<CredentialStore> keychain, std::unique_ptr<CredentialFileStore> file,
                      bool fileAllowed, QObject* parent = nullptr);
    ~CredentialChooser() override;

    // The app's: QtKeychain, the default credentials file, and this machine's consent.
    static std::unique_ptr<CredentialChooser> forThisComputer(const Settings& settings,
                                                              QObject* parent = nullptr);

    bool fileAllowed() const { return m_fileAllowed; }
    // The caller saves the consent in Settings; this only changes where secrets go from now on.
    void setFileAllowed(bool allowed) { m_fileAllowed = allowed; }
    QString filePath() const;

    // Whether the keychain works on this computer (false: "no backend").
    void probeKeychain(std::function<void(bool hasBackend)> done);
    // Where the secret under `key` is now (Nowhere when neither store has it).
    void locate(const QString& key, std::function<void(Place)> done);
    // One line for the Settings page: "Saved in the system keychain", ...
    static QString describe(Place place, const QString& filePath);

    QString backendName() const override;
    void read(const QString& key, Done<QString> done) override;
    void write(const QString& key, const QString& secret, Done<void> done) override;
    void remove(const QString& key, Done<void> done) override;

private:
    CredentialError noKeychain() const;

    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<CredentialFileStore> m_file;
    bool m_fileAllowed = false;
};

} // namespace ringback
