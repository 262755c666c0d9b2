#include "MediaStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "SqlValues.h"

namespace ringback {

namespace {

const QString kColumns =
    QStringLiteral("mm.id, mm.message_id, mm.position, mm.provider_media_id, mm.content_type, "
                   "mm.location, mm.state, mm.byte_size, mm.failure, mm.attempts");

// Added to `attempts` by one failure of this kind.
int counted(MediaStore::Failure failure)
{
    switch (failure) {
    case MediaStore::Failure::Passing:
        return 0;
    case MediaStore::Failure::Counted:
        return 1;
    case MediaStore::Failure::Final:
        break;
    }
    return MediaStore::kMaxAttempts;
}

MessageMedia::State stateFrom(const QString& text)
{
    if (text == QLatin1String("waiting"))
        return MessageMedia::State::Waiting;
    if (text == QLatin1String("kept"))
        return MessageMedia::State::Kept;
    return MessageMedia::State::Unavailable;
}

MessageMedia readMedia(const QSqlQuery& q)
{
    MessageMedia m;
    m.id = q.value(0).toLongLong();
    m.messageId = q.value(1).toLongLong();
    m.position = q.value(2).toInt();
    m.providerMediaId = q.value(3).toString();
    m.contentType = q.value(4).toString();
    m.location = q.value(5).toString();
    m.state = stateFrom(q.value(6).toString());
    m.byteSize = q.value(7).toLongLong();
    m.failure = q.value(8).toString();
    m.attempts = q.value(9).toInt();
    return m;
}

} // namespace

StoreResult<QList<MediaStore::ListingDue>> MediaStore::listingsDue(const QDateTime& now, int limit)
{
    return rows::all<ListingDue>(
        [](const QSqlQuery& q) {
            return ListingDue{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
        },
        m_db.exec(
            QStringLiteral("SELECT m.id, m.provider_message_id, COALESCE(l.attempts, 0) FROM messages m "
                           "LEFT JOIN media_listings l ON l.message_id = m.id "
                           "WHERE m.media_count > 0 AND m.direction = 'inbound' "
                           "AND m.provider_message_id IS NOT NULL AND (l.message_id IS NULL OR "
                           "(l.listed = 0 AND l.attempts < ? AND l.next_try_at <= ?)) "
                           "ORDER BY m.id DESC LIMIT ?"),
            {kMaxAttempts, sql::time(now), limit}));
}

StoreResult<void> MediaStore::recordListing(qint64 messageId, const QList<MessageMedia>& media,
                                            const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    for (const MessageMedia& m : media) {
        auto inserted =
            m_db.exec(QStringLiteral(
                          "INSERT INTO message_media (message_id, position, provider_media_id, content_type, "
                          "location, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?) "
                          "ON CONFLICT (provider_media_id) DO NOTHING"),
                      {messageId, m.position, m.providerMediaId, m.contentType, m.location, sql::time(now),
                       sql::time(now)});
        if (!inserted)
            return inserted.error();
    }
    auto listed =
        m_db.exec(QStringLiteral("INSERT INTO media_listings (message_id, listed, attempts, next_try_at, "
                                 "updated_at) VALUES (?, 1, 0, 0, ?) ON CONFLICT (message_id) DO "
                                 "UPDATE SET listed = 1, updated_at = excluded.updated_at"),
                  {messageId, sql::time(now)});
    if (!listed)
        return listed.error();
    return tx.commit();
}

StoreResult<void> MediaStore::listingFailed(qint64 messageId, Failure failure, const QDateTime& now,
                                            const QDateTime& retryAt)
{
    return rows::none(m_db.exec(
        QStringLiteral("INSERT INTO media_listings (message_id, listed, attempts, next_try_at, updated_at) "
                       "VALUES (?, 0, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET "
                       "attempts = media_listings.attempts + excluded.attempts, "
                       "next_try_at = excluded.next_try_at, updated_at = excluded.updated_at"),
        {messageId, counted(failure), sql::time(retryAt), sql::time(now)}));
}

StoreResult<QList<MessageMedia>> MediaStore::filesDue(const QDateTime& now, int limit)
{
    return rows::all<MessageMedia>(
        readMedia, m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM message_media mm WHERE mm.state = 'waiting' "
                                                "AND mm.next_try_at <= ? "
                                                "ORDER BY mm.message_id DESC, mm.position LIMIT ?"),
                             {sql::time(now), limit}));
}

StoreResult<void> MediaStore::keep(qint64 mediaId, const QByteArray& bytes, const QString& contentType,
                                   const QDateTime& now)
{
    // The type the file was served with wins over the listing's when the listing had none.
    return rows::none(m_db.exec(
        QStringLiteral("UPDATE message_media SET state = 'kept', content = ?, byte_size = ?, failure = NULL, "
                       "content_type = CASE WHEN content_type = '' THEN ? ELSE content_type END, "
                       "updated_at = ? WHERE id = ?"),
        {bytes, qlonglong(bytes.size()), contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower(),
         sql::time(now), mediaId}));
}

StoreResult<void> MediaStore::fetchFailed(qint64 mediaId, Failure failure, const QString& code,
                                          const QDateTime& now, const QDateTime& retryAt)
{
    const int add = counted(failure);
    return rows::none(m_db.exec(
        QStringLiteral("UPDATE message_media SET attempts = attempts + ?, failure = ?, next_try_at = ?, "
                       "state = CASE WHEN attempts + ? >= ? THEN 'unavailable' ELSE state END, "
                       "updated_at = ? WHERE id = ? AND state = 'waiting'"),
        {add, code, sql::time(retryAt), add, kMaxAttempts, sql::time(now), mediaId}));
}

StoreResult<QList<MessageMedia>> MediaStore::forLead(qint64 leadId)
{
    return rows::all<MessageMedia>(
        readMedia,
        m_db.exec(QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM message_media mm JOIN messages m ON m.id = mm.message_id "
                                     "WHERE m.lead_id = ? ORDER BY m.created_at, m.id, mm.position"),
                  {leadId}));
}

StoreResult<QList<MessageMedia>> MediaStore::forMessage(qint64 messageId)
{
    return rows::all<MessageMedia>(
        readMedia, m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM message_media mm WHERE mm.message_id = ? "
                                                "ORDER BY mm.position"),
                             {messageId}));
}

StoreResult<std::optional<QByteArray>> MediaStore::content(qint64 mediaId)
{
    return rows::first<QByteArray>(
        [](const QSqlQuery& q) { return q.value(0).toByteArray(); },
        m_db.exec(QStringLiteral("SELECT content FROM message_media WHERE id = ? AND state = 'kept'"),
                  {mediaId}));
}

} // namespace ringback
