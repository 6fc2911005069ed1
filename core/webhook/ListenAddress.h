#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QString>

namespace ringback::webhook {

// Where the webhook receiver listens: the `webhook_listen` setting,
// "host:port" with an IP address ("127.0.0.1:8787", "0.0.0.0:8787",
// "[::1]:8787") or "localhost". Port 0 picks a free port (tests).
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;

    static constexpr const char *Default = "127.0.0.1:8787";

    // A translated, user-readable error when the text is not an address.
    static Result<ListenAddress> parse(const QString &hostPort);
    QString toString() const;
};

} // namespace ringback::webhook
