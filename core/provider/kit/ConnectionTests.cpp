#include "ConnectionTests.h"

#include <algorithm>

namespace ringback::provider {

namespace {

constexpr int kTestTimeoutMs = 20000;

} // namespace

net::HttpClient::Options testOptions(const net::HttpClient &http)
{
    net::HttpClient::Options options = http.defaultOptions();
    options.timeoutMs = std::min(options.timeoutMs, kTestTimeoutMs);
    return options;
}

QString describeTestFailure(const net::HttpResponse &response,
                            const TestWords &words,
                            const std::function<QString()> &refused)
{
    using F = net::HttpResponse::Failure;
    switch (response.failure) {
    case F::NotConnected:
        return words.notConnected.arg(response.url.host(), response.describe());
    case F::Timeout:
        return words.timeout.arg(response.describe());
    case F::TooLarge:
        if (!words.tooLarge.isEmpty())
            return words.tooLarge.arg(response.describe());
        [[fallthrough]];
    case F::Network:
        return words.broken.arg(response.describe());
    case F::None:
        break;
    }
    if (response.status == 401)
        return words.authRefused;
    if (response.status == 429)
        return words.slowDown;
    if (response.status >= 500)
        return words.serverTrouble.arg(response.status);
    return refused();
}

} // namespace ringback::provider
