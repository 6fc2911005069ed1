#include "FakeProvider.h"
#include "engine/Engine.h"
#include "gui/thread/LeadPanel.h"
#include "session/EngineClient.h"
#include "store/Queries.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ringback;
using ringback::gui::LeadPanel;
using ringback::test::FakeProvider;

namespace {
const QString kLine = QStringLiteral("+15125550100");
const QString kDana = QStringLiteral("+15125550134");
const QString kMike = QStringLiteral("+15125550147");
} // namespace

// The lead panel over a real engine and its own read connection.
class TestLeadPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_readDb;
    FakeProvider m_provider;
    std::unique_ptr<Engine> m_engine;
    // The panel talks to the engine asynchronously, as in the window.
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<LeadPanel> m_panel;

    Conversation lead(const QString &contact)
    {
        return *Queries(*m_readDb).conversation(contact, kLine);
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("panel-%1.sqlite").arg(++m_counter));
        m_db = std::make_unique<Database>();
        m_readDb = std::make_unique<Database>();
        QVERIFY(m_db->open(path, QStringLiteral("engine-%1").arg(m_counter)).isOk());
        QVERIFY(m_readDb->open(path, QStringLiteral("read-%1").arg(m_counter)).isOk());
        m_engine = std::make_unique<Engine>(
            *m_db, m_provider, QStringLiteral("fake"), EngineConfig(), m_clock);
        m_engine->start();
        for (const QString &from : {kDana, kMike})
            m_provider.call(
                QStringLiteral("CA%1").arg(from), from, CallResult::NoAnswer, m_clock.now());
        m_client = std::make_unique<EngineClient>(*m_engine, m_clock, m_engine->config());
        m_panel = std::make_unique<LeadPanel>(*m_client, *m_readDb, QStringLiteral("Pat"));
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_client.reset();
        m_engine.reset();
        m_readDb.reset();
        m_db.reset();
    }

    void nothingShownNothingEditable()
    {
        QVERIFY(!m_panel->saveButton()->isEnabled());
        QVERIFY(!m_panel->addressEdit()->isEnabled());
    }

    void editAndSaveTheAddress()
    {
        m_panel->setConversation(lead(kDana).id);
        QVERIFY(!m_panel->saveButton()->isEnabled());
        QCOMPARE(m_panel->handledText(), QStringLiteral("Not handled yet"));
        QTest::keyClicks(m_panel->addressEdit(), QStringLiteral("  12 Elm St, Austin "));
        QTest::keyClicks(m_panel->serviceEdit(), QStringLiteral("Water heater"));
        QVERIFY(m_panel->saveButton()->isEnabled());
        QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_panel->hasUnsavedEdits());
        QCOMPARE(lead(kDana).address, QStringLiteral("12 Elm St, Austin"));
        QVERIFY(m_panel->handledText().startsWith(QLatin1String("Handled by Pat, ")));
        // Showing another lead and coming back reads it from the store.
        m_panel->setConversation(lead(kMike).id);
        QCOMPARE(m_panel->addressEdit()->text(), QString());
        m_panel->setConversation(lead(kDana).id);
        QCOMPARE(m_panel->addressEdit()->text(), QStringLiteral("12 Elm St, Austin"));
        QCOMPARE(m_panel->serviceEdit()->text(), QStringLiteral("Water heater"));
    }

    void returnSavesAndSwitchingKeepsEdits()
    {
        m_panel->setConversation(lead(kDana).id);
        QTest::keyClicks(m_panel->nameEdit(), QStringLiteral("Dana Ortiz"));
        QTest::keyClick(m_panel->nameEdit(), Qt::Key_Return);
        QTRY_COMPARE(lead(kDana).displayName, QStringLiteral("Dana Ortiz"));
        // Typed notes are saved when the panel moves on to another lead.
        m_panel->notesEdit()->setFocus();
        QTest::keyClicks(m_panel->notesEdit(), QStringLiteral("Gate code 4411"));
        QVERIFY(m_panel->hasUnsavedEdits());
        m_panel->setConversation(lead(kMike).id);
        QTRY_COMPARE(lead(kDana).notes, QStringLiteral("Gate code 4411"));
    }

    void errorsShowInline()
    {
        m_panel->setConversation(lead(kDana).id);
        m_panel->notesEdit()->setPlainText(QString(4001, QLatin1Char('x')));
        QSignalSpy saved(m_panel.get(), &LeadPanel::saved);
        m_panel->save();
        QTRY_VERIFY2(m_panel->errorText().contains(QLatin1String("4000")),
                     qPrintable(m_panel->errorText()));
        QVERIFY(m_panel->hasUnsavedEdits());
        QCOMPARE(lead(kDana).notes, QString());
        QCOMPARE(saved.count(), 0);
        m_panel->notesEdit()->setPlainText(QStringLiteral("short"));
        m_panel->save();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_panel->errorText(), QString());
        QVERIFY(!m_panel->hasUnsavedEdits());
        QCOMPARE(lead(kDana).notes, QStringLiteral("short"));
    }

    void stateComboChangesTheLead()
    {
        const qint64 id = lead(kDana).id;
        m_panel->setConversation(id);
        QComboBox *combo = m_panel->stateCombo();
        QCOMPARE(combo->currentData().toInt(), int(LeadState::New));
        QCOMPARE(combo->count(), 6);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // Spam: through markSpam
        QTRY_COMPARE(toString(lead(kDana).leadState), toString(LeadState::Spam));
        QTest::keyClick(combo, Qt::Key_Up); // Lost: through markNotSpam first
        QTRY_COMPARE(toString(lead(kDana).leadState), toString(LeadState::Lost));
        QVERIFY(!lead(kDana).needsCallback);
        QTRY_COMPARE(combo->currentData().toInt(), int(LeadState::Lost));
        // A change made elsewhere (the queue) shows here too.
        QVERIFY(m_engine->booked(id, m_clock.now().addDays(1), QStringLiteral("Sam")).isOk());
        QTRY_COMPARE(combo->currentData().toInt(), int(LeadState::Booked));
        QVERIFY(m_panel->handledText().startsWith(QLatin1String("Handled by Sam, ")));
    }
};

QTEST_MAIN(TestLeadPanel)
#include "tst_leadpanel.moc"
