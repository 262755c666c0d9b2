#include "SimulatedCallers.h"

#include "SeededRandom.h"

namespace ringback::sim {

namespace {

// Withheld caller IDs as Twilio logs them: words, and the keypad spellings it substitutes.
const QList<QString>& withheldIds()
{
    static const QList<QString> ids{QStringLiteral("anonymous"), QStringLiteral("+266696687"),
                                    QStringLiteral("restricted"), QStringLiteral("+7378742833")};
    return ids;
}

// Not translated: these are people's names, part of the simulated data.
const QList<QString>& firstNames()
{
    static const QList<QString> names{
        QStringLiteral("Maria"),  QStringLiteral("Dave"),    QStringLiteral("Linda"),
        QStringLiteral("Carlos"), QStringLiteral("Jen"),     QStringLiteral("Mike"),
        QStringLiteral("Priya"),  QStringLiteral("Tom"),     QStringLiteral("Rosa"),
        QStringLiteral("Kevin"),  QStringLiteral("Sarah"),   QStringLiteral("Luis"),
        QStringLiteral("Beth"),   QStringLiteral("Greg"),    QStringLiteral("Angela"),
        QStringLiteral("Ray"),    QStringLiteral("Tina"),    QStringLiteral("Hector"),
        QStringLiteral("Amy"),    QStringLiteral("Darnell"),
    };
    return names;
}

enum Trait { Landline = 1, KnownContact = 2, Name = 3, WhatsApp = 4 };

} // namespace

SimulatedCallers::SimulatedCallers(const SimulatorSettings& settings)
    : m_seed(settings.seed)
    , m_localAreaCodes(settings.localAreaCodes)
    , m_neighbourAreaCodes(settings.neighbourAreaCodes)
    , m_landlinePercent(settings.landlinePercent)
    , m_withheldPercent(settings.withheldPercent)
    , m_repeatPercent(settings.repeatCallerPercent)
    , m_knownContactPercent(settings.knownContactPercent)
    , m_whatsAppPercent(settings.whatsAppPercent)
{
    if (m_localAreaCodes.isEmpty())
        m_localAreaCodes << QStringLiteral("512");
    QRandomGenerator rng = seeded(m_seed, Stream::CallerPool, {});
    for (int i = 0; i < settings.regularCallers; ++i)
        m_regulars << freshNumber(rng);
}

SimulatedCaller SimulatedCallers::draw(QRandomGenerator& rng) const
{
    // Every branch draws the same amount first, so one setting does not shift the others.
    const int kind = int(rng.bounded(100));
    const quint32 index = rng.generate();
    const QString fresh = freshNumber(rng);
    if (kind < m_withheldPercent)
        return {withheldIds().at(int(index % quint32(withheldIds().size()))), true};
    if (kind < m_withheldPercent + m_repeatPercent && !m_regulars.isEmpty())
        return {m_regulars.at(int(index % quint32(m_regulars.size()))), false};
    return {fresh, false};
}

bool SimulatedCallers::isLandline(const QString& e164) const
{
    return traitPercentile(e164, Landline) < m_landlinePercent;
}

bool SimulatedCallers::prefersWhatsApp(const QString& e164) const
{
    return m_whatsAppPercent > 0 && !isLandline(e164) && traitPercentile(e164, WhatsApp) < m_whatsAppPercent;
}

QString SimulatedCallers::knownName(const QString& e164) const
{
    if (traitPercentile(e164, KnownContact) >= m_knownContactPercent)
        return {};
    return firstNames().at(traitPercentile(e164, Name) % int(firstNames().size()));
}

QString SimulatedCallers::freshNumber(QRandomGenerator& rng) const
{
    const bool local = m_neighbourAreaCodes.isEmpty() || chance(rng, 75);
    const QString area = pick(rng, local ? m_localAreaCodes : m_neighbourAreaCodes);
    // Exchange: 2-9 then two digits, never N11 (service codes) nor 555 (the fictional range the
    // business's own numbers use).
    int exchange = 0;
    do {
        exchange = uniform(rng, 200, 999);
    } while (exchange % 100 == 11 || exchange == 555);
    const int line = uniform(rng, 0, 9999);
    return QStringLiteral("+1%1%2%3").arg(area).arg(exchange).arg(line, 4, 10, QLatin1Char('0'));
}

int SimulatedCallers::traitPercentile(const QString& e164, int trait) const
{
    QRandomGenerator rng = seeded(m_seed, Stream::NumberTraits, {qint64(stableHash(e164)), trait});
    return int(rng.bounded(100));
}

} // namespace ringback::sim
