#include "ConnectionTests.h"

#include <QCoreApplication>

#include <algorithm>

namespace ringback::provider {

namespace {

constexpr int kTestTimeoutMs = 20000;

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ringback::provider::ConnectionTests)
};

} // namespace

net::HttpClient::Options testOptions(const net::HttpClient &http)
{
    net::HttpClient::Options options = http.defaultOptions();
    options.timeoutMs = std::min(options.timeoutMs, kTestTimeoutMs);
    return options;
}

QString describeTestFailure(const net::HttpResponse &response,
                            const QString &provider,
                            const QString &authRefused,
                            const std::function<QString()> &refused)
{
    using F = net::HttpResponse::Failure;
    switch (response.failure) {
    case F::NotConnected:
        return Words::tr("Cannot reach %1 at %2 (%3). Check the internet connection and the API "
                         "address.")
            .arg(provider, response.url.host(), response.describe());
    case F::Timeout:
        return Words::tr("%1 did not answer in time (%2). Try again in a minute.")
            .arg(provider, response.describe());
    case F::TooLarge:
        return Words::tr("%1 sent an answer too large to be real (%2). Check the API address.")
            .arg(provider, response.describe());
    case F::Network:
        return Words::tr("The connection to %1 broke (%2). Try again in a minute.")
            .arg(provider, response.describe());
    case F::None:
        break;
    }
    if (response.status == 401)
        return authRefused;
    if (response.status == 429)
        return Words::tr("%1 asked Ringback to slow down (429). Try again in a minute.")
            .arg(provider);
    if (response.status >= 500)
        return Words::tr("%1 is having trouble (HTTP %2). Try again later.")
            .arg(provider, QString::number(response.status));
    return refused();
}

QString unreadableTestAnswer(const QString &provider, const QString &why)
{
    return Words::tr("%1 sent an answer Ringback cannot read (%2).").arg(provider, why);
}

} // namespace ringback::provider
