#pragma once

// What the connection tests of the providers (Provider::testConnection)
// share: a shorter timeout than the running provider's, and the office's
// words for an answer that is not a success, the same for every provider but
// for its name, its words for refused credentials and for any other refusal.

#include "RingbackCoreExport.h"
#include "net/HttpClient.h"
#include "provider/ProviderApi.h"
#include "util/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace ringback::provider {

// The options of a connection test's request: `http`'s, with 20 seconds at
// the most to answer.
RINGBACK_CORE_EXPORT net::HttpClient::Options testOptions(const net::HttpClient &http);

// Why the check of `provider` ("Twilio") failed: the failure of the
// connection, or its HTTP status: 401 is `authRefused`, 429 and 5xx are
// the same for all, any other status is the provider's `refused()`.
RINGBACK_CORE_EXPORT QString describeTestFailure(const net::HttpResponse &response,
                                                 const QString &provider,
                                                 const QString &authRefused,
                                                 const std::function<QString()> &refused);

// "<provider> sent an answer Ringback cannot read (<why>)."
RINGBACK_CORE_EXPORT QString unreadableTestAnswer(const QString &provider, const QString &why);

// The answer of a connection test's request read with `parse`; or nothing,
// once `done` was told why not: the failure as `describe` words it, or an
// answer that cannot be read.
template<typename T>
std::optional<T> readTestAnswer(const net::HttpResponse &response,
                                const QString &provider,
                                Result<T> (*parse)(const QByteArray &),
                                const std::function<QString(const net::HttpResponse &)> &describe,
                                const std::function<void(const ConnectionCheck &)> &done)
{
    if (!response.isSuccess()) {
        done({false, describe(response)});
        return std::nullopt;
    }
    auto parsed = parse(response.body);
    if (!parsed) {
        done({false, unreadableTestAnswer(provider, parsed.errorMessage())});
        return std::nullopt;
    }
    return std::move(parsed.value());
}

} // namespace ringback::provider
