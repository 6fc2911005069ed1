#pragma once

#include "gui/NotificationPolicy.h"

#include <QIcon>
#include <QObject>

class QMenu;
class QPalette;
class QSystemTrayIcon;
class QWidget;

namespace ringback::gui {

class NotificationBanner;

// Tells the office about new replies: a tray icon and its balloon message
// where the desktop has a system tray, else the in-window banner. Clicking
// the message (or the banner's Open button) asks to show that conversation;
// clicking the icon asks to restore the window.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    // `banner` is the fallback; it must outlive this object (both are
    // normally owned by the main window).
    TrayNotifier(QWidget *window, NotificationBanner *banner, QObject *parent = nullptr);
    ~TrayNotifier() override;
    Q_DISABLE_COPY_MOVE(TrayNotifier)

    bool usesTray() const { return m_tray != nullptr; }
    // A reply: the tray's message (or the banner). An urgent one is also put
    // in the banner, which stays until its conversation is opened, and the
    // window asks for attention (taskbar) until it is activated.
    void notify(const Notification &notification);
    // What the tray icon shows: a badge with the unread count (the urgent
    // colour while any unread conversation is urgent) and a tooltip.
    void setCounts(int unreadConversations, int urgentConversations);
    QString toolTip() const { return m_toolTip; }

    // The icon with a round badge holding `count` (nothing for 0), for the tray.
    static QIcon badgedIcon(const QIcon &base, int count, bool urgent, const QPalette &palette);
    const Notification &lastNotification() const { return m_last; }

signals:
    // 0: just restore and raise the window.
    void activateRequested(qint64 conversationId);
    void quitRequested();

private:
    QWidget *m_window = nullptr;
    NotificationBanner *m_banner = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    Notification m_last;
    QIcon m_baseIcon;
    QString m_toolTip;
};

} // namespace ringback::gui
