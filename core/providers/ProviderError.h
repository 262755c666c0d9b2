#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace ringback {

// Why a provider request did not succeed, typed so the worker can decide (retry, give up, learn
// an opt-out) and worded so the office can act (message). The provider's own code and text are
// kept for the lead card and the log. Never contains a credential.
struct ProviderError
{
    enum class Kind {
        BadCredentials,     // 401: wrong SID / token
        Forbidden,          // 403: the account may not do this
        NotFound,           // 404: wrong account SID, wrong URL, unknown message
        OptedOut,           // the recipient opted out at the carrier/provider (Twilio 21610)
        InvalidNumber,      // not a valid number, or cannot receive SMS (21211, 21614)
        RegionNotPermitted, // the account may not text that country (21408)
        Rejected,           // any other 4xx: the request cannot succeed as it is
        RateLimited,        // 429: retry after retryAfterSeconds
        ServerError,        // 5xx: retry with back-off
        Network,            // no connection, DNS, TLS failure
        Timeout,            // no complete answer in time
        MalformedResponse   // the answer was not what the API documents
    };

    Kind kind = Kind::Rejected;
    QString message;      // one sentence for the office: what is wrong and what to do
    int httpStatus = 0;   // 0 when no HTTP answer arrived
    int providerCode = 0; // e.g. 21610; 0 when the provider gave none
    QString providerMessage;
    std::optional<int> retryAfterSeconds;

    // Whether the provider may have done what was asked although the request failed. It matters
    // for a send: a text that may have gone out is looked up in the provider's message log before
    // any resend (DESIGN §5), one that surely did not is safe to send again.
    enum class Fate {
        FromKind,           // not said: a 5xx or a timeout may have been accepted, nothing else
        NotAccepted,        // the provider answered no (4xx, 429), or the request never left:
                            // connection refused, host not found, TLS handshake failed
        MayHaveBeenAccepted // the request left and no clear answer came back: a 5xx, a timeout, a
                            // connection dropped, a redirect, an unreadable 2xx
    };
    Fate fate = Fate::FromKind;

    bool mayHaveBeenAccepted() const
    {
        if (fate == Fate::FromKind)
            return kind == Kind::ServerError || kind == Kind::Timeout;
        return fate == Fate::MayHaveBeenAccepted;
    }

    // 429, 5xx, network trouble and timeouts can succeed later; everything else cannot.
    bool isRetryable() const
    {
        return kind == Kind::RateLimited || kind == Kind::ServerError || kind == Kind::Network ||
               kind == Kind::Timeout;
    }

    // What is stored about a failure (DESIGN §6: codes, never sentences): the kind as a code
    // ("invalid_number", "timeout", ...) and its parameters: "error" (the provider's code),
    // "http" (the status) and "detail" (the provider's own words, untranslated), each when known.
    // FactWording::sendFailure words them in a desk's language; `message` is never stored.
    QString code() const { return codeOf(kind); }
    QVariantMap params() const;
    static QString codeOf(Kind kind);
    // A stored failure back as an error (for a text given up on after its retries).
    static ProviderError fromStored(const QString& code, const QVariantMap& params);
};

template <class T>
using ProviderResult = Result<T, ProviderError>;

} // namespace ringback
