#pragma once

#include "common/Result.h"

#include <QString>

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

    // 429, 5xx, network trouble and timeouts can succeed later; everything else cannot.
    bool isRetryable() const
    {
        return kind == Kind::RateLimited || kind == Kind::ServerError || kind == Kind::Network ||
               kind == Kind::Timeout;
    }
};

template <class T>
using ProviderResult = Result<T, ProviderError>;

} // namespace ringback
