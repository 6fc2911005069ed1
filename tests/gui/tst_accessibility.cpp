// What a screen reader hears: every control a keyboard user can reach, on
// every page of the main window and of the settings dialog, has a name on the
// accessibility bridge (its accessible name, its text, or the label that is
// its buddy), and the window's pages are reachable from the keyboard alone.

#include "WindowFixture.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/HoursPage.h"
#include "gui/settings/NumbersPage.h"
#include "gui/settings/OfficePage.h"
#include "gui/settings/ProviderPage.h"
#include "gui/settings/RulesPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/UrgencyPage.h"
#include "gui/window/NavigationPane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QStackedWidget>

using namespace ringback;
using namespace ringback::gui;

class TestAccessibility : public QObject, private testing::WindowFixture
{
    Q_OBJECT

    // The focusable, visible controls under `root` that a screen reader
    // would announce without a name.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // Scroll bars and splitter handles are announced by role.
            if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle"))
                continue;
            // A combo box's or spin box's own line edit is announced through
            // the box itself.
            if (w->parentWidget()
                && (w->parentWidget()->inherits("QComboBox")
                    || w->parentWidget()->inherits("QAbstractSpinBox")))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QLatin1String(w->metaObject()->className()),
                                    w->objectName(),
                                    w->parentWidget() ? QLatin1String(
                                        w->parentWidget()->metaObject()->className())
                                                      : QLatin1String("-"));
            }
        }
        return unnamed;
    }

private slots:
    void init() { open(); }
    void cleanup() { close(); }

    void everyWindowPageNamesItsControls()
    {
        call(kDana);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kDana) >= 0, kTimeout);
        auto *list = child<QListView>("conversationList");
        list->setCurrentIndex(list->model()->index(rowOf(kDana), 0));
        NavigationPane *nav = m_window->navigation();
        for (const auto page : {NavigationPane::Page::Inbox,
                                NavigationPane::Page::Queue,
                                NavigationPane::Page::Dashboard}) {
            nav->selectPage(page);
            QApplication::processEvents();
            const QStringList unnamed = unnamedControls(m_window.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
        }
    }

    void everySettingsPageNamesItsControls()
    {
        SettingsContext context;
        context.profileDir = m_session->profile().dir();
        context.database = &m_readDb;
        context.pluginPaths = qEnvironmentVariable("RINGBACK_PROVIDER_PATH")
                                  .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        context.runningProviderId = QStringLiteral("simulator");
        SettingsDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const std::vector<SettingsPage *> pages{dialog.providerPage(),
                                                dialog.officePage(),
                                                dialog.hoursPage(),
                                                dialog.rulesPage(),
                                                dialog.urgencyPage(),
                                                dialog.numbersPage(),
                                                dialog.generalPage()};
        for (SettingsPage *page : pages) {
            QVERIFY(page);
            dialog.showPage(page);
            QApplication::processEvents();
            const QStringList unnamed = unnamedControls(&dialog);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QLatin1String(page->metaObject()->className()) + QLatin1String(": ")
                                + unnamed.join(QLatin1String("; "))));
        }
    }

    void pagesAreReachableByKeyboard()
    {
        // Ctrl+8 and Ctrl+9 open the queue and the dashboard, Ctrl+1 the inbox.
        auto *stack = child<QStackedWidget>("pages");
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
        QTRY_COMPARE(stack->currentIndex(), int(NavigationPane::Page::Queue));
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        QTRY_COMPARE(stack->currentIndex(), int(NavigationPane::Page::Dashboard));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(stack->currentIndex(), int(NavigationPane::Page::Inbox));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
