#pragma once

#include "store/MediaStore.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ringback {

class Clock;
class Database;
class VoipProvider;
struct ProviderError;

// Fetches the photos callers send (DESIGN §11) into the store, beside the text-back work and never
// in its way: a round starts after a cycle, asks for one thing at a time (a text's Media list, then
// each file), and ends after kRequestsPerRound requests or when nothing is due. A failure is
// recorded on its text or file and tried again later (MediaStore decides when to give up); it never
// stops the round's other files, and never reaches the status bar, which is about texting.
class MediaCollector : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRequestsPerRound = 8;
    // The pause after a counted failure: 1, 4, 16, 64 minutes as they repeat; after a passing one
    // (the provider or the network down for a while), kPassingPauseMins.
    static constexpr int kFirstPauseMins = 1;
    static constexpr int kPassingPauseMins = 5;

    MediaCollector(Database& db, VoipProvider& provider, const Clock& clock, QObject* parent = nullptr);

    // Starts a round unless one is running or an outage pauses it.
    void collect();
    bool busy() const { return m_busy; }

signals:
    // A file was kept or given up on, or a text's files were listed: the thread and card change.
    void changed();
    void storeFailed(const ringback::StoreError& error);

private:
    void step();
    void listFiles(const MediaStore::ListingDue& due);
    void fetchFile(const MessageMedia& media);
    void finishRound();
    bool recorded(const StoreResult<void>& result);
    // How a failed request counts, and when to try again.
    MediaStore::Failure failureOf(const ProviderError& error) const;
    QDateTime retryAt(MediaStore::Failure failure, int attemptsBefore) const;

    Database& m_db;
    VoipProvider& m_provider;
    const Clock& m_clock;
    bool m_busy = false;
    int m_requests = 0; // in this round
    bool m_changed = false;
    // After the provider or the network failed: nothing is asked before this (a provider that is
    // down is not asked about every photo in turn).
    QDateTime m_pausedUntil;
};

} // namespace ringback
