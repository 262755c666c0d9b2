#include "MediaCollector.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "providers/VoipProvider.h"

namespace ringback {

MediaCollector::MediaCollector(Database& db, VoipProvider& provider, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_provider(provider)
    , m_clock(clock)
{}

void MediaCollector::collect()
{
    if (m_busy || (m_pausedUntil.isValid() && m_clock.nowUtc() < m_pausedUntil))
        return;
    m_busy = true;
    m_requests = 0;
    m_changed = false;
    step();
}

void MediaCollector::step()
{
    if (m_requests >= kRequestsPerRound)
        return finishRound();
    MediaStore store(m_db);
    const QDateTime now = m_clock.nowUtc();
    // Lists first: a text's files are known (and shown as coming) before any is fetched.
    auto listings = store.listingsDue(now, 1);
    if (!listings) {
        emit storeFailed(listings.error());
        return finishRound();
    }
    if (!listings->isEmpty())
        return listFiles(listings->first());
    auto files = store.filesDue(now, 1);
    if (!files) {
        emit storeFailed(files.error());
        return finishRound();
    }
    if (!files->isEmpty())
        return fetchFile(files->first());
    finishRound();
}

void MediaCollector::listFiles(const MediaStore::ListingDue& due)
{
    ++m_requests;
    QPointer<MediaCollector> self(this);
    m_provider.listMedia(due.providerMessageId, [self, due](ProviderResult<QList<MessageMedia>> listed) {
        if (!self)
            return;
        MediaStore store(self->m_db);
        const QDateTime now = self->m_clock.nowUtc();
        if (listed) {
            if (!self->recorded(store.recordListing(due.messageId, listed.value(), now)))
                return;
            self->m_changed = true;
        } else {
            qCInfo(lcWorker).noquote() << "the files of message" << due.messageId
                                       << "could not be listed:" << listed.error().providerMessage;
            const MediaStore::Failure failure = self->failureOf(listed.error());
            if (!self->recorded(
                    store.listingFailed(due.messageId, failure, now, self->retryAt(failure, due.attempts))))
                return;
            // The provider or the network is down for a while: the rest waits for a later round.
            if (failure == MediaStore::Failure::Passing) {
                self->m_pausedUntil = self->retryAt(failure, 0);
                return self->finishRound();
            }
        }
        self->step();
    });
}

void MediaCollector::fetchFile(const MessageMedia& media)
{
    ++m_requests;
    QPointer<MediaCollector> self(this);
    m_provider.fetchMedia(media, kMaxMediaBytes, [self, media](ProviderResult<MediaContent> fetched) {
        if (!self)
            return;
        MediaStore store(self->m_db);
        const QDateTime now = self->m_clock.nowUtc();
        if (fetched) {
            if (!self->recorded(store.keep(media.id, fetched->bytes, fetched->contentType, now)))
                return;
            self->m_changed = true;
        } else {
            const ProviderError& error = fetched.error();
            qCInfo(lcWorker).noquote()
                << "file" << media.id << "could not be fetched:" << error.providerMessage;
            const MediaStore::Failure failure = self->failureOf(error);
            const QString code = error.kind == ProviderError::Kind::NotFound ? QStringLiteral("gone")
                                 : error.kind == ProviderError::Kind::MalformedResponse
                                     ? QStringLiteral("unreadable")
                                     : QStringLiteral("failed");
            if (!self->recorded(
                    store.fetchFailed(media.id, failure, code, now, self->retryAt(failure, media.attempts))))
                return;
            // Given up on: the thread says so instead of "on its way".
            if (failure == MediaStore::Failure::Final || media.attempts + 1 >= MediaStore::kMaxAttempts)
                self->m_changed = true;
            if (failure == MediaStore::Failure::Passing) {
                self->m_pausedUntil = self->retryAt(failure, 0);
                return self->finishRound();
            }
        }
        self->step();
    });
}

void MediaCollector::finishRound()
{
    m_busy = false;
    if (std::exchange(m_changed, false))
        emit changed();
}

bool MediaCollector::recorded(const StoreResult<void>& result)
{
    if (result)
        return true;
    emit storeFailed(result.error());
    finishRound();
    return false;
}

MediaStore::Failure MediaCollector::failureOf(const ProviderError& error) const
{
    switch (error.kind) {
    case ProviderError::Kind::NotFound:
    case ProviderError::Kind::MalformedResponse:
        return MediaStore::Failure::Final;
    case ProviderError::Kind::RateLimited:
    case ProviderError::Kind::ServerError:
    case ProviderError::Kind::Network:
    case ProviderError::Kind::Timeout:
        return MediaStore::Failure::Passing;
    default:
        return MediaStore::Failure::Counted;
    }
}

QDateTime MediaCollector::retryAt(MediaStore::Failure failure, int attemptsBefore) const
{
    const QDateTime now = m_clock.nowUtc();
    if (failure == MediaStore::Failure::Passing)
        return now.addSecs(60 * kPassingPauseMins);
    return now.addSecs(60 * kFirstPauseMins * (qint64(1) << (2 * qBound(0, attemptsBefore, 3))));
}

} // namespace ringback
