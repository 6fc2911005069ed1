#pragma once

#include "webhook/ConnectionGuard.h"

#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace ringback::webhook {

// Accepts connections with a ConnectionGuard in place before Qt HTTP Server
// connects its own readyRead handler, and caps concurrent connections.
class GuardedTcpServer final : public QTcpServer
{
public:
    using Refused = std::function<void(QTcpSocket *, int, const QByteArray &, const QString &)>;

    // `limits` and `maxConnections` are read per connection, so changes apply
    // to the next one; both outlive this server (its parent owns them).
    GuardedTcpServer(const ConnectionLimits *limits,
                     const int *maxConnections,
                     Refused refused,
                     QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
        , m_maxConnections(maxConnections)
        , m_refused(std::move(refused))
    {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const ConnectionLimits *m_limits;
    const int *m_maxConnections;
    Refused m_refused;
    int m_open = 0;
};

} // namespace ringback::webhook
