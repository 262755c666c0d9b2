#pragma once

#include "hours/BusinessHours.h"
#include "providers/VoipProvider.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ringback::ui {

// What the first-run wizard has gathered so far; the pages fill it in, SetupWizard saves it.
struct SetupChoices
{
    static constexpr const char* kTwilio = "twilio";
    static constexpr const char* kDemo = "simulator";

    QString providerKind = QString::fromLatin1(kTwilio);
    QString accountSid;
    QString token;            // only in memory until Finish writes it to the credential store
    QString accountName;      // as the provider calls the account, after a successful test
    bool fileConsent = false; // the keychain has no backend and the user agreed to the 0600 file

    bool numbersListed = false;
    QList<ProviderNumber> numbers; // the account's numbers, as listed
    QStringList chosenNumbers;     // E.164
    QString whatsAppSender;        // E.164 (or as typed, refused by the settings' rule); empty: off

    QString businessName;
    bool hoursChosen = false; // the hours page was filled in
    BusinessHours hours;

    bool isDemo() const { return providerKind == QLatin1String(kDemo); }
};

// Makes a provider to try the credentials with: kind ("twilio", "simulator"), Account SID, token.
using ProviderProbe = std::function<std::unique_ptr<VoipProvider>(
    const QString& kind, const QString& accountSid, const QString& token)>;

} // namespace ringback::ui
