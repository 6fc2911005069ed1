// core/oauth: PKCE (RFC 7636) and the loopback redirect of a browser sign-in.

#include "oauth/AuthCodeFlow.h"
#include "oauth/LoopbackRedirect.h"
#include "oauth/Pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace ringback;
using namespace ringback::oauth;

class TstOAuth : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        int status = 0;
        QByteArray body;
    };
    // What a browser sees at `url`.
    Page browse(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    static QUrl callback(const LoopbackRedirect &redirect, const QString &query)
    {
        return QUrl(redirect.redirectUri() + QLatin1Char('?') + query);
    }

    QNetworkAccessManager m_network;

private slots:
    void rfc7636AppendixB()
    {
        // The 32 octets of the example, base64url-encoded, are the verifier.
        const unsigned char octets[]
            = {116, 24,  223, 180, 151, 153, 224, 37,  79, 250, 96, 125, 216, 173, 187, 186,
               22,  212, 37,  77,  105, 214, 191, 240, 91, 88,  5,  88,  83,  132, 141, 121};
        const QByteArray verifier
            = QByteArray(reinterpret_cast<const char *>(octets), sizeof(octets))
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(verifier, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(codeChallengeS256(QString::fromLatin1(verifier)),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierIsUnreservedAndFresh()
    {
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
        QSet<QString> seen;
        for (int length : {0, 43, 64, 128, 500}) {
            const QString v = makeCodeVerifier(length);
            QVERIFY2(unreserved.match(v).hasMatch(), qPrintable(v));
            QCOMPARE(v.size(), qBound(43, length, 128));
            seen.insert(v);
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(makeCodeVerifier().size(), 64);
        const QString challenge = codeChallengeS256(makeCodeVerifier());
        QCOMPARE(challenge.size(), 43); // 32 bytes, base64url, no '='
        QVERIFY(!challenge.contains(QLatin1Char('=')));
        QVERIFY(makeState() != makeState());
        QVERIFY(makeState().size() >= 43);
    }

    void authorizationUrlCarriesPkce()
    {
        AuthCodeRequest request;
        request.authorizeUrl
            = QUrl(QStringLiteral("https://platform.example/restapi/oauth/authorize"));
        request.tokenUrl = QUrl(QStringLiteral("https://platform.example/restapi/oauth/token"));
        request.clientId = QStringLiteral("abc");
        const QUrl url
            = AuthCodeFlow::authorizationUrl(request,
                                             QStringLiteral("http://127.0.0.1:5555/callback"),
                                             QStringLiteral("st8"),
                                             QStringLiteral("chal"));
        const QUrlQuery q(url);
        QCOMPARE(url.path(), QStringLiteral("/restapi/oauth/authorize"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("abc"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:5555/callback"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st8"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), QStringLiteral("chal"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("scope")));
    }

    void redirectGivesTheCode()
    {
        LoopbackRedirect redirect;
        std::optional<LoopbackRedirect::Outcome> outcome;
        QVERIFY(redirect.listen(QStringLiteral("s1"), 60000, [&](const auto &o) { outcome = o; }));
        QVERIFY(redirect.port() != 0);
        QVERIFY(redirect.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(redirect.redirectUri().endsWith(QLatin1String("/callback")));
        // A browser's extra request does not end the wait.
        const QUrl favicon(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(redirect.port()));
        QCOMPARE(browse(favicon).status, 404);
        QVERIFY(!outcome);
        const Page page = browse(callback(redirect, QStringLiteral("code=c%2Fd%3D&state=s1")));
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("You can close this tab"), page.body.constData());
        QVERIFY(outcome);
        QVERIFY(outcome->ok());
        QCOMPARE(outcome->code, QStringLiteral("c/d="));
        QVERIFY(!redirect.isListening()); // exactly one
    }

    void stateMismatchIsRefused()
    {
        LoopbackRedirect redirect;
        std::optional<LoopbackRedirect::Outcome> outcome;
        QVERIFY(
            redirect.listen(QStringLiteral("ours"), 60000, [&](const auto &o) { outcome = o; }));
        const Page page = browse(callback(redirect, QStringLiteral("code=stolen&state=theirs")));
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("You can close this tab"));
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QVERIFY(outcome->code.isEmpty());
        QVERIFY2(outcome->error.contains(QLatin1String("state")), qPrintable(outcome->error));
    }

    void missingStateIsRefused()
    {
        LoopbackRedirect redirect;
        std::optional<LoopbackRedirect::Outcome> outcome;
        QVERIFY(
            redirect.listen(QStringLiteral("ours"), 60000, [&](const auto &o) { outcome = o; }));
        browse(callback(redirect, QStringLiteral("code=abc")));
        QVERIFY(outcome && !outcome->ok() && outcome->code.isEmpty());
    }

    void providerErrorIsReported()
    {
        LoopbackRedirect redirect;
        std::optional<LoopbackRedirect::Outcome> outcome;
        QVERIFY(redirect.listen(QStringLiteral("s"), 60000, [&](const auto &o) { outcome = o; }));
        const Page page = browse(callback(
            redirect,
            QStringLiteral("error=access_denied&error_description=User%20said%20no&state=s")));
        QCOMPARE(page.status, 400);
        QVERIFY(outcome && !outcome->ok());
        QVERIFY2(outcome->error.contains(QLatin1String("User said no")),
                 qPrintable(outcome->error));
    }

    void timesOut()
    {
        LoopbackRedirect redirect;
        std::optional<LoopbackRedirect::Outcome> outcome;
        QVERIFY(redirect.listen(QStringLiteral("s"), 50, [&](const auto &o) { outcome = o; }));
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QVERIFY(!redirect.isListening());
    }

    void cancelledNeverAnswers()
    {
        LoopbackRedirect redirect;
        bool called = false;
        QVERIFY(redirect.listen(QStringLiteral("s"), 50, [&](const auto &) { called = true; }));
        redirect.cancel();
        QVERIFY(!redirect.isListening());
        // Another wait with the same time limit, started later, ends later.
        LoopbackRedirect later;
        bool laterDone = false;
        QVERIFY(later.listen(QStringLiteral("t"), 50, [&](const auto &) { laterDone = true; }));
        QTRY_VERIFY(laterDone);
        QVERIFY(!called);
    }

    void fixedPortInUseSaysSo()
    {
        LoopbackRedirect first;
        QVERIFY(first.listen(QStringLiteral("a"), 60000, [](const auto &) {}));
        LoopbackRedirect second;
        const Status busy = second.listen(
            QStringLiteral("b"), 60000, [](const auto &) {}, first.port());
        QVERIFY(!busy);
        QVERIFY(busy.errorMessage().contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TstOAuth)
#include "tst_oauth.moc"
