// The window's dialogs: Settings and the template editor. Both save to the
// profile's settings.ini; the running engine re-reads it when they do.

#include "engine/Engine.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/inbox/ConversationListModel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/templates/TemplateEditorDialog.h"
#include "gui/thread/ThreadModel.h"
#include "gui/window/MainWindow.h"
#include "profile/Profile.h"
#include "session/EngineSession.h"

#include "session/EngineClient.h"

#include <QMessageBox>
#include <QStatusBar>

namespace ringback::gui {

void MainWindow::openSettings()
{
    SettingsContext context;
    context.profileDir = m_session.profile().dir();
    context.database = &m_readDb;
    context.runningProviderId = m_provider.id;
    auto *dialog = new SettingsDialog(context, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::settingsChanged);
    connect(dialog, &SettingsDialog::finished, this, [this, dialog] {
        if (dialog->restartRequired()) {
            QMessageBox box(QMessageBox::Information,
                            tr("Restart Ringback"),
                            dialog->restartMessages().join(QLatin1Char('\n')),
                            QMessageBox::Ok,
                            this);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(
                tr("Quit Ringback and start it again to use these settings. Until then it keeps "
                   "texting back with the settings it started with."));
            box.exec();
        }
    });
    dialog->open();
}

void MainWindow::openTemplates()
{
    auto *dialog = new TemplateEditorDialog(m_session.profile().settingsPath(), this);
    dialog->setObjectName(QStringLiteral("templateEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateEditorDialog::saved, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::settingsChanged()
{
    m_session.reloadConfig();
    m_listModel->setHomeRegion(m_engine.config().homeRegion);
    m_threadModel->setHomeRegion(m_engine.config().homeRegion);
    m_dashboard->setTimeZone(m_engine.config().rules.defaultLine.hours.timeZone());
    m_dashboard->setAverageJobValue(averageJobValue());
    updateThreadHeader();
    statusBar()->showMessage(tr("Settings saved. Ringback uses them from now on."), 8000);
}

} // namespace ringback::gui
