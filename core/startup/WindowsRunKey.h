#pragma once

#include "AutostartRegistration.h"

#include <QMap>

#include <memory>

class QSettings;

namespace ringback {

// The values of one registry key, behind an interface so the Run-key logic is tested on any
// system with a map instead of the registry.
class RegistryValues
{
public:
    virtual ~RegistryValues() = default;
    virtual QString value(const QString& name) const = 0; // empty when absent
    virtual bool contains(const QString& name) const = 0;
    // Both return false when the write did not reach the registry (policy, permissions).
    virtual bool setValue(const QString& name, const QString& data) = 0;
    virtual bool remove(const QString& name) = 0;
};

// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run through QSettings' native
// (registry) format. Only meaningful on Windows.
class CurrentUserRunKey : public RegistryValues
{
public:
    CurrentUserRunKey();
    ~CurrentUserRunKey() override;
    QString value(const QString& name) const override;
    bool contains(const QString& name) const override;
    bool setValue(const QString& name, const QString& data) override;
    bool remove(const QString& name) override;

private:
    std::unique_ptr<QSettings> m_key;
};

// Test double: a map.
class InMemoryRegistryValues : public RegistryValues
{
public:
    QString value(const QString& name) const override { return m_values.value(name); }
    bool contains(const QString& name) const override { return m_values.contains(name); }
    bool setValue(const QString& name, const QString& data) override;
    bool remove(const QString& name) override;

    QMap<QString, QString> values() const { return m_values; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; } // as under a group policy

private:
    QMap<QString, QString> m_values;
    bool m_readOnly = false;
};

// Windows: a "Ringback" value in the user's Run key holding the quoted command line.
class WindowsRunKey : public AutostartRegistration
{
public:
    static constexpr auto kValueName = "Ringback";

    explicit WindowsRunKey(RegistryValues& runKey);

    bool isEnabled() const override;
    Result<void, AutostartError> enable(const LaunchCommand& command) override;
    Result<void, AutostartError> disable() override;
    QString location() const override;

    // "C:\Program Files\Ringback\bin\ringback.exe" --minimized
    static QString commandLine(const LaunchCommand& command);

private:
    RegistryValues& m_runKey;
};

} // namespace ringback
