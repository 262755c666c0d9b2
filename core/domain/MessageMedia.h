#pragma once

#include <QByteArray>
#include <QString>

namespace ringback {

// A photo or file a caller sent with a text (MMS). The provider lists each one with its id, type
// and address; Ringback keeps the file itself in the store, so every desk can show it and it
// outlives the provider's copy (which an account may delete). Ids are the store's, 0 when a
// provider hands it over.
struct MessageMedia
{
    // Waiting: listed, the file not fetched yet; Kept: the file is in the store; Unavailable: the
    // provider no longer has it, it is too large, or fetching it failed too often (`failure` says
    // which, as a code).
    enum class State { Waiting, Kept, Unavailable };

    qint64 id = 0;
    qint64 messageId = 0;
    int position = 0; // its place among the message's files, from 0
    QString providerMediaId;
    QString contentType; // "image/jpeg", as the provider says
    QString location;    // where the provider serves it (Twilio: the media's uri)
    qint64 byteSize = 0; // once kept
    State state = State::Waiting;
    QString failure;  // "gone", "unreadable", "failed": why it is unavailable (else the last failure)
    int attempts = 0; // failed fetches that count toward giving up

    bool isImage() const { return contentType.startsWith(QLatin1String("image/")); }
};

// A file's bytes as the provider served them.
struct MediaContent
{
    QByteArray bytes;
    QString contentType;
};

// The largest file kept: an MMS carries at most 5 MB in all (Twilio's limit), so anything bigger
// is not a caller's photo.
constexpr qint64 kMaxMediaBytes = 5 * 1024 * 1024;

} // namespace ringback
