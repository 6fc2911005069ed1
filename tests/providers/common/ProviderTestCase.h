#pragma once

// The init() and cleanup() slots of a provider test class built on a fixture
// (FakeProviderFixture and the fixtures built on it): a fresh fixture before
// each test function, and after it the function fails if the fake saw a
// request off the provider's contract. A test class that needs more declares
// its own init() or cleanup() slot, which Qt Test calls instead.
//
//     class TestTwilioSend : public FixtureTestCase<ProviderFixture>
//     {
//         Q_OBJECT
//     private slots:
//         void sendIsFormEncoded();
//     };

#include <QObject>
#include <QTest>

namespace ringback::test {

class ProviderTestCase : public QObject
{
    Q_OBJECT

protected:
    virtual bool setUpFixture() = 0;
    virtual bool tearDownFixture() = 0;
    virtual QString fixtureViolations() const = 0;

private slots:
    void init() { QVERIFY(setUpFixture()); }
    void cleanup() { QVERIFY2(tearDownFixture(), qPrintable(fixtureViolations())); }
};

template<typename Fixture>
class FixtureTestCase : public ProviderTestCase, protected Fixture
{
protected:
    bool setUpFixture() override { return Fixture::setUp(); }
    bool tearDownFixture() override { return Fixture::tearDown(); }
    QString fixtureViolations() const override { return Fixture::violations(); }
};

} // namespace ringback::test
