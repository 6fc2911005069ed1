#include "oauth/LoopbackRedirect.h"

#include "webhook/ConstantTime.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace ringback::oauth {

Q_LOGGING_CATEGORY(lcOAuth, "ringback.core.oauth")

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        break;
    }
    return "Error";
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({QString(),
                tr("The sign-in was not completed in time. Start it again and finish it in "
                   "the browser.")});
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
}

LoopbackRedirect::~LoopbackRedirect()
{
    m_done = nullptr;
    m_server.close();
}

Status LoopbackRedirect::listen(const QString &state, int timeoutMs, Done done, quint16 port)
{
    cancel();
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return Error(tr("Cannot wait for the browser on 127.0.0.1 port %1: %2")
                         .arg(port)
                         .arg(m_server.errorString()));
    m_state = state;
    m_done = std::move(done);
    m_timeout.start(timeoutMs);
    qCInfo(lcOAuth) << "waiting for the sign-in redirect on" << redirectUri();
    return {};
}

QString LoopbackRedirect::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(callbackPath());
}

void LoopbackRedirect::cancel()
{
    m_done = nullptr;
    m_timeout.stop();
    m_server.close();
}

void LoopbackRedirect::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {
        socket->readAll(); // answered already
        return;
    }
    it->append(socket->readAll());
    const qsizetype end = it->indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->size() > kMaxRequestBytes) {
            m_buffers.erase(it);
            reply(socket, 400, tr("Sign-in"), tr("This request is too large."));
        }
        return;
    }
    const QByteArray requestLine = it->left(it->indexOf("\r\n"));
    m_buffers.erase(it);
    handle(socket, requestLine);
}

void LoopbackRedirect::handle(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(1).startsWith('/')) {
        reply(socket, 400, tr("Sign-in"), tr("Ringback did not understand this request."));
        return;
    }
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + parts.at(1));
    if (url.path() != callbackPath() || !m_done) {
        reply(socket, 404, tr("Sign-in"), tr("Nothing here."));
        return;
    }
    if (parts.at(0) != "GET") {
        reply(socket, 405, tr("Sign-in"), tr("Ringback expects the browser to come back here."));
        return;
    }
    const QUrlQuery query(url);
    const auto item = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    Outcome outcome;
    if (!webhook::constantTimeEquals(item("state").toUtf8(), m_state.toUtf8())) {
        outcome.error = tr("The browser came back with an answer that does not belong to this "
                           "sign-in (its state does not match), so Ringback ignored it. Start "
                           "the sign-in again.");
    } else if (!item("error").isEmpty()) {
        const QString why
            = item("error_description").isEmpty() ? item("error") : item("error_description");
        //: %1 is the reason the provider gave, e.g. "access_denied"
        outcome.error = tr("The sign-in was refused: %1").arg(why);
    } else if (item("code").isEmpty()) {
        outcome.error = tr("The browser came back without an authorization code.");
    } else {
        outcome.code = item("code");
    }
    if (outcome.ok())
        reply(
            socket, 200, tr("Signed in"), tr("Ringback has your sign-in. You can close this tab."));
    else
        reply(
            socket, 400, tr("Sign-in failed"), tr("%1 You can close this tab.").arg(outcome.error));
    finish(outcome);
}

void LoopbackRedirect::reply(QTcpSocket *socket,
                             int status,
                             const QString &title,
                             const QString &text)
{
    const QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                            + title.toHtmlEscaped().toUtf8() + "</title></head><body><h1>"
                            + title.toHtmlEscaped().toUtf8() + "</h1><p>"
                            + text.toHtmlEscaped().toUtf8() + "</p></body></html>\n";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                      + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(page.size())
                      + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
                        "\r\nConnection: close\r\n\r\n";
    socket->write(head + page);
    socket->disconnectFromHost();
}

void LoopbackRedirect::finish(const Outcome &outcome)
{
    m_timeout.stop();
    m_server.close();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!outcome.ok())
        qCWarning(lcOAuth).noquote() << "sign-in redirect:" << outcome.error;
    if (done)
        done(outcome);
}

} // namespace ringback::oauth
