#pragma once

#include "gui/notifications/NotificationPolicy.h"

#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>

#include <functional>

class QMenu;
class QPalette;
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

    // Whether the desktop has a system tray: QSystemTrayIcon's answer unless
    // replaced (tests do: offscreen has none). Asked when a notifier is made;
    // nullptr restores the default.
    using TrayProbe = bool (*)();
    static void setTrayProbe(TrayProbe probe);
    // Puts up the tray's message: QSystemTrayIcon::showMessage unless
    // replaced (tests do, to see what would be shown); nullptr restores it.
    using MessagePresenter = std::function<void(
        const QString &title, const QString &body, QSystemTrayIcon::MessageIcon icon, int msecs)>;
    void setMessagePresenter(MessagePresenter present) { m_present = std::move(present); }

    bool usesTray() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
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
    MessagePresenter m_present;
    Notification m_last;
    QIcon m_baseIcon;
    QString m_toolTip;
};

} // namespace ringback::gui
