#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>

namespace ringback::net {

// True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http may reach.
bool isLoopbackHost(const QString &host);

// Checks a provider's base URL (the API default, or an office's override for a
// proxy or a test server): https, or http only to this computer; no user
// name, query or fragment. The result has no trailing slash.
Result<QUrl> checkBaseUrl(const QString &text);

// Joins a base URL and an API path that may carry an already encoded query
// ("/2010-04-01/Accounts/AC.../Calls.json?To=%2B1...&Page=1"). The base's own
// path is kept as a prefix (proxies). Only the path and query of `pathAndQuery`
// are used, even if it is an absolute URL, so credentials never go to a host
// other than the configured one.
QUrl joinUrl(const QUrl &base, const QString &pathAndQuery);

// True if following a redirect from `from` to `to` may keep sending the
// credentials: same scheme, host and port.
bool sameOrigin(const QUrl &from, const QUrl &to);

// True if `url` may be fetched at all: https, or http to loopback.
bool isAllowedScheme(const QUrl &url);

} // namespace ringback::net
