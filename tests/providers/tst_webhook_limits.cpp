// core/webhook: WebhookServer's limits on 127.0.0.1 with raw sockets: body
// size (Content-Length and chunked), Expect: 100-continue, request timeout,
// connection cap, and listen errors.

#include "tst_webhook_fixture.h"

using namespace webhooktest;

class TestWebhookLimits : public WebhookFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }

    void init() { m_handled.clear(); }

    void oversizedContentLengthIsRefusedEarly()
    {
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        // Announces 2 MiB, sends a little: refused on the headers alone.
        const QByteArray head = "POST /webhooks/twilio HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                + FormType + "\r\nContent-Length: 2097152\r\n\r\n";
        auto socket = rawConnect(head + QByteArray(1000, 'a'));
        QVERIFY(socket);
        const QByteArray response = readResponse(*socket);
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("twilio"));
        QCOMPARE(rejected.at(0).at(1).toInt(), 413);
        QCoreApplication::processEvents();
        QVERIFY(m_handled.isEmpty());
    }

    void oversizedChunkedBodyIsRefused()
    {
        m_server->setMaxBodyBytes(1024);
        const auto restore = qScopeGuard(
            [this] { m_server->setMaxBodyBytes(WebhookServer::DefaultMaxBodyBytes); });
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        const auto chunked = [](int kib, bool complete) -> QByteArray {
            QByteArray out
                = "POST /webhooks/twilio HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < kib; ++i)
                out += "400\r\n" + QByteArray(1024, 'b') + "\r\n";
            return complete ? out + "0\r\n\r\n" : out;
        };
        // Far over the limit and never finished: cut off while it arrives.
        auto big = rawConnect(chunked(64, false));
        QVERIFY(big);
        QVERIFY(readResponse(*big).startsWith("HTTP/1.1 413"));
        // Just over: complete, but refused before verification.
        auto small = rawConnect(chunked(2, true));
        QVERIFY(small);
        QVERIFY(readResponse(*small).startsWith("HTTP/1.1 413"));
        QTRY_COMPARE(rejected.size(), 2);
        QCoreApplication::processEvents();
        QVERIFY(m_handled.isEmpty());
    }

    void expectContinueIsAnswered()
    {
        const QByteArray body = FormBody + "&Seq=expect";
        const QByteArray head
            = "POST /webhooks/twilio?x=1 HTTP/1.1\r\nHost: x\r\nContent-Type: " + FormType
              + "\r\nX-Twilio-Signature: " + twilioSignature("/webhooks/twilio?x=1", body)
              + "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size())
              + "\r\n\r\n";
        auto socket = rawConnect(head);
        QVERIFY(socket);
        QVERIFY(readResponse(*socket).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        socket->write(body);
        QVERIFY(readResponse(*socket).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(m_handled.size(), 1);
        QCOMPARE(m_handled.constFirst().body, body);
    }

    void incompleteRequestTimesOut()
    {
        m_server->setRequestTimeoutMs(200);
        const auto restore = qScopeGuard(
            [this] { m_server->setRequestTimeoutMs(WebhookServer::DefaultRequestTimeoutMs); });
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        auto socket = rawConnect("POST /webhooks/twilio HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(socket);
        QVERIFY(readResponse(*socket).startsWith("HTTP/1.1 408"));
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(rejected.value(0).value(1).toInt(), 408);
        // An idle connection is closed too, unanswered.
        auto idle = rawConnect({});
        QVERIFY(idle);
        QTRY_COMPARE(idle->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(rejected.size(), 1);
    }

    void connectionsAreCapped()
    {
        // A server of its own: no keep-alive connections left from other tests.
        WebhookServer capped(m_clock);
        QVERIFY(capped.listen(QStringLiteral("127.0.0.1:0")));
        capped.setPublicBaseUrl(PublicBase);
        capped.setMaxConnections(1);
        int handled = 0;
        capped.registerProvider(QStringLiteral("twilio"),
                                {TwilioSignature::verifier(Token),
                                 [&handled](const WebhookRequest &) { ++handled; },
                                 {},
                                 {}});
        QSignalSpy rejected(&capped, &WebhookServer::rejected);
        auto first = rawConnect({}, capped.serverPort());
        QVERIFY(first);
        auto second = rawConnect({}, capped.serverPort());
        QVERIFY(second);
        QTRY_COMPARE(second->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(1).toInt(), 503);
        QCOMPARE(first->state(), QAbstractSocket::ConnectedState);
        // The first still works.
        const auto request = [this](const QByteArray &body) -> QByteArray {
            return "POST /webhooks/twilio?x=1 HTTP/1.1\r\nHost: x\r\nContent-Type: " + FormType
                   + "\r\nX-Twilio-Signature: " + twilioSignature("/webhooks/twilio?x=1", body)
                   + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        first->write(request(FormBody + "&Seq=capped"));
        QVERIFY(readResponse(*first).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(handled, 1);
        // Once it is closed (and the server has let go of it), another is served.
        first->disconnectFromHost();
        QTRY_COMPARE(first->state(), QAbstractSocket::UnconnectedState);
        bool served = false;
        for (int i = 0; i < 50 && !served; ++i) {
            auto next = rawConnect(request(FormBody + "&Seq=capped2"), capped.serverPort());
            QVERIFY(next);
            served = readResponse(*next).startsWith("HTTP/1.1 200");
        }
        QVERIFY(served);
        QTRY_COMPARE(handled, 2);
    }

    void listenErrors()
    {
        WebhookServer other(m_clock);
        const QString taken = QStringLiteral("127.0.0.1:%1").arg(m_port);
        const Status inUse = other.listen(taken);
        QVERIFY(!inUse);
        QVERIFY2(inUse.errorMessage().contains(taken), qPrintable(inUse.errorMessage()));
        QVERIFY(!other.isListening());
        const Status invalid = other.listen(QStringLiteral("nonsense"));
        QVERIFY(!invalid);
        QVERIFY(invalid.errorMessage().contains(QLatin1String("nonsense")));
        QVERIFY(!other.listen(QStringLiteral("example.com:8787")));
        // Closing frees the port.
        QVERIFY(other.listen(QStringLiteral("127.0.0.1:0")));
        const quint16 port = other.serverPort();
        other.close();
        QVERIFY(!other.isListening());
        QVERIFY(other.listen(QStringLiteral("127.0.0.1:%1").arg(port)));
    }
};

QTEST_GUILESS_MAIN(TestWebhookLimits)
#include "tst_webhook_limits.moc"
