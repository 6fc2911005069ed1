#include "gui/TrayNotifier.h"

#include "gui/NotificationBanner.h"

#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ringback::gui {

TrayNotifier::TrayNotifier(QWidget *window, NotificationBanner *banner, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_banner(banner)
{
    if (m_banner)
        connect(
            m_banner, &NotificationBanner::openRequested, this, &TrayNotifier::activateRequested);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;

    QIcon icon = m_window ? m_window->windowIcon() : QIcon();
    if (icon.isNull() && m_window)
        icon = m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Ringback"));
    m_menu = new QMenu; // top-level: deleted in the destructor
    QAction *show = m_menu->addAction(tr("&Show Ringback"));
    connect(show, &QAction::triggered, this, [this] { emit activateRequested(0); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);

    connect(m_tray,
            &QSystemTrayIcon::activated,
            this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit activateRequested(0);
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        emit activateRequested(m_last.conversationId);
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::notify(const Notification &notification)
{
    m_last = notification;
    if (!m_tray) {
        if (m_banner)
            m_banner->showNotification(notification);
        return;
    }
    QString body = notification.body;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Freedesktop notification servers read the body as markup: escape it so
    // a reply is shown as the caller typed it.
    body = body.toHtmlEscaped();
#endif
    m_tray->showMessage(notification.title,
                        body,
                        notification.urgent ? QSystemTrayIcon::Warning
                                            : QSystemTrayIcon::Information,
                        15000);
}

} // namespace ringback::gui
