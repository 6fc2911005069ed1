// Pictures of every screen for the README, light and dark. Does nothing
// unless RINGBACK_SCREENSHOTS_DIR names a folder:
//   RINGBACK_SCREENSHOTS_DIR=docs/screenshots build/ci/bin/tst_screenshots
//   RINGBACK_SCREENSHOTS_DIR=docs/screenshots RINGBACK_SCREENSHOT_DARK=1
//   build/ci/bin/tst_screenshots
// (QT_QPA_PLATFORM=offscreen). Files: inbox, queue, dashboard, templates,
// settings, each -light.png or -dark.png; RINGBACK_SCREENSHOT_LANG=es takes
// them in Spanish (-es-light.png).

#include "WindowFixture.h"
#include "cli/Language.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/templates/TemplateEditorDialog.h"
#include "gui/window/NavigationPane.h"
#include "leads/Leads.h"
#include "store/Queries.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>

using namespace ringback;

class TestScreenshots : public QObject, private testing::WindowFixture
{
    Q_OBJECT

    QString m_dir;
    QString m_suffix;

    // Without RINGBACK_SCREENSHOTS_DIR the pictures are taken, not kept: the
    // walk through the window runs (and is checked) either way.
    void save(QWidget *widget, const char *name)
    {
        QApplication::processEvents();
        if (m_dir.isEmpty()) {
            QVERIFY(!widget->grab().isNull());
            return;
        }
        const QString path = QDir(m_dir).filePath(QString::fromLatin1(name) + m_suffix);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }
    QAction *action(const char *name)
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("RINGBACK_SCREENSHOTS_DIR");
        const bool dark = qEnvironmentVariableIsSet("RINGBACK_SCREENSHOT_DARK");
        m_suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        // RINGBACK_SCREENSHOT_LANG=es: the Spanish catalogue, files *-es-light.png.
        const QString language = qEnvironmentVariable("RINGBACK_SCREENSHOT_LANG");
        if (!m_dir.isEmpty() && !language.isEmpty()) {
            QVERIFY(Language::install(language));
            m_suffix.prepend(QLatin1Char('-') + language);
        }
        if (!m_dir.isEmpty() && dark) {
            // A dark palette, as a desktop in dark mode hands the application.
            QPalette p;
            const QColor text(0xe0, 0xe0, 0xe0);
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, text);
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            p.setColor(QPalette::Text, text);
            p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            p.setColor(QPalette::ButtonText, text);
            p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
            p.setColor(QPalette::ToolTipText, text);
            p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
            p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
            p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
            p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
            QApplication::setPalette(p);
        }
    }
    void init() { open(); }
    void cleanup() { close(); }

    void screens()
    {
        if (!m_dir.isEmpty()) // set RINGBACK_SCREENSHOTS_DIR to keep the pictures
            QDir().mkpath(m_dir);
        m_window->resize(1280, 760);
        const QStringList callers{QStringLiteral("+15125550147"),
                                  QStringLiteral("+15125550162"),
                                  QStringLiteral("+15125550183"),
                                  QStringLiteral("+15125550169"),
                                  kDana};
        for (const QString &from : callers)
            call(from);
        call(kStranger, QStringLiteral("busy"));
        Queries queries(m_readDb);
        QTRY_COMPARE_WITH_TIMEOUT(queries.conversationCount(ConversationFilter::All), 6, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(queries.conversationCount(ConversationFilter::Urgent) >= 3,
                                 kTimeout);
        reply(kStranger,
              QStringLiteral("Hi, it's Mike. Just need a quote for a new water heater."));
        const qint64 dana = conversationOf(kDana);
        const qint64 mike = conversationOf(kStranger);
        const qint64 third = conversationOf(QStringLiteral("+15125550183"));
        m_window->setCallerName(dana, QStringLiteral("Dana Ortiz"));
        m_window->setCallerName(mike, QStringLiteral("Mike Chen"));
        QTRY_COMPARE_WITH_TIMEOUT(
            queries.conversation(mike)->displayName, QStringLiteral("Mike Chen"), kTimeout);
        LeadDetails details;
        details.address = QStringLiteral("4412 Ridgeview Dr, Austin");
        details.service = QStringLiteral("Roof leak over kitchen");
        details.notes = QStringLiteral("Power off in the kitchen. Dog in the yard.");
        const Status ok = test::onEngine(*m_session, [&](Engine &engine) {
            Status done = engine.setLeadDetails(dana, details, QStringLiteral("Maria"));
            if (done)
                done = engine.calledBack(mike, CallbackOutcome::Reached, QStringLiteral("Maria"));
            if (done)
                done = engine.booked(mike,
                                     QDateTime::currentDateTimeUtc().addDays(1),
                                     QStringLiteral("Maria"),
                                     QStringLiteral("Quote visit"));
            if (done)
                done
                    = engine.calledBack(third, CallbackOutcome::Voicemail, QStringLiteral("Maria"));
            return done;
        });
        QVERIFY2(ok.isOk(), qPrintable(ok.errorMessage()));

        QVERIFY(m_window->selectConversation(dana));
        QTRY_VERIFY_WITH_TIMEOUT(incomingRow() >= 0, kTimeout);
        sendWithCtrlEnter(
            QStringLiteral("Thanks Dana, a tech can be there by 3 pm. Please keep the power off."));
        QTRY_VERIFY_WITH_TIMEOUT(
            threadRow(gui::ThreadModel::ItemKind::Message, false, QStringLiteral("Address")) >= 0,
            kTimeout);
        QSignalSpy counted(m_window->navigation(), &gui::NavigationPane::countsChanged);
        m_window->navigation()->recountNow();
        QTRY_VERIFY(counted.count() > 0);
        save(m_window.get(), "inbox");

        action("queueAction")->trigger();
        save(m_window.get(), "queue");
        action("dashboardAction")->trigger();
        // The figures are read in the background: photograph them, not "Updating".
        auto *dashboard = m_window->findChild<gui::DashboardView *>();
        QVERIFY(dashboard);
        QTRY_VERIFY(!dashboard->isUpdating());
        save(m_window.get(), "dashboard");
        action("searchAction")->trigger();

        action("templatesAction")->trigger();
        auto *editor = m_window->findChild<gui::TemplateEditorDialog *>();
        QVERIFY(editor);
        editor->resize(980, 640);
        editor->setCurrentTemplate(QStringLiteral("general"));
        auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("templateEdit"));
        QVERIFY(edit);
        edit->setPlainText(QStringLiteral("Hi, this is {company}. Sorry we missed your call! We "
                                          "can come today. What do you need help with? Reply "
                                          "STOP to opt out."));
        save(editor, "templates");
        editor->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
        editor->close();

        action("settingsAction")->trigger();
        auto *settings = m_window->findChild<gui::SettingsDialog *>();
        QVERIFY(settings);
        settings->resize(900, 620);
        save(settings, "settings");
        settings->reject();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
