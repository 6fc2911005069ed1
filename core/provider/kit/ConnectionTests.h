#pragma once

// What the connection tests of the providers (Provider::testConnection)
// share: a shorter timeout than the running provider's, and the office's
// words for an answer that is not a success. The words are each provider's
// own (its translation context).

#include "RingbackCoreExport.h"
#include "net/HttpClient.h"

#include <QString>

#include <functional>

namespace ringback::provider {

struct TestWords
{
    QString notConnected;  // %1: the host, %2: why
    QString timeout;       // %1: why
    QString broken;        // the connection broke; %1: why
    QString tooLarge;      // %1: why; empty: as `broken`
    QString authRefused;   // 401
    QString slowDown;      // 429
    QString serverTrouble; // 5xx; %1: the HTTP status
};

// The options of a connection test's request: `http`'s, with 20 seconds at
// the most to answer.
RINGBACK_CORE_EXPORT net::HttpClient::Options testOptions(const net::HttpClient &http);

// Why the check failed: the failure of the connection, or its HTTP status
// (401, 429, 5xx) in `words`; any other status in the words of `refused`.
RINGBACK_CORE_EXPORT QString describeTestFailure(const net::HttpResponse &response,
                                                 const TestWords &words,
                                                 const std::function<QString()> &refused);

} // namespace ringback::provider
