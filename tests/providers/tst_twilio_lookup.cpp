// The twilio provider's line-type lookup (Lookup v2,
// https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence) against a
// fake Lookup on 127.0.0.1 that checks the path, the query and the Basic auth;
// and error 21612 ("'To' number unreachable via SMS/MMS") mapped to "can't
// receive texts", at send time and as a later delivery error.

#include "FakeTwilio.h"
#include "FakeTwilioLookup.h"
#include "TestCallers.h"
#include "TestPrinting.h"
#include "TwilioTestKit.h"

#include <QTest>

#include <optional>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::test::callers;

class TestTwilioLookup : public FixtureTestCase<ProviderFixture>
{
    Q_OBJECT

    std::unique_ptr<FakeTwilioLookup> m_lookup;

    QVariantMap lookupSettings(const QVariantMap &overrides = {}) const
    {
        return withOverrides({{QStringLiteral("lookup_base_url"), m_lookup->baseUrl()}}, overrides);
    }
    // One lookup through the running plugin; nothing if `done` never ran or
    // ran more than once.
    std::optional<LineTypeLookup> lookUp(const QString &number, const QVariantMap &overrides = {})
    {
        startProvider(lookupSettings(overrides));
        return oneAnswer<LineTypeLookup>(
            [&](std::function<void(const LineTypeLookup &)> done) {
                m_provider->lookupLineType(number, std::move(done));
            },
            15000);
    }

private slots:
    void init()
    {
        QVERIFY(setUp());
        m_lookup = std::make_unique<FakeTwilioLookup>();
        QVERIFY(m_lookup->start());
    }
    void cleanup()
    {
        const QString lookupViolations = m_lookup->violations.join(QLatin1String("; "));
        m_lookup.reset();
        QVERIFY2(tearDown(), qPrintable(violations()));
        QVERIFY2(lookupViolations.isEmpty(), qPrintable(lookupViolations));
    }

    void lineTypes_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type : {"mobile", "landline", "tollFree", "fixedVoip", "nonFixedVoip"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }
    void lineTypes()
    {
        QFETCH(QString, type);
        m_lookup->types.insert(kDana, type);
        const auto answer = lookUp(kDana);
        QVERIFY(answer);
        QCOMPARE_ENUM(answer->outcome, LineTypeLookup::Outcome::Found);
        QCOMPARE(answer->type, type);
        QCOMPARE(answer->carrier, QStringLiteral("Fake Telecom"));
        // The documented request: the number in the path ("+" as %2B), the
        // one field asked for, the account's Basic auth.
        QCOMPARE(m_lookup->requests.size(), 1);
        const FakeTwilioLookup::Request &r = m_lookup->requests.first();
        QCOMPARE(r.rawPath, QStringLiteral("/v2/PhoneNumbers/%2B15125550134"));
        QCOMPARE(r.path, QStringLiteral("/v2/PhoneNumbers/+15125550134"));
        QCOMPARE(r.rawQuery, QStringLiteral("Fields=line_type_intelligence"));
        QVERIFY(r.authorized);
        // Lookups go to their own host, never to the REST API.
        for (const FakeTwilio::Request &api : m_fake->requests)
            QVERIFY2(!api.path.startsWith(QLatin1String("/v2/")), qPrintable(api.path));
    }

    void wrongToken()
    {
        const auto answer
            = lookUp(kDana, {{QStringLiteral("auth_token"), QStringLiteral("wrong-test-token")}});
        QVERIFY(answer);
        QCOMPARE_ENUM(answer->outcome, LineTypeLookup::Outcome::Failed);
        QVERIFY2(answer->detail.contains(QLatin1String("401")), qPrintable(answer->detail));
        QVERIFY(!answer->detail.contains(QLatin1String("wrong-test-token")));
        QVERIFY(!m_lookup->requests.first().authorized);
    }

    void cannotClassify()
    {
        m_lookup->errorCodes.insert(kDana, 60601);
        const auto answer = lookUp(kDana);
        QVERIFY(answer);
        QCOMPARE_ENUM(answer->outcome, LineTypeLookup::Outcome::Failed);
        QVERIFY2(answer->detail.contains(QLatin1String("60601")), qPrintable(answer->detail));
    }

    void serverError()
    {
        m_lookup->failStatus = 500;
        const auto answer = lookUp(kDana);
        QVERIFY(answer);
        QCOMPARE_ENUM(answer->outcome, LineTypeLookup::Outcome::Failed);
        QVERIFY2(answer->detail.contains(QLatin1String("500")), qPrintable(answer->detail));
    }

    void unreachable()
    {
        const QString dead = refusingBaseUrl();
        QVERIFY(!dead.isEmpty());
        const auto answer = lookUp(kDana, {{QStringLiteral("lookup_base_url"), dead}});
        QVERIFY(answer);
        QCOMPARE_ENUM(answer->outcome, LineTypeLookup::Outcome::Failed);
        QVERIFY2(answer->detail.startsWith(QLatin1String("cannot reach Twilio Lookup")),
                 qPrintable(answer->detail));
    }

    // Plain http goes only to this computer: a lookup address elsewhere is refused.
    void lookupAddressIsChecked()
    {
        QString error;
        QVariantMap s = settings();
        s.insert(QStringLiteral("lookup_base_url"), QStringLiteral("http://lookups.example.com"));
        QVERIFY(!configured(s, &error));
        QVERIFY2(error.contains(QLatin1String("lookup_base_url")), qPrintable(error));
    }

    // Stopped while a lookup is out: its answer never comes.
    void noAnswerAfterStop()
    {
        m_lookup->never = true;
        startProvider(lookupSettings());
        bool called = false;
        m_provider->lookupLineType(kDana, [&](const LineTypeLookup &) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(m_lookup->requests.size(), 1, 10000);
        m_provider->stop();
        QTest::qWait(200);
        QVERIFY(!called);
    }

    // 21612 when sending: the number can't receive texts.
    void error21612AtSend()
    {
        m_fake->sendReplies.push_back(FakeTwilio::Reply::fail(
            400, 21612, QStringLiteral("The 'To' phone number is not currently reachable")));
        startProvider();
        m_provider->send(request(1, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(!m_sink.sends.first().accepted);
        QCOMPARE_ENUM(m_sink.sends.first().error, SendError::InvalidNumber);
        QVERIFY(m_sink.sends.first().errorDetail.contains(QLatin1String("21612")));
    }

    // 21612 reported later, as the message's error code.
    void error21612Later()
    {
        m_fake->deliveryErrors.insert(kDana, 21612);
        startProvider();
        m_provider->send(request(1, kDana, QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.sends.size(), 1, 10000);
        QVERIFY(m_sink.sends.first().accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sink.statuses.isEmpty()
                                     && m_sink.statuses.last().status == MessageStatus::Failed,
                                 10000);
        QCOMPARE_ENUM(m_sink.statuses.last().error, SendError::InvalidNumber);
    }
};

QTEST_GUILESS_MAIN(TestTwilioLookup)
#include "tst_twilio_lookup.moc"
