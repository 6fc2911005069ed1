// core/net: the HTTP helpers every provider plugin shares.

#include "net/Backoff.h"
#include "net/BaseUrl.h"
#include "net/Http.h"
#include "net/HttpClient.h"
#include "net/RequestBudget.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace ringback;
using namespace ringback::net;

class TestNet : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    QTcpServer m_silent; // accepts connections, never answers
    QList<QTcpSocket *> m_held;
    quint16 m_port = 0;
    QNetworkAccessManager m_manager;

    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path)));
    }
    HttpResponse run(const std::function<void(HttpClient &, HttpClient::Callback)> &call,
                     HttpClient *client = nullptr)
    {
        HttpClient own(&m_manager);
        HttpClient &c = client ? *client : own;
        std::optional<HttpResponse> got;
        call(c, [&got](const HttpResponse &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            qFatal("no answer");
        return *got;
    }

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/echo"), [](const QHttpServerRequest &request) {
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("authorization"),
                 QString::fromLatin1(request.value("Authorization"))},
                {QStringLiteral("agent"), QString::fromLatin1(request.value("User-Agent"))},
                {QStringLiteral("type"), QString::fromLatin1(request.value("Content-Type"))},
                {QStringLiteral("body"), QString::fromUtf8(request.body())}});
        });
        m_server.route(QStringLiteral("/big"),
                       [] { return QHttpServerResponse(QByteArray(256 * 1024, 'x')); });
        m_server.route(QStringLiteral("/moved"), [] {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
            response.setHeader("Location", "/echo");
            return response;
        });
        m_server.route(QStringLiteral("/busy"), [] {
            QHttpServerResponse response(QByteArray("{}"),
                                         QHttpServerResponse::StatusCode::TooManyRequests);
            response.setHeader("Retry-After", "3");
            return response;
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port);
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        connect(&m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_silent.nextPendingConnection())
                m_held.append(s);
        });
    }

    void formEncodingEscapesPlusAndOperators()
    {
        const Fields fields{{QStringLiteral("To"), QStringLiteral("+15125550100")},
                            {QStringLiteral("StartTime>"), QStringLiteral("2026-11-22")},
                            {QStringLiteral("Body"), QStringLiteral("a b&c=é")}};
        QCOMPARE(formEncode(fields),
                 QByteArray("To=%2B15125550100&StartTime%3E=2026-11-22&Body=a%20b%26c%3D%C3%A9"));
        QCOMPARE(formDecode(formEncode(fields)), fields);
        QCOMPARE(formDecode("To=+1512").first().second,
                 QStringLiteral(" 1512")); // a bare + is a space
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("7", now), std::optional<qint64>(7000));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<qint64>(60000));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:20:00 GMT", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfter("99999999", now), std::optional<qint64>(24LL * 3600 * 1000));
        QVERIFY(!parseRetryAfter("", now));
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("soon", now));
    }

    void baseUrls()
    {
        QVERIFY(!checkBaseUrl(QStringLiteral("http://example.com")));
        QVERIFY(checkBaseUrl(QStringLiteral("http://example.com"))
                    .errorMessage()
                    .contains(QLatin1String("http")));
        QVERIFY(!checkBaseUrl(QStringLiteral("ftp://127.0.0.1")));
        QVERIFY(!checkBaseUrl(QStringLiteral("https://user:secret@api.twilio.com")));
        QVERIFY(!checkBaseUrl(QStringLiteral("https://api.twilio.com/?x=1")));
        QVERIFY(!checkBaseUrl(QStringLiteral("not a url")));
        for (const char *ok :
             {"http://127.0.0.1:8080", "http://localhost", "http://[::1]:9", "http://127.0.0.2"})
            QVERIFY2(checkBaseUrl(QString::fromLatin1(ok)), ok);
        QCOMPARE(checkBaseUrl(QStringLiteral("https://api.twilio.com/")).value().toString(),
                 QStringLiteral("https://api.twilio.com"));
        QVERIFY(!isAllowedScheme(QUrl(QStringLiteral("http://cdn.example.com/x"))));
        QVERIFY(isAllowedScheme(QUrl(QStringLiteral("https://cdn.example.com/x"))));
    }

    void joiningKeepsTheEncodedQuery()
    {
        const QUrl base = checkBaseUrl(QStringLiteral("https://proxy.example.com/twilio/")).value();
        const QUrl joined = joinUrl(
            base,
            QStringLiteral("/2010-04-01/Accounts/AC1/"
                           "Calls.json?To=%2B15125550100&StartTime%3E=2026-11-22&Page=1"));
        QCOMPARE(joined.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://proxy.example.com/twilio/2010-04-01/Accounts/AC1/"
                                "Calls.json?To=%2B15125550100&StartTime%3E=2026-11-22&Page=1"));
        // An absolute next-page address cannot send the credentials elsewhere.
        const QUrl elsewhere = joinUrl(base, QStringLiteral("https://evil.example.net/steal?x=1"));
        QCOMPARE(elsewhere.host(), QStringLiteral("proxy.example.com"));
        QVERIFY(sameOrigin(QUrl(QStringLiteral("https://a.example.com/x")),
                           QUrl(QStringLiteral("https://a.example.com:443/y"))));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://a.example.com/x")),
                            QUrl(QStringLiteral("https://b.example.com/x"))));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:1/x")),
                            QUrl(QStringLiteral("http://localhost:1/x"))));
    }

    void backoffGrowsWithJitterAndCap()
    {
        Backoff b(1000, 8000, 0.2);
        const qint64 expected[] = {1000, 2000, 4000, 8000, 8000, 8000};
        for (const qint64 e : expected) {
            const qint64 wait = b.next();
            QVERIFY2(wait >= e * 0.8 - 1 && wait <= e * 1.2 + 1, qPrintable(QString::number(wait)));
        }
        QCOMPARE(b.failures(), 6);
        b.reset();
        QVERIFY(b.next() <= 1200);
        QVERIFY(b.next(60000) >= 60000);
        Backoff huge(1000, 5 * 60 * 1000);
        for (int i = 0; i < 100; ++i)
            QVERIFY(huge.next() <= 360000);
    }

    void requestBudgetSlidesOverTheWindow()
    {
        // 4 a minute: the fifth waits until the first leaves the window.
        net::RequestBudget budget(4, 60000);
        for (qint64 t : {0, 1000, 2000, 3000}) {
            QCOMPARE(budget.waitMs(t), 0);
            budget.spend(t);
        }
        QCOMPARE(budget.waitMs(3500), 56500);
        QCOMPARE(budget.waitMs(60000), 0); // the request at 0 has left the window
        budget.spend(60000);
        QCOMPARE(budget.waitMs(60500), 500); // now the one at 1000 is the oldest
        QCOMPARE(budget.waitMs(200000), 0);
    }

    void getSendsHeadersAndReadsJson()
    {
        HttpClient client(&m_manager);
        client.setAuthorization(
            basicAuthorization(QStringLiteral("ACx"), QStringLiteral("test-auth-token")));
        client.setUserAgent("Ringback/test");
        const HttpResponse r
            = run([this](HttpClient &c, auto done) { c.get(url("/echo"), done); }, &client);
        QVERIFY(r.isSuccess());
        const auto json = parseJsonObject(r.body);
        QVERIFY(json);
        QCOMPARE(json->value(QLatin1String("authorization")).toString(),
                 QStringLiteral("Basic ")
                     + QString::fromLatin1(QByteArray("ACx:test-auth-token").toBase64()));
        QCOMPARE(json->value(QLatin1String("agent")).toString(), QStringLiteral("Ringback/test"));
        // Not sent when the caller says so (a CDN on another origin).
        HttpClient::Options anonymous = client.defaultOptions();
        anonymous.authorize = false;
        const HttpResponse bare
            = run([&](HttpClient &c, auto done) { c.get(url("/echo"), anonymous, done); }, &client);
        QCOMPARE(parseJsonObject(bare.body)->value(QLatin1String("authorization")).toString(),
                 QString());
    }

    void postFormIsFormEncoded()
    {
        const HttpResponse r = run([this](HttpClient &c, auto done) {
            c.postForm(
                url("/echo"), {{QStringLiteral("To"), QStringLiteral("+15125550134")}}, done);
        });
        const auto json = parseJsonObject(r.body);
        QVERIFY(json);
        QCOMPARE(json->value(QLatin1String("type")).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(json->value(QLatin1String("body")).toString(),
                 QStringLiteral("To=%2B15125550134"));
    }

    void statusesRedirectsAndRetryAfterComeBack()
    {
        const HttpResponse moved
            = run([this](HttpClient &c, auto done) { c.get(url("/moved"), done); });
        QVERIFY(moved.isRedirect());
        QCOMPARE(moved.header("location"), QByteArray("/echo"));
        const HttpResponse busy
            = run([this](HttpClient &c, auto done) { c.get(url("/busy"), done); });
        QCOMPARE(busy.status, 429);
        QCOMPARE(busy.header("Retry-After"), QByteArray("3"));
        QVERIFY(!parseJsonObject("{not json"));
        QVERIFY(!parseJsonObject("[1]"));
    }

    void failuresAreClassified()
    {
        HttpClient client(&m_manager);
        HttpClient::Options options;
        options.timeoutMs = 300;
        options.maxResponseBytes = 1024;
        client.setDefaultOptions(options);
        const HttpResponse big
            = run([this](HttpClient &c, auto done) { c.get(url("/big"), done); }, &client);
        QCOMPARE(big.failure, HttpResponse::Failure::TooLarge);
        const QUrl silent(QStringLiteral("http://127.0.0.1:%1/").arg(m_silent.serverPort()));
        const HttpResponse slow
            = run([&](HttpClient &c, auto done) { c.get(silent, done); }, &client);
        QCOMPARE(slow.failure, HttpResponse::Failure::Timeout);
        QVERIFY(slow.mayHaveReachedServer());

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const HttpResponse refused = run(
            [port](HttpClient &c, auto done) {
                c.get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), done);
            },
            &client);
        QCOMPARE(refused.failure, HttpResponse::Failure::NotConnected);
        QVERIFY(!refused.mayHaveReachedServer());
    }

    void cancelledRequestsNeverCallBack()
    {
        HttpClient client(&m_manager);
        bool called = false;
        const QUrl silent(QStringLiteral("http://127.0.0.1:%1/").arg(m_silent.serverPort()));
        client.get(silent, [&called](const HttpResponse &) { called = true; });
        QCOMPARE(client.pendingCount(), 1);
        client.cancelAll();
        QCOMPARE(client.pendingCount(), 0);
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
