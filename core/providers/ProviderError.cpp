#include "ProviderError.h"

#include "domain/EnumNames.h"

namespace ringback {

namespace {
using Kind = ProviderError::Kind;
constexpr detail::EnumNames<Kind, 12> kKinds{{
    {Kind::BadCredentials, "bad_credentials"},
    {Kind::Forbidden, "forbidden"},
    {Kind::NotFound, "not_found"},
    {Kind::OptedOut, "opted_out"},
    {Kind::InvalidNumber, "invalid_number"},
    {Kind::RegionNotPermitted, "region_not_permitted"},
    {Kind::Rejected, "rejected"},
    {Kind::RateLimited, "rate_limited"},
    {Kind::ServerError, "server_error"},
    {Kind::Network, "network"},
    {Kind::Timeout, "timeout"},
    {Kind::MalformedResponse, "malformed_response"},
}};
} // namespace

QString ProviderError::codeOf(Kind kind)
{
    return detail::enumName(kKinds, kind, "rejected");
}

QVariantMap ProviderError::params() const
{
    QVariantMap p;
    if (providerCode)
        p.insert(QStringLiteral("error"), providerCode);
    if (httpStatus)
        p.insert(QStringLiteral("http"), httpStatus);
    if (!providerMessage.trimmed().isEmpty())
        p.insert(QStringLiteral("detail"), providerMessage.trimmed());
    return p;
}

ProviderError ProviderError::fromStored(const QString& code, const QVariantMap& params)
{
    ProviderError e;
    e.kind = detail::enumValue(kKinds, code, Kind::Timeout);
    e.providerCode = params.value(QStringLiteral("error")).toInt();
    e.httpStatus = params.value(QStringLiteral("http")).toInt();
    e.providerMessage = params.value(QStringLiteral("detail")).toString();
    return e;
}

} // namespace ringback
