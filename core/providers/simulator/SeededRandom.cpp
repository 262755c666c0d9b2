#include "SeededRandom.h"

#include <cmath>
#include <vector>

namespace ringback::sim {

QRandomGenerator seeded(quint64 seed, Stream stream, std::initializer_list<qint64> parts)
{
    std::vector<quint32> words;
    words.reserve(3 + 2 * parts.size());
    words.push_back(quint32(seed));
    words.push_back(quint32(seed >> 32));
    words.push_back(quint32(stream));
    for (const qint64 part : parts) {
        const auto u = quint64(part);
        words.push_back(quint32(u));
        words.push_back(quint32(u >> 32));
    }
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

quint64 stableHash(QStringView text)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QString sid(QRandomGenerator& rng, const char* prefix)
{
    QString out = QString::fromLatin1(prefix);
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral("%1").arg(rng.generate(), 8, 16, QLatin1Char('0'));
    return out;
}

int uniform(QRandomGenerator& rng, int low, int high)
{
    return high <= low ? low : rng.bounded(low, high + 1);
}

bool chance(QRandomGenerator& rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}

int poisson(QRandomGenerator& rng, double mean)
{
    if (mean <= 0)
        return 0;
    const double limit = std::exp(-mean);
    int k = 0;
    double p = rng.generateDouble();
    while (p > limit) {
        ++k;
        p *= rng.generateDouble();
    }
    return k;
}

int weightedIndex(QRandomGenerator& rng, const QList<int>& weights)
{
    int total = 0;
    for (const int w : weights)
        total += qMax(0, w);
    if (total <= 0)
        return -1;
    int r = int(rng.bounded(total));
    for (int i = 0; i < weights.size(); ++i) {
        r -= qMax(0, weights.at(i));
        if (r < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

} // namespace ringback::sim
