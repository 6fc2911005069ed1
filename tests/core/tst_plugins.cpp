#include "engine/EngineConfig.h"
#include "provider/PluginLoader.h"
#include "provider/ProviderSettings.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QTest>

using namespace ringback;

class TestPlugins : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSimulator()
    {
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_PROVIDER_PATH")});
        const ProviderInfo *sim = loader.find(QStringLiteral("simulator"));
        QVERIFY(sim);
        QCOMPARE(sim->name, QStringLiteral("Simulator"));
        QVERIFY(sim->hasCapability(QStringLiteral("stream")));
        for (const char *field :
             {"phone_number", "calls_per_minute", "missed_ratio", "reply_probability", "seed"})
            QVERIFY2(sim->field(QString::fromLatin1(field)), field);
        auto provider = loader.create(QStringLiteral("simulator"));
        QVERIFY2(provider.isOk(), qPrintable(provider.errorMessage()));
        QVERIFY(provider.value() != nullptr);
    }

    void providersNameTheKeywordsTheyAnswer_data()
    {
        // The provider's own STOP/HELP answers (each plugin's metadata,
        // "auto_replies", from the provider's opt-out documentation, e.g.
        // https://help.twilio.com/articles/223134027): Ringback must not send
        // a second one for these.
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("answered");
        QTest::addColumn<QStringList>("notAnswered");
        const auto list = [](const char *words) {
            return QString::fromLatin1(words).split(QLatin1Char(','));
        };
        QTest::newRow("twilio") << "twilio" << list("STOP,STOPALL,REVOKE,OPTOUT,HELP,INFO")
                                << list("STOP ALL,OPT OUT");
        QTest::newRow("telnyx") << "telnyx" << list("STOP,STOP ALL,STOPALL,QUIT,HELP")
                                << list("REVOKE,INFO");
        QTest::newRow("quo") << "openphone" << list("STOP,STOPALL,CANCEL,END,QUIT")
                             << list("HELP,REVOKE");
        // Unconfirmed for RingCentral: Ringback sends the one confirmation.
        QTest::newRow("ringcentral") << "ringcentral" << QStringList() << list("STOP,HELP");
        QTest::newRow("simulator") << "simulator" << QStringList() << list("STOP,HELP");
    }
    void providersNameTheKeywordsTheyAnswer()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, answered);
        QFETCH(QStringList, notAnswered);
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_PROVIDER_PATH")});
        const ProviderInfo *info = loader.find(id);
        QVERIFY(info);
        for (const QString &k : std::as_const(answered))
            QVERIFY2(info->autoReplies.contains(k), qPrintable(k));
        for (const QString &k : std::as_const(notAnswered))
            QVERIFY2(!info->autoReplies.contains(k), qPrintable(k));
    }

    void sendRateFollowsTheProvider()
    {
        // RingCentral's Medium API group: 40 requests a minute
        // (https://developers.ringcentral.com/guide/basics/rate-limits).
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_PROVIDER_PATH")});
        QCOMPARE(loader.find(QStringLiteral("ringcentral"))->sendRatePerMinute, 40.0);
        QCOMPARE(loader.find(QStringLiteral("twilio"))->sendRatePerMinute, 0.0);
        EngineConfig config; // 1 a second by default
        config.capSendRate(40);
        QCOMPARE(config.sendRatePerSecond, 40 / 60.0);
        config.sendRatePerSecond = 0.5; // the office's own pace is slower: kept
        config.capSendRate(40);
        QCOMPARE(config.sendRatePerSecond, 0.5);
        config.sendRatePerSecond = 0; // unpaced: the provider's limit applies
        config.capSendRate(40);
        QCOMPARE(config.sendRatePerSecond, 40 / 60.0);
        config.capSendRate(0); // no limit of its own: unchanged
        QCOMPARE(config.sendRatePerSecond, 40 / 60.0);
    }

    void refusesBrokenMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing id") << "fixture_missing_id"
                                    << "id";
        QTest::newRow("wrong iid") << "fixture_wrong_iid"
                                   << "interface";
        QTest::newRow("wrong api version") << "fixture_wrong_api_version"
                                           << "provider API 99";
        QTest::newRow("cannot receive") << "fixture_no_receive_capability"
                                        << "capabilities";
    }
    void refusesBrokenMetadata()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_TEST_PLUGINS")});
        QVERIFY(loader.providers().empty());
        bool found = false;
        for (const auto &rejected : loader.rejected()) {
            if (rejected.filePath.contains(file)) {
                found = true;
                QVERIFY2(rejected.reason.contains(reason), qPrintable(rejected.reason));
            }
        }
        QVERIFY2(found, qPrintable(file));
    }

    void pluginsShareTheCore()
    {
        // The core is one shared library: a plugin sees the very statics the
        // program sees (a statically linked core would give each plugin its
        // own system clock, logging categories, ...).
        QPluginLoader probe(QStringLiteral(RINGBACK_CORE_PROBE_PLUGIN));
        QObject *instance = probe.instance();
        QVERIFY2(instance, qPrintable(probe.errorString()));
        quintptr inPlugin = 0;
        QVERIFY(QMetaObject::invokeMethod(instance,
                                          "systemClockAddress",
                                          Qt::DirectConnection,
                                          Q_RETURN_ARG(quintptr, inPlugin)));
        QVERIFY(inPlugin != 0);
        QCOMPARE(inPlugin, reinterpret_cast<quintptr>(&Clock::system()));
    }

    void unknownProviderIsAClearError()
    {
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_PROVIDER_PATH")});
        const auto provider = loader.create(QStringLiteral("nosuch"));
        QVERIFY(!provider.isOk());
        QVERIFY(provider.errorMessage().contains(QLatin1String("nosuch")));
    }

    void settings_data()
    {
        QTest::addColumn<QJsonObject>("given");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("defaults") << QJsonObject{} << true << "";
        QTest::newRow("valid") << QJsonObject{{QStringLiteral("calls_per_minute"), 5}} << true
                               << "";
        QTest::newRow("unknown key")
            << QJsonObject{{QStringLiteral("callz"), 5}} << false << "no setting \"callz\"";
        QTest::newRow("wrong type")
            << QJsonObject{{QStringLiteral("calls_per_minute"), QStringLiteral("lots")}} << false
            << "calls_per_minute";
        QTest::newRow("out of range")
            << QJsonObject{{QStringLiteral("missed_ratio"), 3}} << false << "between";
        QTest::newRow("bad phone")
            << QJsonObject{{QStringLiteral("phone_number"), QStringLiteral("12")}} << false
            << "phone_number";
    }
    void settings()
    {
        QFETCH(QJsonObject, given);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        PluginLoader loader;
        loader.scan({qEnvironmentVariable("RINGBACK_PROVIDER_PATH")});
        const ProviderInfo *sim = loader.find(QStringLiteral("simulator"));
        QVERIFY(sim);
        const auto resolved = ProviderSettings::resolve(*sim, given);
        QCOMPARE(resolved.isOk(), ok);
        if (ok)
            QCOMPARE(resolved->value(QStringLiteral("phone_number")).toString(),
                     QStringLiteral("+15125550100"));
        else
            QVERIFY2(resolved.errorMessage().contains(message),
                     qPrintable(resolved.errorMessage()));
    }

    void secretsComeFromTheEnvironment()
    {
        const auto info = ProviderInfo::fromMetaData(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("twilio")},
            {QStringLiteral("name"), QStringLiteral("Twilio")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("poll")}},
            {QStringLiteral("settings"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("auth_token")},
                                    {QStringLiteral("kind"), QStringLiteral("secret")},
                                    {QStringLiteral("required"), true}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("api_base_url")},
                                    {QStringLiteral("kind"), QStringLiteral("url")}}}}});
        QVERIFY2(info.isOk(), qPrintable(info.errorMessage()));
        QCOMPARE(ProviderSettings::environmentVariable(QStringLiteral("twilio"),
                                                       QStringLiteral("auth_token")),
                 QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"));
        QProcessEnvironment env;
        const auto missing = ProviderSettings::resolve(info.value(), {}, env);
        QVERIFY(!missing.isOk());
        QVERIFY(missing.errorMessage().contains(QLatin1String("RINGBACK_TWILIO_AUTH_TOKEN")));
        env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), QStringLiteral("s3cret"));
        const auto fromEnv = ProviderSettings::resolve(info.value(), {}, env);
        QVERIFY(fromEnv.isOk());
        QCOMPARE(fromEnv->value(QStringLiteral("auth_token")).toString(), QStringLiteral("s3cret"));
        // Plain http only to this computer.
        const auto http = ProviderSettings::resolve(
            info.value(),
            {{QStringLiteral("api_base_url"), QStringLiteral("http://api.example.com")}},
            env);
        QVERIFY(!http.isOk());
        const auto loopback = ProviderSettings::resolve(
            info.value(),
            {{QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:8080")}},
            env);
        QVERIFY(loopback.isOk());
    }
};

QTEST_GUILESS_MAIN(TestPlugins)
#include "tst_plugins.moc"
