// core/webhook: the spool. An accepted request is on disk before the answer,
// removed once handled, handed to the next server's handler for its provider
// only (exactly once) when the first never handled it; a spool that cannot be
// written, or is full, answers 503; old or unreadable files are set aside.

#include "webhook/WebhookSpool.h"

#include "tst_webhook_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace webhooktest;

namespace {

const QString Twilio = QStringLiteral("twilio");
const QString Telnyx = QStringLiteral("telnyx");

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.webhook")}, QDir::Files, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWebhookSpool : public WebhookFixture
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_spool;

    void openServer(const QString &spool)
    {
        m_server = std::make_unique<WebhookServer>(m_clock);
        m_server->setSpoolDir(spool);
        const Status listening = m_server->listen(QStringLiteral("127.0.0.1:0"));
        QVERIFY2(listening, qPrintable(listening.errorMessage()));
        m_port = m_server->serverPort();
        m_server->setPublicBaseUrl(PublicBase);
    }
    // Twilio's route; the handler runs in `context` (default: the server).
    void registerTwilio(QObject *context = nullptr)
    {
        const auto record = [this](const WebhookRequest &r) {
            m_handled.append(r);
        };
        m_server->registerProvider(Twilio, {TwilioSignature::verifier(Token), record, context, {}});
    }
    Reply postSigned(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", FormType},
            {"X-Twilio-Signature", twilioSignature("/webhooks/twilio?x=1", body)}};
        headers += extra;
        return send("POST", "/webhooks/twilio?x=1", body, headers);
    }
    // A leftover of an earlier run, written as the receiver writes it.
    void leave(const QString &providerId, const QByteArray &body, qint64 receivedAtMs)
    {
        WebhookSpool spool(m_spool);
        WebhookRequest request;
        request.providerId = providerId;
        request.body = body;
        request.receivedAtMs = receivedAtMs;
        QVERIFY(spool.store(request));
    }
    // Lets queued handler calls run, then says how many ran in all.
    int handledAfterEvents()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return int(m_handled.size());
    }

private slots:
    void init()
    {
        m_handled.clear();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_spool = m_tmp->filePath(QStringLiteral("profile/webhook-spool"));
    }
    void cleanup()
    {
        m_server.reset();
        m_tmp.reset();
    }

    void acceptedRequestIsOnDiskBeforeTheAnswerAndGoneOnceHandled()
    {
        openServer(m_spool);
        registerTwilio();
        QStringList atAnswer;
        QByteArray spooledBody;
        connect(m_server.get(), &WebhookServer::accepted, this, [&] {
            atAnswer = filesIn(m_spool);
            if (!atAnswer.isEmpty()) {
                const auto request = WebhookSpool::decode(readFile(m_spool + u'/' + atAnswer[0]));
                spooledBody = request ? request->body : QByteArray();
            }
        });
        QCOMPARE(postSigned(FormBody).status, 200);
        QCOMPARE(atAnswer.size(), 1);
        QCOMPARE(spooledBody, FormBody);
        QTRY_COMPARE(m_handled.size(), 1);
        QTRY_VERIFY(filesIn(m_spool).isEmpty());
        QCOMPARE(handledAfterEvents(), 1);
    }

    void spooledFileHoldsNoCredentialsOrSignatures()
    {
        openServer(m_spool);
        registerTwilio();
        QByteArray file;
        connect(m_server.get(), &WebhookServer::accepted, this, [&] {
            const QStringList files = filesIn(m_spool);
            if (!files.isEmpty())
                file = readFile(m_spool + u'/' + files[0]);
        });
        const QByteArray body = FormBody + "&Seq=secrets";
        QCOMPARE(postSigned(body, {{"Authorization", "Bearer not-for-disk"}}).status, 200);
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains("not-for-disk"));
        QVERIFY(!file.toLower().contains("signature"));
        QVERIFY(!file.contains(twilioSignature("/webhooks/twilio?x=1", body)));
        const auto request = WebhookSpool::decode(file);
        QVERIFY(request);
        QCOMPARE(request->header("Content-Type"), FormType);
        QVERIFY(!request->hasHeader("Authorization"));
        // Like the database: the user's only.
        const auto perms = QFile::permissions(m_spool);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QTRY_COMPARE(m_handled.size(), 1);
        // The handler of a live request still gets every header.
        QVERIFY(m_handled.constFirst().hasHeader("X-Twilio-Signature"));
    }

    void unhandledRequestGoesToTheNextServerExactlyOnce()
    {
        openServer(m_spool);
        // The handler's object dies between the answer and the handler, as
        // the whole program would in a crash.
        auto *doomed = new QObject;
        registerTwilio(doomed);
        connect(m_server.get(), &WebhookServer::accepted, this, [&] { delete doomed; });
        QCOMPARE(postSigned(FormBody).status, 200);
        QCOMPARE(handledAfterEvents(), 0);
        QCOMPARE(filesIn(m_spool).size(), 1);
        m_server.reset();

        m_clock.advance(60 * 1000);
        openServer(m_spool);
        QCOMPARE(handledAfterEvents(), 0); // not before the provider registers
        registerTwilio();
        QTRY_COMPARE(m_handled.size(), 1);
        const WebhookRequest &got = m_handled.constFirst();
        QCOMPARE(got.providerId, Twilio);
        QCOMPARE(got.body, FormBody);
        QCOMPARE(got.publicUrl, QStringLiteral("https://hooks.example.com/webhooks/twilio?x=1"));
        QCOMPARE(got.receivedAtMs, m_clock.nowMs() - 60 * 1000);
        QCOMPARE(got.remoteAddress, QHostAddress(QHostAddress::LocalHost));
        QTRY_VERIFY(filesIn(m_spool).isEmpty());
        registerTwilio(); // registering again finds nothing more
        QCOMPARE(handledAfterEvents(), 1);
    }

    void unregisteredBeforeTheHandlerKeepsTheRequest()
    {
        openServer(m_spool);
        registerTwilio();
        connect(m_server.get(), &WebhookServer::accepted, this, [&] {
            m_server->unregisterProvider(Twilio);
        });
        QCOMPARE(postSigned(FormBody).status, 200);
        QCOMPARE(handledAfterEvents(), 0);
        QCOMPARE(filesIn(m_spool).size(), 1);
        registerTwilio();
        QTRY_COMPARE(m_handled.size(), 1);
        QTRY_VERIFY(filesIn(m_spool).isEmpty());
        QCOMPARE(handledAfterEvents(), 1);
    }

    void leftoverOfAnotherProviderWaitsForIt()
    {
        const QByteArray telnyxBody = R"({"data":{"event_type":"message.received","id":"t-9"}})";
        leave(Telnyx, telnyxBody, m_clock.nowMs());
        openServer(m_spool);
        registerTwilio();
        QCOMPARE(handledAfterEvents(), 0);
        QCOMPARE(filesIn(m_spool).size(), 1);

        QList<WebhookRequest> telnyx;
        const auto record = [&telnyx](const WebhookRequest &r) {
            telnyx.append(r);
        };
        m_server->registerProvider(
            Telnyx,
            {TelnyxSignature::verifier(m_telnyxKey.publicKeyBase64(), m_clock), record, {}, {}});
        QTRY_COMPARE(telnyx.size(), 1);
        QCOMPARE(telnyx.constFirst().providerId, Telnyx);
        QCOMPARE(telnyx.constFirst().body, telnyxBody);
        QTRY_VERIFY(filesIn(m_spool).isEmpty());
        QCOMPARE(handledAfterEvents(), 0);
    }

    void leftoversAreHandedOnInArrivalOrder()
    {
        leave(Twilio, "first", m_clock.nowMs());
        m_clock.advance(1000);
        leave(Twilio, "second", m_clock.nowMs());
        leave(Twilio, "third", m_clock.nowMs());
        openServer(m_spool);
        registerTwilio();
        QTRY_COMPARE(m_handled.size(), 3);
        QCOMPARE(m_handled.at(0).body, QByteArray("first"));
        QCOMPARE(m_handled.at(1).body, QByteArray("second"));
        QCOMPARE(m_handled.at(2).body, QByteArray("third"));
    }

    void oldAndUnreadableFilesAreSetAside()
    {
        leave(Twilio, "last week", m_clock.nowMs() - WebhookSpool::MaxAgeMs - 1000);
        QFile garbage(m_spool + QStringLiteral("/0000000000000001-00000001.webhook"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a spooled request");
        garbage.close();

        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        openServer(m_spool);
        registerTwilio();
        qInstallMessageHandler(previous);
        QCOMPARE(handledAfterEvents(), 0);
        QVERIFY(filesIn(m_spool).isEmpty());
        QCOMPARE(filesIn(m_spool + QStringLiteral("/set-aside")).size(), 2);
        QCOMPARE(g_log.filter(QStringLiteral("set aside")).size(), 2);
        QCOMPARE(g_log.filter(QStringLiteral("older than 7 days")).size(), 1);
    }

    void unwritableSpoolAnswers503AndTheRetryIsAccepted()
    {
        // A file where the folder should be: no spool can be written (even by root).
        QVERIFY(QDir().mkpath(m_tmp->filePath(QStringLiteral("profile"))));
        QFile blocker(m_spool);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        openServer(m_spool);
        registerTwilio();
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        QSignalSpy accepted(m_server.get(), &WebhookServer::accepted);
        QCOMPARE(postSigned(FormBody).status, 503);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(1).toInt(), 503);
        QVERIFY(rejected.at(0).at(2).toString().contains(QLatin1String("cannot write the spool")));
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(handledAfterEvents(), 0);

        // Once it can be written, the provider's retry (same signature) is
        // not refused as a replay.
        QVERIFY(QFile::remove(m_spool));
        m_server->setSpoolDir(m_spool);
        QCOMPARE(postSigned(FormBody).status, 200);
        QTRY_COMPARE(m_handled.size(), 1);
    }

    void fullSpoolAnswers503()
    {
        leave(Telnyx, "waiting for telnyx", m_clock.nowMs()); // never registered here
        openServer(m_spool);
        registerTwilio();
        m_server->setSpoolLimits(1, WebhookSpool::DefaultMaxBytes);
        QSignalSpy rejected(m_server.get(), &WebhookServer::rejected);
        QCOMPARE(postSigned(FormBody + "&Seq=1").status, 503);
        QVERIFY(rejected.value(0).value(2).toString().startsWith(QLatin1String("spool full")));
        QCOMPARE(handledAfterEvents(), 0);

        m_server->setSpoolLimits(10, 100); // room for files, not for bytes
        QCOMPARE(postSigned(FormBody + "&Seq=2").status, 503);
        QCOMPARE(handledAfterEvents(), 0);

        m_server->setSpoolLimits(10, WebhookSpool::DefaultMaxBytes);
        QCOMPARE(postSigned(FormBody + "&Seq=2").status, 200);
        QTRY_COMPARE(m_handled.size(), 1);
    }

    void withoutASpoolNothingIsWritten()
    {
        m_server = std::make_unique<WebhookServer>(m_clock);
        QVERIFY(m_server->spoolDir().isEmpty());
        QVERIFY(m_server->listen(QStringLiteral("127.0.0.1:0")));
        m_port = m_server->serverPort();
        m_server->setPublicBaseUrl(PublicBase);
        registerTwilio();
        QCOMPARE(postSigned(FormBody).status, 200);
        QTRY_COMPARE(m_handled.size(), 1);
        QVERIFY(!QFileInfo::exists(m_spool));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSpool)
#include "tst_webhook_spool.moc"
