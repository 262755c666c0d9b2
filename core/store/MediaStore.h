#pragma once

#include "StoreError.h"
#include "domain/MessageMedia.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

class Database;

// The photos and files callers sent with their texts (DESIGN §11): which inbound texts still need
// their Media list asked for, the files listed and where each one stands, and the files kept.
// Listing and fetching are tried again with growing pauses and given up on after kMaxAttempts;
// one file that cannot be fetched never holds the others.
class MediaStore
{
public:
    static constexpr int kMaxAttempts = 5;

    explicit MediaStore(Database& db)
        : m_db(db)
    {}

    // What a failed try means for the next one.
    enum class Failure {
        Passing, // the provider or the network is down for a while: tried again, not counted
        Counted, // counts toward kMaxAttempts
        Final    // cannot succeed (the provider no longer has it): given up on now
    };

    struct ListingDue
    {
        qint64 messageId = 0;
        QString providerMessageId;
        int attempts = 0;
    };
    // Inbound texts with media whose list is due (never asked, or a failed try whose pause is
    // over), newest first.
    StoreResult<QList<ListingDue>> listingsDue(const QDateTime& now, int limit);
    // The provider's list for a text: its files are recorded (waiting to be fetched) and the text
    // is not asked about again. Re-recording the same list changes nothing.
    StoreResult<void> recordListing(qint64 messageId, const QList<MessageMedia>& media, const QDateTime& now);
    // A failed try: asked again after `retryAt` (not at all after a Final one, or kMaxAttempts
    // counted ones).
    StoreResult<void> listingFailed(qint64 messageId, Failure failure, const QDateTime& now,
                                    const QDateTime& retryAt);

    // Files waiting to be fetched whose pause is over, newest text first.
    StoreResult<QList<MessageMedia>> filesDue(const QDateTime& now, int limit);
    StoreResult<void> keep(qint64 mediaId, const QByteArray& bytes, const QString& contentType,
                           const QDateTime& now);
    // A failed fetch, with its code ("gone", "unreadable", "failed"): a Final one, or the last
    // counted attempt, leaves the file unavailable for good; else it is tried again after retryAt.
    StoreResult<void> fetchFailed(qint64 mediaId, Failure failure, const QString& code, const QDateTime& now,
                                  const QDateTime& retryAt);

    // What is known of a lead's files (without their bytes), in the conversation's order.
    StoreResult<QList<MessageMedia>> forLead(qint64 leadId);
    StoreResult<QList<MessageMedia>> forMessage(qint64 messageId);
    // A kept file's bytes; nothing when it is not kept.
    StoreResult<std::optional<QByteArray>> content(qint64 mediaId);

private:
    Database& m_db;
};

} // namespace ringback
