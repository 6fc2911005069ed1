#pragma once

#include "RingbackCoreExport.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ringback::oauth {

// The redirect target of an OAuth authorization in the user's browser
// (RFC 8252 7.3, loopback interface redirection): listens on 127.0.0.1 (a
// port the system picks, or a fixed one) for exactly one
// GET /callback?code=…&state=…, checks the state, answers the browser a small
// plain page ("You can close this tab") and reports the code, or why there is
// none: the authorization server's error, a state that is not ours, or no
// answer before the time limit. Other paths (a browser's /favicon.ico) get a
// 404 and the wait goes on. Never logs the code.
class RINGBACK_CORE_EXPORT LoopbackRedirect final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString code;  // the authorization code; never logged
        QString error; // why there is no code, in words; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &)>;

    static QString callbackPath() { return QStringLiteral("/callback"); }

    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Starts waiting for the redirect carrying `state`. `done` runs exactly
    // once, later, unless cancel() is called or this object is destroyed.
    Status listen(const QString &state, int timeoutMs, Done done, quint16 port = 0);
    // http://127.0.0.1:<port>/callback
    QString redirectUri() const;
    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    // Stops listening; `done` never runs.
    void cancel();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &requestLine);
    void reply(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish(const Outcome &outcome);

    QTcpServer m_server;
    QTimer m_timeout;
    QString m_state;
    Done m_done;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace ringback::oauth
