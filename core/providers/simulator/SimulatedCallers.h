#pragma once

#include "SimulatorSettings.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace ringback::sim {

struct SimulatedCaller
{
    QString callerId; // E.164, or a withheld caller ID exactly as Twilio logs it
    bool withheld = false;
};

// The people who call the office: plausible US numbers in the business's area codes and the
// neighbouring ones, a pool of regulars who call again, a few withheld caller IDs.
// What a number is (a landline, a known contact) is a pure function of the seed and the number,
// so the simulator "remembers" it without state: libphonenumber cannot tell US landlines from
// mobiles, the simulated carrier can.
class SimulatedCallers
{
public:
    explicit SimulatedCallers(const SimulatorSettings& settings);

    // The caller of one call, drawn from the call's own generator.
    SimulatedCaller draw(QRandomGenerator& rng) const;

    bool isLandline(const QString& e164) const;
    // Answers on WhatsApp (never a landline).
    bool prefersWhatsApp(const QString& e164) const;
    // A first name for callers who are known contacts; empty otherwise.
    QString knownName(const QString& e164) const;

    const QList<QString>& regulars() const { return m_regulars; }

private:
    QString freshNumber(QRandomGenerator& rng) const;
    int traitPercentile(const QString& e164, int trait) const;

    quint64 m_seed;
    QStringList m_localAreaCodes;
    QStringList m_neighbourAreaCodes;
    int m_landlinePercent;
    int m_withheldPercent;
    int m_repeatPercent;
    int m_knownContactPercent;
    int m_whatsAppPercent;
    QList<QString> m_regulars;
};

} // namespace ringback::sim
