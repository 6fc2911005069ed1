// core/webhook: the signature verifiers, the constant-time compare, the
// replay cache and the listen address, as pure functions.

#include "util/Clock.h"
#include "webhook/ConstantTime.h"
#include "webhook/ListenAddress.h"
#include "webhook/QuoSignature.h"
#include "webhook/ReplayCache.h"
#include "webhook/TelnyxSignature.h"
#include "webhook/TwilioSignature.h"

#include "tst_webhook_ed25519.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ringback;
using namespace ringback::webhook;

namespace {

const QByteArray Token = "12345";
const QString Url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
const QByteArray FormBody = "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234"
                            "&From=%2B14158675309&To=%2B18005551212";
const QByteArray JsonBody = R"({"property": "value", "boolean": true})";
const QByteArray JsonSha = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

QByteArray flipOneByte(QByteArray b, qsizetype at)
{
    b[at] = char(b.at(at) ^ 0x01);
    return b;
}

} // namespace

class TestWebhookSignatures : public QObject
{
    Q_OBJECT

private slots:
    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(constantTimeEquals({}, {}));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(!constantTimeEquals("abc", {}));
        QVERIFY(!constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a", 1)));
    }

    // The vectors of twilio-python's tests/unit/test_request_validator.py
    // (https://www.twilio.com/docs/usage/webhooks/webhooks-security).
    void twilioVectors()
    {
        using namespace TwilioSignature;
        QCOMPARE(signedString(Url.toUtf8(), parseForm(FormBody)),
                 QByteArray("https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDE"
                            "Caller+14158675309Digits1234From+14158675309To+18005551212"));
        QCOMPARE(sign(Token, Url.toUtf8(), parseForm(FormBody)),
                 QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        QCOMPARE(sign(Token,
                      Url.toUtf8(),
                      parseForm("Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234")),
                 QByteArray("IK+Dwps556ElfBT0I3Rgjkr1wJU="));
        QCOMPARE(
            sign(Token, "https://mycompany.com:443/myapp.php?foo=1&bar=2", parseForm(FormBody)),
            QByteArray("kvajT1Ptam85bY51eRf/AJRuM3w="));
        QCOMPARE(bodySha256(JsonBody), JsonSha);
    }

    void twilioFormVerify()
    {
        const auto ok
            = TwilioSignature::verify(Token, Url, FormBody, "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QCOMPARE(ok.replayKey, QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        QVERIFY(ok.replayWindowMs > 0);

        // Duplicated values in the body.
        QVERIFY(TwilioSignature::verify(
                    Token,
                    Url,
                    "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234",
                    "IK+Dwps556ElfBT0I3Rgjkr1wJU=")
                    .ok);

        // One byte changed in the body, the URL, the signature or the token.
        const auto body = TwilioSignature::verify(
            Token, Url, flipOneByte(FormBody, 10), "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QVERIFY(!body.ok);
        QCOMPARE(body.reason, QStringLiteral("signature mismatch"));
        QVERIFY(
            !TwilioSignature::verify(Token,
                                     QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=3"),
                                     FormBody,
                                     "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
                 .ok);
        QVERIFY(!TwilioSignature::verify(Token, Url, FormBody, "RSOYDt4T1cUTdK1PDd93/VVr8B9=").ok);
        QVERIFY(
            !TwilioSignature::verify("12346", Url, FormBody, "RSOYDt4T1cUTdK1PDd93/VVr8B8=").ok);

        const auto missing = TwilioSignature::verify(Token, Url, FormBody, {});
        QVERIFY(!missing.ok);
        QCOMPARE(missing.reason, QStringLiteral("missing header X-Twilio-Signature"));
    }

    void twilioPortQuirk()
    {
        const QString withPort = QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2");
        // Signed with :443, received at the port-less URL, and the reverse.
        QVERIFY(TwilioSignature::verify(Token, Url, FormBody, "kvajT1Ptam85bY51eRf/AJRuM3w=").ok);
        QVERIFY(
            TwilioSignature::verify(Token, withPort, FormBody, "RSOYDt4T1cUTdK1PDd93/VVr8B8=").ok);
        QVERIFY(
            TwilioSignature::verify(Token, withPort, FormBody, "kvajT1Ptam85bY51eRf/AJRuM3w=").ok);
        // Any explicit port may be dropped; a wrong default port is not added.
        QVERIFY(TwilioSignature::verify(
                    Token,
                    QStringLiteral("https://mycompany.com:8443/myapp.php?foo=1&bar=2"),
                    FormBody,
                    "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
                    .ok);
        QVERIFY(!TwilioSignature::verify(
                     Token,
                     Url,
                     FormBody,
                     TwilioSignature::sign(Token,
                                           "https://mycompany.com:80/myapp.php?foo=1&bar=2",
                                           TwilioSignature::parseForm(FormBody)))
                     .ok);

        QCOMPARE(TwilioSignature::urlVariants("http://h.example/p?q=1"),
                 QByteArrayList({"http://h.example/p?q=1", "http://h.example:80/p?q=1"}));
        QCOMPARE(TwilioSignature::urlVariants("https://u@[::1]:8443/p"),
                 QByteArrayList({"https://u@[::1]/p", "https://u@[::1]:8443/p"}));
        QCOMPARE(TwilioSignature::urlVariants("https://h.example"),
                 QByteArrayList({"https://h.example", "https://h.example:443"}));
    }

    void twilioJsonBody()
    {
        const QString url = Url + QStringLiteral("&bodySHA256=") + QString::fromLatin1(JsonSha);
        const auto ok
            = TwilioSignature::verify(Token, url, JsonBody, "a9nBmqA0ju/hNViExpshrM61xv4=");
        QVERIFY2(ok.ok, qPrintable(ok.reason));

        const auto body = TwilioSignature::verify(
            Token, url, flipOneByte(JsonBody, 3), "a9nBmqA0ju/hNViExpshrM61xv4=");
        QVERIFY(!body.ok);
        QCOMPARE(body.reason, QStringLiteral("body hash mismatch"));
        QString otherUrl = url;
        otherUrl.replace(QStringLiteral("foo=1"), QStringLiteral("foo=2"));
        QVERIFY(
            !TwilioSignature::verify(Token, otherUrl, JsonBody, "a9nBmqA0ju/hNViExpshrM61xv4=").ok);
    }

    void telnyx()
    {
        Ed25519TestKey key;
        const QByteArray body = R"({"data":{"event_type":"message.received","id":"abc"}})";
        const qint64 now = 1767225600000;
        const QByteArray ts = QByteArray::number(now / 1000 - 5);
        const QByteArray sig = key.sign(ts + '|' + body).toBase64();
        QVERIFY(TelnyxSignature::isValidPublicKey(key.publicKeyBase64()));
        QVERIFY(!TelnyxSignature::isValidPublicKey("AAAA"));

        const auto ok = TelnyxSignature::verify(key.publicKeyBase64(), ts, sig, body, now);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QCOMPARE(ok.replayKey, sig);

        const auto changed
            = TelnyxSignature::verify(key.publicKeyBase64(), ts, sig, flipOneByte(body, 5), now);
        QVERIFY(!changed.ok);
        QCOMPARE(changed.reason, QStringLiteral("signature mismatch"));
        // The timestamp is signed too.
        QVERIFY(!TelnyxSignature::verify(
                     key.publicKeyBase64(), QByteArray::number(now / 1000), sig, body, now)
                     .ok);
        // Another account's key.
        Ed25519TestKey other;
        QVERIFY(!TelnyxSignature::verify(other.publicKeyBase64(), ts, sig, body, now).ok);

        // 300 s either way is accepted, 301 s is stale.
        const auto signedAt = [&](qint64 secs) {
            const QByteArray t = QByteArray::number(secs);
            return TelnyxSignature::verify(
                key.publicKeyBase64(), t, key.sign(t + '|' + body).toBase64(), body, now);
        };
        QVERIFY(signedAt(now / 1000 - 300).ok);
        QVERIFY(signedAt(now / 1000 + 300).ok);
        const auto stale = signedAt(now / 1000 - 301);
        QVERIFY(!stale.ok);
        QCOMPARE(stale.reason, QStringLiteral("stale timestamp 301 s"));
        QCOMPARE(signedAt(now / 1000 + 301).reason, QStringLiteral("stale timestamp -301 s"));

        QCOMPARE(TelnyxSignature::verify(key.publicKeyBase64(), {}, sig, body, now).reason,
                 QStringLiteral("missing header telnyx-timestamp"));
        QCOMPARE(TelnyxSignature::verify(key.publicKeyBase64(), ts, {}, body, now).reason,
                 QStringLiteral("missing header telnyx-signature-ed25519"));
        QCOMPARE(TelnyxSignature::verify(key.publicKeyBase64(), ts, "c2hvcnQ=", body, now).reason,
                 QStringLiteral("malformed signature"));
    }

    void quoLegacy()
    {
        const QByteArray rawKey = "0123456789abcdef0123456789abcdef";
        const QByteArray signingKey = rawKey.toBase64();
        const QByteArray body = R"({"id":"EV1","type":"call.completed"})";
        const qint64 now = 1767225600000;
        const QByteArray ts = QByteArray::number(now - 2000); // milliseconds
        // Computed here independently of QuoSignature.
        const QByteArray digest
            = QMessageAuthenticationCode::hash(ts + '.' + body, rawKey, QCryptographicHash::Sha256)
                  .toBase64();
        QCOMPARE(QuoSignature::signLegacy(signingKey, ts, body), digest);
        const QByteArray header = "hmac;1;" + ts + ';' + digest;

        const auto ok = QuoSignature::verifyLegacy(signingKey, header, body, now);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QVERIFY(!ok.replayKey.isEmpty());
        QCOMPARE(QuoSignature::verifyLegacy(signingKey, header, flipOneByte(body, 2), now).reason,
                 QStringLiteral("signature mismatch"));
        QVERIFY(
            !QuoSignature::verifyLegacy(QByteArray(rawKey + 'x').toBase64(), header, body, now).ok);
        // Several entries: any one matching is enough.
        QVERIFY(
            QuoSignature::verifyLegacy(signingKey, "hmac;1;" + ts + ";AAAA," + header, body, now)
                .ok);
        QCOMPARE(
            QuoSignature::verifyLegacy(signingKey, "sha1;1;" + ts + ';' + digest, body, now).reason,
            QStringLiteral("malformed signature header"));
        QCOMPARE(QuoSignature::verifyLegacy(signingKey, header, body, now + 301000).reason,
                 QStringLiteral("stale timestamp 303 s"));
        QCOMPARE(QuoSignature::verifyLegacy(signingKey, {}, body, now).reason,
                 QStringLiteral("missing header openphone-signature"));
    }

    // The Standard Webhooks / Svix published example.
    void quoStandard()
    {
        const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const QByteArray id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        const QByteArray ts = "1614265330";
        const QByteArray body = R"({"test": 2432232314})";
        const QByteArray expected = "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        const qint64 now = 1614265330LL * 1000 + 10000;
        QCOMPARE(QuoSignature::signStandard(secret, id, ts, body), expected);

        const auto ok = QuoSignature::verifyStandard(secret, id, ts, "v1," + expected, body, now);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QCOMPARE(ok.replayKey, id); // the delivery id is the idempotency key
        QVERIFY(
            QuoSignature::verifyStandard(secret, id, ts, "v1,bm9wZQ== v1," + expected, body, now)
                .ok);
        QCOMPARE(QuoSignature::verifyStandard(
                     secret, id, ts, "v1," + expected, flipOneByte(body, 4), now)
                     .reason,
                 QStringLiteral("signature mismatch"));
        QVERIFY(
            !QuoSignature::verifyStandard(secret, "msg_other", ts, "v1," + expected, body, now).ok);
        QVERIFY(!QuoSignature::verifyStandard(secret, id, ts, "v2," + expected, body, now).ok);
        QCOMPARE(QuoSignature::verifyStandard(secret, id, ts, "v1," + expected, body, now + 291000)
                     .reason,
                 QStringLiteral("stale timestamp 301 s"));
        QCOMPARE(QuoSignature::verifyStandard(secret, {}, ts, "v1," + expected, body, now).reason,
                 QStringLiteral("missing header webhook-id"));

        // verify() picks the scheme from the headers.
        WebhookRequest request;
        request.body = body;
        request.headers = {
            {"Webhook-Id", id}, {"Webhook-Timestamp", ts}, {"Webhook-Signature", "v1," + expected}};
        QVERIFY(QuoSignature::verify(secret, request, now).ok);
        request.headers = {{"openphone-signature", "hmac;1;1;AAAA"}};
        QCOMPARE(QuoSignature::verify(secret, request, now).reason,
                 QStringLiteral("signature mismatch"));
    }

    void replayCache()
    {
        ReplayCache cache(3);
        QVERIFY(cache.checkAndInsert(QStringLiteral("telnyx"), "sig1", 1000, 600000));
        QVERIFY(!cache.checkAndInsert(QStringLiteral("telnyx"), "sig1", 2000, 600000));
        // Per provider; an empty key is never a replay.
        QVERIFY(cache.checkAndInsert(QStringLiteral("openphone"), "sig1", 2000, 600000));
        QVERIFY(cache.checkAndInsert(QStringLiteral("openphone"), {}, 2000, 600000));
        QVERIFY(cache.checkAndInsert(QStringLiteral("openphone"), {}, 2000, 600000));
        // Forgotten after its window.
        QVERIFY(cache.checkAndInsert(QStringLiteral("telnyx"), "sig1", 601001, 600000));
        // Bounded: never more than the capacity.
        for (int i = 0; i < 10; ++i)
            QVERIFY(cache.checkAndInsert(
                QStringLiteral("twilio"), QByteArray::number(i), 700000, 600000));
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.checkAndInsert(QStringLiteral("twilio"), "9", 700001, 600000));
    }

    void listenAddress()
    {
        auto a = ListenAddress::parse(QStringLiteral("127.0.0.1:8787"));
        QVERIFY(a);
        QCOMPARE(a->host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(a->port, quint16(8787));
        a = ListenAddress::parse(QStringLiteral("[::1]:9000"));
        QVERIFY(a);
        QCOMPARE(a->host, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(a->toString(), QStringLiteral("[::1]:9000"));
        QVERIFY(ListenAddress::parse(QStringLiteral("localhost:0")));
        QVERIFY(ListenAddress::parse(QStringLiteral(" 0.0.0.0:8787 ")));
        for (const char *bad : {"",
                                "8787",
                                "127.0.0.1",
                                "127.0.0.1:",
                                "127.0.0.1:99999",
                                "127.0.0.1:80x",
                                "::1:8787",
                                "example.com:8787",
                                ":8787"}) {
            const auto r = ListenAddress::parse(QLatin1String(bad));
            QVERIFY2(!r, bad);
            QVERIFY(!r.errorMessage().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignatures)
#include "tst_webhook_signatures.moc"
