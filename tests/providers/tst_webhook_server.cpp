// core/webhook: WebhookServer on 127.0.0.1 with QNetworkAccessManager:
// signatures checked before anything is handed on, 403/404/405, replays, the
// answer before the handler, one log line per refusal.

#include "tst_webhook_fixture.h"

using namespace webhooktest;

class TestWebhookServer : public WebhookFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }

    void init() { m_handled.clear(); }

    void validRequestIsAnsweredThenHandledOnce()
    {
        // The handler has not run when the answer goes out.
        int handledAtAnswer = -1;
        auto c = connect(m_server.get(), &WebhookServer::accepted, this, [&] {
            handledAtAnswer = int(m_handled.size());
        });
        const QByteArray query = "?foo=1&bar=%2B2";
        const Reply reply
            = postTwilio(FormBody, twilioSignature("/webhooks/twilio" + query, FormBody), query);
        disconnect(c);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(handledAtAnswer, 0);
        QTRY_COMPARE(m_handled.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_handled.size(), 1);
        const WebhookRequest &got = m_handled.constFirst();
        QCOMPARE(got.providerId, QStringLiteral("twilio"));
        QCOMPARE(got.body, FormBody); // raw, not re-encoded
        QCOMPARE(got.publicUrl,
                 QStringLiteral("https://hooks.example.com/webhooks/twilio?foo=1&bar=%2B2"));
        QCOMPARE(got.header("x-twilio-signature"),
                 twilioSignature("/webhooks/twilio" + query, FormBody));
        QCOMPARE(got.remoteAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(got.receivedAtMs, m_clock.nowMs());
    }

    void unsignedAndForgedAreRefused()
    {
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        const Reply unsignedReply = postTwilio(FormBody, QByteArray());
        const Reply forged
            = postTwilio(FormBody + "&Extra=1", twilioSignature("/webhooks/twilio?x=1", FormBody));
        qInstallMessageHandler(previous);
        QCOMPARE(unsignedReply.status, 403);
        QCOMPARE(forged.status, 403);
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).at(1).toInt(), 403);
        QCOMPARE(rejected.at(0).at(2).toString(),
                 QStringLiteral("missing header X-Twilio-Signature"));
        QCOMPARE(rejected.at(1).at(2).toString(), QStringLiteral("signature mismatch"));

        // One log line each: provider, reason, remote address; no body, no secret.
        QCOMPARE(g_log.size(), 2);
        QVERIFY(g_log.at(1).contains(QLatin1String("twilio")));
        QVERIFY(g_log.at(1).contains(QLatin1String("signature mismatch")));
        QVERIFY(g_log.at(1).contains(QLatin1String("127.0.0.1")));
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY(!line.contains(QLatin1String("CA1")));
            QVERIFY(!line.contains(QString::fromLatin1(Token)));
        }

        // Nothing was handed on: the next valid request is the only one handled.
        QCOMPARE(postTwilio(FormBody, twilioSignature("/webhooks/twilio?x=1", FormBody)).status,
                 200);
        QTRY_COMPARE(m_handled.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_handled.size(), 1);
    }

    void twilioReplayIsRefused()
    {
        const QByteArray body = FormBody + "&Seq=replay";
        const QByteArray sig = twilioSignature("/webhooks/twilio?x=1", body);
        QCOMPARE(postTwilio(body, sig).status, 200);
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        QCOMPARE(postTwilio(body, sig).status, 403);
        QCOMPARE(rejected.value(0).value(2).toString(), QStringLiteral("replayed"));
        QTRY_COMPARE(m_handled.size(), 1);
    }

    void telnyxValidStaleAndReplayed()
    {
        const QByteArray body = R"({"data":{"event_type":"message.received","id":"t-1"}})";
        const qint64 now = m_clock.nowMs() / 1000;
        QCOMPARE(postTelnyx(body, now).status, 200);
        QTRY_COMPARE(m_handled.size(), 1);
        QCOMPARE(m_handled.constFirst().body, body);

        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        // The same delivery again (same timestamp, same signature).
        QCOMPARE(postTelnyx(body, now).status, 403);
        QCOMPARE(rejected.value(0).value(2).toString(), QStringLiteral("replayed"));
        // Validly signed, 301 s old.
        QCOMPARE(postTelnyx(R"({"data":{"id":"t-2"}})", now - 301).status, 403);
        QCOMPARE(rejected.value(1).value(2).toString(), QStringLiteral("stale timestamp 301 s"));
        // A one-byte change.
        const QByteArray ts = QByteArray::number(now);
        const Reply changed
            = send("POST",
                   "/webhooks/telnyx",
                   R"({"data":{"id":"t-4"}})",
                   {{"Content-Type", "application/json"},
                    {"telnyx-timestamp", ts},
                    {"telnyx-signature-ed25519",
                     m_telnyxKey.sign(ts + '|' + R"({"data":{"id":"t-3"}})").toBase64()}});
        QCOMPARE(changed.status, 403);
        QCOMPARE(rejected.value(2).value(2).toString(), QStringLiteral("signature mismatch"));
        QCoreApplication::processEvents();
        QCOMPARE(m_handled.size(), 1);
    }

    void quoStandardWebhooks()
    {
        const QByteArray body = R"({"type":"message.received","data":{}})";
        const QByteArray ts = QByteArray::number(m_clock.nowMs() / 1000);
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/json"},
            {"webhook-id", "msg_1"},
            {"webhook-timestamp", ts},
            {"webhook-signature",
             "v1," + QuoSignature::signStandard(QuoSecret, "msg_1", ts, body)}};
        QCOMPARE(send("POST", "/webhooks/openphone", body, headers).status, 200);
        QCOMPARE(send("POST", "/webhooks/openphone", body, headers).status, 403); // same webhook-id
        QTRY_COMPARE(m_handled.size(), 1);
    }

    void unknownProviderAndWrongMethod()
    {
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        QCOMPARE(send("POST", "/webhooks/nobody", "a=1", {{"Content-Type", FormType}}).status, 404);
        QCOMPARE(send("POST", "/elsewhere", "a=1", {{"Content-Type", FormType}}).status, 404);
        QCOMPARE(send("POST", "/webhooks/", "a=1", {{"Content-Type", FormType}}).status, 404);
        const Reply get = send("GET", "/webhooks/twilio", {}, {});
        QCOMPARE(get.status, 405);
        QCOMPARE(get.allow, QByteArray("POST"));
        QCOMPARE(rejected.size(), 4);
        QCOMPARE(rejected.at(3).at(0).toString(), QStringLiteral("twilio"));
        QCoreApplication::processEvents();
        QVERIFY(m_handled.isEmpty());
    }

    void handlerDroppedWhenContextIsGone()
    {
        auto *context = new QObject;
        int called = 0;
        m_server->registerProvider(
            QStringLiteral("ctx"),
            {[](const WebhookRequest &) { return WebhookVerdict::accept({}, 0); },
             [&called](const WebhookRequest &) { ++called; },
             context,
             {200, "application/xml", "<Response/>"}});
        auto c = connect(m_server.get(), &WebhookServer::accepted, this, [&](const QString &id) {
            if (id == QLatin1String("ctx"))
                delete context;
        });
        const Reply reply = send("POST", "/webhooks/ctx", "x", {{"Content-Type", "text/plain"}});
        disconnect(c);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("<Response/>"));
        // A later request's handler runs after the dropped one would have.
        QCOMPARE(postTwilio(FormBody + "&Seq=ctx",
                            twilioSignature("/webhooks/twilio?x=1", FormBody + "&Seq=ctx"))
                     .status,
                 200);
        QTRY_COMPARE(m_handled.size(), 1);
        QCOMPARE(called, 0);
        m_server->unregisterProvider(QStringLiteral("ctx"));
        QVERIFY(!m_server->hasProvider(QStringLiteral("ctx")));
    }
};

QTEST_GUILESS_MAIN(TestWebhookServer)
#include "tst_webhook_server.moc"
