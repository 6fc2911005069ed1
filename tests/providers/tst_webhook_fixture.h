#pragma once

// Shared by the WebhookServer tests: a server on 127.0.0.1 with the Twilio,
// Telnyx and Quo verifiers, and helpers to send to it through
// QNetworkAccessManager or a raw socket (the server runs on the test's
// thread, so every wait goes through the event loop).

#include "util/Clock.h"
#include "webhook/QuoSignature.h"
#include "webhook/TelnyxSignature.h"
#include "webhook/TwilioSignature.h"
#include "webhook/WebhookServer.h"

#include "tst_webhook_ed25519.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace webhooktest {

using namespace ringback;
using namespace ringback::webhook;

inline const QByteArray Token = "twilio-auth-token";
inline const QByteArray QuoSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
inline const QString PublicBase = QStringLiteral("https://hooks.example.com/");
inline const QByteArray FormBody
    = "CallSid=CA1&From=%2B14155550100&To=%2B14155550199&CallStatus=no-answer";
inline const QByteArray FormType = "application/x-www-form-urlencoded";

inline QStringList g_log;
inline void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray allow;
};

class WebhookFixture : public QObject
{
protected:
    ManualClock m_clock;
    Ed25519TestKey m_telnyxKey;
    std::unique_ptr<WebhookServer> m_server;
    QNetworkAccessManager m_nam;
    QList<WebhookRequest> m_handled;
    quint16 m_port = 0;

    QByteArray twilioSignature(const QByteArray &pathAndQuery, const QByteArray &body) const
    {
        return TwilioSignature::sign(
            Token, "https://hooks.example.com" + pathAndQuery, TwilioSignature::parseForm(body));
    }

    Reply send(const QByteArray &method,
               const QByteArray &pathAndQuery,
               const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)
                                     + QString::fromLatin1(pathAndQuery)));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return out;
    }

    Reply postTwilio(const QByteArray &body,
                     const QByteArray &signature,
                     const QByteArray &query = "?x=1")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", FormType}};
        if (!signature.isNull())
            headers.append({"X-Twilio-Signature", signature});
        return send("POST", "/webhooks/twilio" + query, body, headers);
    }

    Reply postTelnyx(const QByteArray &body, qint64 timestamp)
    {
        const QByteArray ts = QByteArray::number(timestamp);
        return send("POST",
                    "/webhooks/telnyx",
                    body,
                    {{"Content-Type", "application/json"},
                     {"telnyx-timestamp", ts},
                     {"telnyx-signature-ed25519", m_telnyxKey.sign(ts + '|' + body).toBase64()}});
    }

    // Connects a raw socket and writes `data`; the caller reads.
    std::unique_ptr<QTcpSocket> rawConnect(const QByteArray &data, quint16 port = 0)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port ? port : m_port);
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write(data);
        return socket;
    }

    // Reads through the event loop (the server runs on this thread) until
    // `until` arrives or the connection closes.
    static QByteArray readResponse(QTcpSocket &socket, const QByteArray &until = "\r\n\r\n")
    {
        QByteArray got;
        (void)QTest::qWaitFor(
            [&] {
                got += socket.readAll();
                return got.contains(until) || socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        return got + socket.readAll();
    }

    // Starts m_server on 127.0.0.1 with twilio, telnyx and openphone (Quo) registered.
    void startServer()
    {
        m_server = std::make_unique<WebhookServer>(m_clock);
        const Status listening = m_server->listen(QStringLiteral("127.0.0.1:0"));
        QVERIFY2(listening, qPrintable(listening.errorMessage()));
        QVERIFY(m_server->isListening());
        m_port = m_server->serverPort();
        QVERIFY(m_port != 0);
        m_server->setPublicBaseUrl(PublicBase);
        QCOMPARE(m_server->endpointUrl(QStringLiteral("twilio")),
                 QStringLiteral("https://hooks.example.com/webhooks/twilio"));

        const auto record = [this](const WebhookRequest &r) {
            m_handled.append(r);
        };
        m_server->registerProvider(QStringLiteral("twilio"),
                                   {TwilioSignature::verifier(Token), record, {}, {}});
        m_server->registerProvider(
            QStringLiteral("telnyx"),
            {TelnyxSignature::verifier(m_telnyxKey.publicKeyBase64(), m_clock), record, {}, {}});
        m_server->registerProvider(QStringLiteral("openphone"),
                                   {QuoSignature::verifier(QuoSecret, m_clock), record, {}, {}});
        QVERIFY(m_server->hasProvider(QStringLiteral("openphone")));
    }
};

} // namespace webhooktest
