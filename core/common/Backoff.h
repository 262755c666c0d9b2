#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace ringback {

// How long to wait after a failure before trying again: about half a second at first, doubling
// while failures repeat (1 s, 2 s, 4 s...) up to a ceiling, each wait spread by +-20 % so desks
// that failed together do not all come back in the same instant. A wait the server asked for
// (Retry-After) is taken exactly, without jitter. A success starts again from the first wait.
// The randomness is injected so tests can assert the sequence of values.
class Backoff
{
public:
    // A number in [0, 1); unset: QRandomGenerator::global().
    using Random = std::function<double()>;

    struct Config
    {
        int firstMs = 500;
        int maxMs = 5 * 60'000;
        int jitterPercent = 20;
    };

    Backoff();
    explicit Backoff(Config config, Random random = {});

    // One more failure: the wait before the next try. `retryAfterMs` (the server's own word) wins.
    int failed(std::optional<qint64> retryAfterMs = std::nullopt);
    void succeeded() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The wait before jitter after `failures` failures in a row (0: none).
    int baseMs(int failures) const;

private:
    Config m_config;
    Random m_random;
    int m_failures = 0;
};

} // namespace ringback
