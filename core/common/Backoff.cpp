#include "Backoff.h"

#include <QRandomGenerator>

namespace ringback {

Backoff::Backoff()
    : Backoff(Config{})
{}

Backoff::Backoff(Config config, Random random)
    : m_config(config)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

int Backoff::baseMs(int failures) const
{
    if (failures <= 0)
        return 0;
    const qint64 doubled = qint64(m_config.firstMs) << qMin(failures - 1, 30);
    return int(qMin<qint64>(doubled, m_config.maxMs));
}

int Backoff::failed(std::optional<qint64> retryAfterMs)
{
    ++m_failures;
    if (retryAfterMs)
        return int(qBound(qint64(0), qint64(*retryAfterMs), qint64(m_config.maxMs)));
    const int base = baseMs(m_failures);
    const double spread = base * m_config.jitterPercent / 100.0;
    // From base - spread to base + spread.
    const double r = qBound(0.0, m_random(), 1.0);
    return qBound(0, int(base - spread + 2 * spread * r), m_config.maxMs);
}

} // namespace ringback
