// The optional line-type lookup before the first automatic text to a new
// number (README, "Who gets a text, and why"): landlines, toll-free and fixed
// VoIP numbers are held, the answer is remembered for 90 days, a lookup that
// fails or never answers lets the text go, and at most one text per missed
// call survives a crash while the lookup is out.

#include "FakeProvider.h"
#include "engine/Engine.h"
#include "rules/RulesSettings.h"
#include "store/Queries.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <vector>

using namespace ringback;
using ringback::test::FakeProvider;

namespace {

const QString kLine = QStringLiteral("+15125550100");
const QString kOtherLine = QStringLiteral("+15125550199");
const QString kCaller = QStringLiteral("+15125550134");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The fake provider with a line-type lookup whose answers the test gives.
class LookupProvider final : public Provider
{
public:
    enum class Mode { Later, AtOnce, NotSupported };

    Status configure(const ProviderContext &context) override { return inner.configure(context); }
    void start(ProviderEvents *events, const QString &cursor) override
    {
        inner.start(events, cursor);
    }
    void stop() override { inner.stop(); }
    void send(const SendRequest &request) override { inner.send(request); }
    void reconcile(const SendRequest &request) override { inner.reconcile(request); }
    void lookupLineType(const QString &e164,
                        std::function<void(const LineTypeLookup &)> done) override
    {
        asked << e164;
        if (mode == Mode::NotSupported)
            Provider::lookupLineType(e164, std::move(done));
        else if (mode == Mode::AtOnce)
            done(found(atOnceType));
        else
            waiting.push_back(std::move(done));
    }

    static LineTypeLookup found(const QString &type)
    {
        LineTypeLookup a;
        a.outcome = LineTypeLookup::Outcome::Found;
        a.type = type;
        return a;
    }
    static LineTypeLookup failed(const QString &detail)
    {
        LineTypeLookup a;
        a.outcome = LineTypeLookup::Outcome::Failed;
        a.detail = detail;
        return a;
    }
    // Answers every lookup still out.
    void answer(const LineTypeLookup &a)
    {
        auto calls = std::move(waiting);
        waiting.clear();
        for (auto &done : calls)
            done(a);
    }

    FakeProvider inner;
    Mode mode = Mode::Later;
    QString atOnceType;
    QStringList asked;
    std::vector<std::function<void(const LineTypeLookup &)>> waiting;
};

EngineConfig lookupOn()
{
    EngineConfig config;
    config.rules.lineTypeLookup = true;
    config.sendRatePerSecond = 0;
    return config;
}

// An engine on a database, with a manual clock (Monday 2 March 2026, 10:00 Central).
struct Run
{
    Run(const QString &path, LookupProvider &provider, ManualClock &clock, EngineConfig config)
        : provider(provider)
    {
        QVERIFY(db.open(path, path + QString::number(++s_connections)).isOk());
        engine = std::make_unique<Engine>(
            db, provider, QStringLiteral("fake"), std::move(config), clock);
        engine->start();
    }
    void call(const QString &id, ManualClock &clock, const QString &line = kLine)
    {
        provider.inner.call(id, kCaller, CallResult::NoAnswer, clock.now(), line);
    }
    Conversation conversation(const QString &line = kLine)
    {
        return *Queries(db).conversation(kCaller, line);
    }
    Call lastCall(const QString &line = kLine)
    {
        return Queries(db).calls(conversation(line).id).back();
    }
    int sent() const { return int(provider.inner.sent.size()); }

    static inline int s_connections = 0;
    LookupProvider &provider;
    Database db;
    std::unique_ptr<Engine> engine;
};

} // namespace

class TestLineType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_runs)); }
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC)};

private slots:
    void init() { m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC)); }

    // Off by default (rules/line_type_lookup): the provider bills each lookup.
    void offByDefault()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("rules.ini")), QSettings::IniFormat);
        EngineConfig config = RulesSettings::load(settings);
        QVERIFY(!config.rules.lineTypeLookup);
        RulesSettings::save(settings, lookupOn());
        QVERIFY(RulesSettings::load(settings).rules.lineTypeLookup);

        LookupProvider provider;
        config.sendRatePerSecond = 0;
        Run run(nextPath(), provider, m_clock, config);
        run.call(QStringLiteral("CA1"), m_clock);
        QVERIFY(provider.asked.isEmpty());
        QCOMPARE(run.sent(), 1);
    }

    // The first automatic text waits for the answer; held types never go.
    void firstText_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("mobile") << "mobile"
                                << "texted"
                                << "";
        QTest::newRow("non-fixed VoIP") << "nonFixedVoip"
                                        << "texted"
                                        << "";
        QTest::newRow("unknown") << "unknown"
                                 << "texted"
                                 << "";
        QTest::newRow("landline") << "landline"
                                  << "landline"
                                  << "says landline";
        QTest::newRow("toll-free") << "tollFree"
                                   << "not_mobile"
                                   << "toll-free number";
        QTest::newRow("fixed VoIP") << "fixedVoip"
                                    << "not_mobile"
                                    << "fixed VoIP line";
    }
    void firstText()
    {
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, reasonHas);
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(provider.asked, QStringList{kCaller});
        QCOMPARE(run.sent(), 0); // waits for the answer
        provider.answer(LookupProvider::found(type));
        const Call call = run.lastCall();
        QCOMPARE(toString(call.decisionCode), code);
        QVERIFY2(call.decisionReason.contains(reasonHas), qPrintable(call.decisionReason));
        const bool texted = code == QLatin1String("texted");
        QCOMPARE(run.sent(), texted ? 1 : 0);
        QCOMPARE(toString(call.decision),
                 texted ? QStringLiteral("texted") : QStringLiteral("held"));
        QCOMPARE(run.engine->cantReceiveTexts(run.conversation().id).has_value(), !texted);
        // Remembered: the next call from the number is not looked up again.
        m_clock.advance(kDayMs + 3600000); // after the de-dup window
        run.call(QStringLiteral("CA2"), m_clock);
        QCOMPARE(provider.asked.size(), 1);
        if (!texted) {
            QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("cant_receive_texts"));
            QVERIFY2(run.lastCall().decisionReason.contains(QLatin1String(" on 2 Mar")),
                     qPrintable(run.lastCall().decisionReason));
            QCOMPARE(run.sent(), 0);
        }
    }

    // What the lookup learnt is used for 90 days, then asked again.
    void remembered_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<bool>("asks");
        QTest::addColumn<int>("sent");
        QTest::newRow("mobile, 10 days") << "mobile" << 10 << false << 1;
        QTest::newRow("landline, 10 days") << "landline" << 10 << false << 0;
        QTest::newRow("landline, 91 days") << "landline" << 91 << true << 1;
        QTest::newRow("the office said it can") << "office_ok" << 400 << false << 1;
    }
    void remembered()
    {
        QFETCH(QString, type);
        QFETCH(int, ageDays);
        QFETCH(bool, asks);
        QFETCH(int, sent);
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        QVERIFY(Store(run.db)
                    .rememberLineType(kCaller, type, m_clock.nowMs() - ageDays * kDayMs)
                    .isOk());
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(provider.asked.isEmpty(), !asks);
        if (asks) {
            QCOMPARE(run.sent(), 0);
            provider.answer(LookupProvider::found(QStringLiteral("mobile")));
            QCOMPARE(run.sent(), sent);
            QCOMPARE(Store(run.db).listEntry(kCaller, Store::kLineTypeList).value()->note,
                     QStringLiteral("mobile"));
        } else {
            QCOMPARE(run.sent(), sent);
            if (sent == 0)
                QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("landline"));
        }
    }

    // A lookup that fails lets the text go, and the reason says so.
    void failureTextsAnyway()
    {
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        provider.answer(
            LookupProvider::failed(QStringLiteral("Twilio is having trouble (HTTP 500)")));
        QCOMPARE(run.sent(), 1);
        const Call call = run.lastCall();
        QCOMPARE(toString(call.decisionCode), QStringLiteral("texted"));
        QVERIFY2(call.decisionReason.contains(QLatin1String(
                     "line-type lookup failed (Twilio is having trouble (HTTP 500))")),
                 qPrintable(call.decisionReason));
        QVERIFY(!run.engine->cantReceiveTexts(run.conversation().id));
    }

    // No answer in time: the text goes; a late answer is only remembered.
    void timeoutTextsAnyway()
    {
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.engine->setLineTypeLookupTimeoutMs(50);
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(run.sent(), 0);
        QTRY_COMPARE(run.sent(), 1);
        QVERIFY2(run.lastCall().decisionReason.contains(QLatin1String("no answer within 1 second")),
                 qPrintable(run.lastCall().decisionReason));
        provider.answer(LookupProvider::found(QStringLiteral("landline")));
        QCOMPARE(run.sent(), 1);
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("texted"));
        QCOMPARE(Store(run.db).listEntry(kCaller, Store::kLineTypeList).value()->note,
                 QStringLiteral("landline"));
    }

    // A provider without lookups: texted as usual, and the reason says why
    // there was no lookup.
    void notSupported()
    {
        LookupProvider provider;
        provider.mode = LookupProvider::Mode::NotSupported;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(run.sent(), 1);
        QVERIFY2(run.lastCall().decisionReason.contains(QLatin1String("not available")),
                 qPrintable(run.lastCall().decisionReason));
    }

    // An answer given at once, inside the send's transaction, is kept.
    void answeredAtOnce()
    {
        LookupProvider provider;
        provider.mode = LookupProvider::Mode::AtOnce;
        provider.atOnceType = QStringLiteral("landline");
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(run.sent(), 0);
        Database reader;
        QVERIFY(reader.open(run.db.filePath(), QStringLiteral("reader-at-once")).isOk());
        const auto conversation = Queries(reader).conversation(kCaller, kLine);
        QVERIFY(conversation);
        QCOMPARE(toString(Queries(reader).calls(conversation->id).back().decisionCode),
                 QStringLiteral("landline"));
        QVERIFY(Queries(reader).messages(conversation->id).empty());
    }

    // Only new numbers: one that already got an automatic text is not looked up.
    void onlyNewNumbers()
    {
        LookupProvider provider;
        EngineConfig config = lookupOn();
        config.rules.lineTypeLookup = false;
        Run run(nextPath(), provider, m_clock, config);
        run.call(QStringLiteral("CA1"), m_clock);
        QCOMPARE(run.sent(), 1);
        run.engine->setConfig(lookupOn());
        m_clock.advance(kDayMs + 3600000);
        run.call(QStringLiteral("CA2"), m_clock);
        QVERIFY(provider.asked.isEmpty());
        QCOMPARE(run.sent(), 2);
    }

    // The number called two lines at once: one lookup, both texts wait for it.
    void oneLookupForBothLines()
    {
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        run.call(QStringLiteral("CA2"), m_clock, kOtherLine);
        QCOMPARE(provider.asked.size(), 1);
        provider.answer(LookupProvider::found(QStringLiteral("landline")));
        QCOMPARE(run.sent(), 0);
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("landline"));
        QCOMPARE(toString(run.lastCall(kOtherLine).decisionCode), QStringLiteral("landline"));
    }

    // Ringback stops (or crashes) while the lookup is out: the text is still
    // the call's only one; the next start asks again, and texts at most once.
    void crashWhileLookingUp_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("sent");
        QTest::newRow("mobile") << "mobile" << 1;
        QTest::newRow("landline") << "landline" << 0;
    }
    void crashWhileLookingUp()
    {
        QFETCH(QString, type);
        QFETCH(int, sent);
        const QString path = nextPath();
        LookupProvider first;
        {
            Run run(path, first, m_clock, lookupOn());
            run.call(QStringLiteral("CA1"), m_clock);
            QCOMPARE(first.asked.size(), 1);
        }                                                                // gone before the answer
        first.answer(LookupProvider::found(QStringLiteral("landline"))); // nobody listens
        QCOMPARE(int(first.inner.sent.size()), 0);
        m_clock.advance(60000); // started again a minute later

        LookupProvider second;
        Run run(path, second, m_clock, lookupOn());
        QCOMPARE(second.asked, QStringList{kCaller});
        second.answer(LookupProvider::found(type));
        QCOMPARE(run.sent(), sent);
        // The provider reports the same call again: still one text at most.
        run.call(QStringLiteral("CA1"), m_clock);
        m_clock.advance(60000);
        run.engine->processOutbox();
        QCOMPARE(run.sent(), sent);
        QCOMPARE(int(Queries(run.db).calls(run.conversation().id).size()), 1);
    }

    // "Number can receive texts again" after a lookup: not held, not asked again.
    void officeClearsALandline()
    {
        LookupProvider provider;
        Run run(nextPath(), provider, m_clock, lookupOn());
        run.call(QStringLiteral("CA1"), m_clock);
        provider.answer(LookupProvider::found(QStringLiteral("landline")));
        const qint64 id = run.conversation().id;
        QVERIFY(run.engine->cantReceiveTexts(id));
        QVERIFY(run.engine->clearCantReceiveTexts(id).isOk());
        QVERIFY(!run.engine->cantReceiveTexts(id));
        m_clock.advance(kDayMs + 3600000);
        run.call(QStringLiteral("CA2"), m_clock);
        QCOMPARE(provider.asked.size(), 1);
        QCOMPARE(toString(run.lastCall().decisionCode), QStringLiteral("texted"));
        QCOMPARE(run.sent(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLineType)
#include "tst_linetype.moc"
