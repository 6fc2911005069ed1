#pragma once

// A provider plugin driven by the real Engine on a real (temporary) store,
// for the provider tests: one run (database, plugin, engine) started on a
// database file, and what a test reads back from the store.

#include "ProviderTestKit.h"
#include "TestCallers.h"
#include "engine/Engine.h"
#include "store/Queries.h"

#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace ringback::test {

struct EngineRun
{
    Database db;
    std::unique_ptr<Provider> provider;
    std::unique_ptr<Engine> engine;
};

// Opens `dbPath` (connection `connection`), loads plugin `providerId` with
// `settings` and starts an Engine on both; the test run ends if either fails.
template<typename Run = EngineRun>
std::unique_ptr<Run> startEngineRun(PluginLoader &loader,
                                    const QString &providerId,
                                    const QVariantMap &settings,
                                    const QString &dataDir,
                                    const QString &dbPath,
                                    const QString &connection,
                                    const EngineConfig &config,
                                    webhook::WebhookRegistrar *webhooks = nullptr)
{
    auto run = std::make_unique<Run>();
    const Status ok = run->db.open(dbPath, connection);
    if (!ok)
        qFatal("cannot open the test database: %s", qPrintable(ok.errorMessage()));
    run->provider = loadProviderOrDie(loader, providerId, settings, dataDir, webhooks);
    run->engine = std::make_unique<Engine>(run->db, *run->provider, providerId, config);
    run->engine->start();
    return run;
}

// The thread with `contact` on the business line `business`, oldest first.
inline std::vector<Message>
messagesWith(Database &db, const QString &contact, const QString &business)
{
    Queries q(db);
    const auto conversation = q.conversation(contact, business);
    return conversation ? q.messages(conversation->id) : std::vector<Message>{};
}

// The calls stored in the thread with `contact` (0 without a thread).
inline int callsWith(Database &db, const QString &contact, const QString &business)
{
    Queries q(db);
    const auto conversation = q.conversation(contact, business);
    return conversation ? int(q.calls(conversation->id).size()) : 0;
}

inline int countDirection(const std::vector<Message> &messages, Direction direction)
{
    return int(std::count_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
        return m.direction == direction;
    }));
}

// The first text to `contact`, if any.
inline std::optional<Message>
firstOut(Database &db, const QString &contact, const QString &business)
{
    for (const Message &m : messagesWith(db, contact, business)) {
        if (m.direction == Direction::Out)
            return m;
    }
    return std::nullopt;
}

// A provider fixture (FakeProviderFixture) whose tests drive the plugin with
// the real Engine: each run on a database of the test function's own.
template<typename Fixture>
class EngineFixture : public Fixture
{
protected:
    using Fake = typename Fixture::FakeServer;

    bool setUp()
    {
        m_dbPath = this->m_dir.filePath(QStringLiteral("run-%1-%2.sqlite")
                                            .arg(QDateTime::currentMSecsSinceEpoch())
                                            .arg(m_runs));
        return Fixture::setUp();
    }
    // A run on the test function's database, or on `dbPath`.
    template<typename Run = EngineRun>
    std::unique_ptr<Run> startRun(EngineConfig config = {}, const QString &dbPath = QString())
    {
        return startEngineRun<Run>(
            this->m_loader,
            this->providerId(),
            this->settings(),
            this->m_dir.path(),
            dbPath.isEmpty() ? m_dbPath : dbPath,
            QStringLiteral("%1-engine-%2").arg(this->providerId()).arg(++m_runs),
            config,
            this->m_webhooks);
    }
    static std::vector<Message> messagesWith(Database &db, const QString &contact)
    {
        return test::messagesWith(db, contact, Fake::businessNumber());
    }
    static std::optional<Message> firstOut(Database &db, const QString &contact)
    {
        return test::firstOut(db, contact, Fake::businessNumber());
    }
    static int callsWith(Database &db, const QString &contact)
    {
        return test::callsWith(db, contact, Fake::businessNumber());
    }

    // The scenarios every plugin's engine test runs; `missedCall` has the
    // fake report a missed call from the caller it is given, the way that
    // provider sees one. Call from the test function.
    using MissedCall = std::function<void(const QString &caller)>;

    // Missed calls from Dana and Mike and an answered one from Angela
    // (`missCalls` has the fake report them): Dana and Mike get exactly one
    // automatic text each, with a provider id starting `idPrefix`, Angela
    // none; each writes back (to the sent message's `recipient`), and the
    // reply is threaded and marks the lead replied.
    void checkMissedCallsTextedOnceRepliesThreaded(QString Fake::MessageRecord::*recipient,
                                                   const QString &idPrefix,
                                                   const std::function<void()> &missCalls)
    {
        using namespace callers;
        Fake *fake = this->m_fake.get();
        this->m_fake->onSend = [fake, recipient](const typename Fake::MessageRecord &sent) {
            QTimer::singleShot(300, fake, [fake, to = sent.*recipient] {
                fake->addInboundMessage(to, QStringLiteral("Yes please, the basement is flooding"));
            });
        };
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(
            name(run->engine->connectionState()), name(ConnectionState::Polling), 10000);
        missCalls();
        for (const QString &caller : {kDana, kMike}) {
            QTRY_COMPARE_WITH_TIMEOUT(
                countDirection(messagesWith(run->db, caller), Direction::In), 1, 15000);
            const auto out = firstOut(run->db, caller);
            QVERIFY(out);
            QCOMPARE_ENUM(out->kind, MessageKind::Auto);
            QVERIFY(out->providerId.startsWith(idPrefix));
        }
        QVERIFY(this->morePolls(5, 20000)); // more polls over the same calls and messages
        QCOMPARE(this->m_fake->sendsTo(kDana), 1);
        QCOMPARE(this->m_fake->sendsTo(kMike), 1);
        QCOMPARE(this->m_fake->sendsTo(kAngela), 0);
        QCOMPARE(countDirection(messagesWith(run->db, kDana), Direction::In), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            name(firstOut(run->db, kDana)->status), name(MessageStatus::Delivered), 10000);
        QCOMPARE(callsWith(run->db, kDana), 1);
        const auto dana = Queries(run->db).conversation(kDana, Fake::businessNumber());
        QVERIFY(dana);
        QCOMPARE_ENUM(dana->leadState, LeadState::Replied);
        run->engine->stop();
    }

    // On a run on `db`: a missed call from Mike, whose text the provider
    // refuses because he opted out (its error `code`), fails for good and
    // records the opt-out; nothing was sent.
    void checkRefusalIsAnOptOut(Database &db, const MissedCall &missedCall, const QString &code)
    {
        const QString &mike = callers::kMike;
        missedCall(mike);
        QTRY_VERIFY_WITH_TIMEOUT(
            firstOut(db, mike) && firstOut(db, mike)->status == MessageStatus::Failed, 10000);
        Queries q(db);
        const auto conversation = q.conversation(mike, Fake::businessNumber());
        QVERIFY(conversation);
        QCOMPARE_ENUM(conversation->optOut, OptOutState::OptedOut);
        QVERIFY(firstOut(db, mike)->error.contains(code));
        QCOMPARE(this->m_fake->sendsTo(mike), 0);
    }

    // A text the provider kept but never answered for is reconciled when the
    // send times out: one text, never a second.
    void checkTimedOutSendIsReconciled(const MissedCall &missedCall)
    {
        const QString &dana = callers::kDana;
        this->m_fake->sendReplies.push_back(Fake::Reply::hang());
        EngineConfig config;
        config.sendTimeoutMs = 1500;
        auto run = startRun(config);
        missedCall(dana);
        QTRY_COMPARE_WITH_TIMEOUT(this->m_fake->sendsTo(dana), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(firstOut(run->db, dana)
                                     && firstOut(run->db, dana)->providerId
                                            == this->m_fake->sentId(),
                                 20000);
        QVERIFY(this->morePolls(10, 20000));      // the engine has settled the timed-out send
        QCOMPARE(this->m_fake->sendsTo(dana), 1); // no second text
        const auto out = firstOut(run->db, dana);
        QVERIFY(out->status == MessageStatus::Sent || out->status == MessageStatus::Delivered);
        run->engine->stop();
    }

    // After a restart nothing already texted is texted again, and a call
    // `missedWhileClosed` reports (a moment ago, so still texted) is.
    void checkRestartContinuesFromTheCursor(const MissedCall &missedCall,
                                            const MissedCall &missedWhileClosed)
    {
        const QString &dana = callers::kDana;
        const QString &mike = callers::kMike;
        {
            auto run = startRun();
            missedCall(dana);
            QTRY_COMPARE_WITH_TIMEOUT(this->m_fake->sendsTo(dana), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                firstOut(run->db, dana) && !firstOut(run->db, dana)->providerId.isEmpty(), 10000);
            run->engine->stop();
        }
        missedWhileClosed(mike);
        auto run = startRun();
        QTRY_COMPARE_WITH_TIMEOUT(this->m_fake->sendsTo(mike), 1, 10000);
        QVERIFY(this->morePolls(5, 20000)); // more polls over what was already texted
        QCOMPARE(this->m_fake->sendsTo(dana), 1);
        QCOMPARE(this->m_fake->sendsTo(mike), 1);
        run->engine->stop();
    }

    QString m_dbPath;
    int m_runs = 0;
};

} // namespace ringback::test
