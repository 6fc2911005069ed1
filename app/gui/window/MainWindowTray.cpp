// Living in the tray: closing hides the window while a tray icon exists, the
// icon shows what waits, and the window comes back where it was left.

#include "gui/notifications/TrayNotifier.h"
#include "gui/window/MainWindow.h"
#include "gui/window/NavigationPane.h"
#include "session/EngineSession.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>

namespace ringback::gui {

namespace {

const QString kGeometry = QStringLiteral("ui/window_geometry");
const QString kState = QStringLiteral("ui/window_state");
const QString kInboxSplitter = QStringLiteral("ui/inbox_splitter");
const QString kOuterSplitter = QStringLiteral("ui/outer_splitter");
const QString kTrayExplained = QStringLiteral("ui/tray_explained");

} // namespace

QString MainWindow::settingsPath() const
{
    return m_session.profile().settingsPath();
}

void MainWindow::restoreWindowState()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(kState).toByteArray());
    m_splitter->restoreState(settings.value(kInboxSplitter).toByteArray());
    m_outerSplitter->restoreState(settings.value(kOuterSplitter).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kInboxSplitter, m_splitter->saveState());
    settings.setValue(kOuterSplitter, m_outerSplitter->saveState());
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_quitting || !m_notifier->usesTray()) {
        event->accept();
        emit quitRequested();
        return;
    }
    // Closing hides: calls keep being texted back and replies keep arriving.
    event->ignore();
    hide();
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (!settings.value(kTrayExplained, false).toBool()) {
        settings.setValue(kTrayExplained, true);
        QMessageBox box(QMessageBox::Information,
                        tr("Ringback keeps running"),
                        tr("Ringback is still texting back missed callers and will tell you "
                           "about replies. Click its icon in the system tray to open the "
                           "window again; to stop it, choose Quit in the File menu or the "
                           "tray icon's menu."),
                        QMessageBox::Ok,
                        nullptr);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::updateTrayCounts()
{
    m_notifier->setCounts(m_nav->shownCount(ConversationFilter::Unread),
                          m_queries.unreadUrgentCount());
}

} // namespace ringback::gui
