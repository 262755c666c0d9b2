#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace ringback::sim {

// Independent random streams of the simulator, so that adding draws to one never shifts another.
enum class Stream : quint32 {
    Slot = 1,
    Call,
    CallerPool,
    NumberTraits,
    Replies,
    Delivery,
    MessageId,
    CallId
};

// A generator that depends only on the seed, the stream and the given parts (a slot index, a call
// index in the slot, a hash of a number...). std::seed_seq and mt19937 are fully specified, so the
// sequence is the same on every platform and run.
QRandomGenerator seeded(quint64 seed, Stream stream, std::initializer_list<qint64> parts);

// A stable 64-bit hash of a text (FNV-1a over UTF-16), unlike qHash which is salted per process.
quint64 stableHash(QStringView text);

// "CA" + 32 lowercase hex digits, as Twilio's sids look.
QString sid(QRandomGenerator& rng, const char* prefix);

// Inclusive range.
int uniform(QRandomGenerator& rng, int low, int high);
// Percent chance.
bool chance(QRandomGenerator& rng, int percent);
// Number of events in an interval with `mean` expected events (Knuth; mean is small here).
int poisson(QRandomGenerator& rng, double mean);
// Index drawn with the given relative weights; -1 when they sum to zero.
int weightedIndex(QRandomGenerator& rng, const QList<int>& weights);

template <class T>
const T& pick(QRandomGenerator& rng, const QList<T>& items)
{
    return items.at(int(rng.bounded(quint32(items.size()))));
}

} // namespace ringback::sim
