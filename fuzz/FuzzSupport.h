#pragma once

// What every fuzz target shares: the fuzzer's bytes as Qt types, splitting one input into several
// values, and invariant checks that abort (libFuzzer then keeps the input as a crash, and the
// replay test in ctest fails on it).

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ringback::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Text from outside is UTF-8 that may be invalid: Qt replaces what does not decode.
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// One input holding several values, separated by the ASCII unit separator (0x1F). Seeds are
// written with it, so they stay readable in an editor.
constexpr char kFieldSeparator = '\x1f';
constexpr char kRecordSeparator = '\x1e';

inline QList<QByteArray> split(const QByteArray& input, char separator = kFieldSeparator)
{
    return input.split(separator);
}

// Some code needs a QCoreApplication (SQL driver plugins, translations): one for the whole run,
// made on first use (the replay runner and libFuzzer both call targets without one).
inline void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ringback-fuzz";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives until the process ends
}

[[noreturn]] inline void invariantBroken(const char* condition, const char* file, int line,
                                         const QString& detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n%s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace ringback::fuzz

// FUZZ_CHECK(condition, detail): detail is a QString said when the invariant does not hold.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::ringback::fuzz::invariantBroken(#condition, __FILE__, __LINE__, (detail));                     \
    } while (false)
