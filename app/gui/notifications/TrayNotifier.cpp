#include "gui/notifications/TrayNotifier.h"

#include "gui/common/Format.h"
#include "gui/notifications/NotificationBanner.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ringback::gui {

namespace {

TrayNotifier::TrayProbe trayProbe = nullptr;

} // namespace

void TrayNotifier::setTrayProbe(TrayProbe probe)
{
    trayProbe = probe;
}

TrayNotifier::TrayNotifier(QWidget *window, NotificationBanner *banner, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_banner(banner)
{
    if (m_banner)
        connect(
            m_banner, &NotificationBanner::openRequested, this, &TrayNotifier::activateRequested);
    m_toolTip = tr("Ringback");
    if (!(trayProbe ? trayProbe() : QSystemTrayIcon::isSystemTrayAvailable()))
        return;

    m_baseIcon = m_window ? m_window->windowIcon() : QIcon();
    if (m_baseIcon.isNull())
        m_baseIcon = QApplication::windowIcon();
    if (m_baseIcon.isNull() && m_window)
        m_baseIcon = m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray = new QSystemTrayIcon(m_baseIcon, this);
    m_tray->setToolTip(m_toolTip);
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
    if (notification.urgent && m_window)
        QApplication::alert(m_window); // until the window is activated
    if (!m_tray || notification.urgent) {
        if (m_banner)
            m_banner->showNotification(notification);
        if (!m_tray)
            return;
    }
    QString body = notification.body;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Freedesktop notification servers read the body as markup: escape it so
    // a reply is shown as the caller typed it.
    body = body.toHtmlEscaped();
#endif
    // An urgent message is the distinct kind and stays until dismissed.
    const auto icon
        = notification.urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    const int msecs = notification.urgent ? 0 : 15000;
    if (m_present)
        m_present(notification.title, body, icon, msecs);
    else
        m_tray->showMessage(notification.title, body, icon, msecs);
}

void TrayNotifier::setCounts(int unread, int urgent)
{
    if (unread <= 0)
        m_toolTip = tr("Ringback");
    else if (urgent > 0)
        //: Tray icon tooltip: "Ringback: 3 unread (1 urgent)".
        m_toolTip = tr("Ringback: %1 unread (%2 urgent)").arg(unread).arg(urgent);
    else
        m_toolTip = tr("Ringback: %1 unread").arg(unread);
    if (!m_tray)
        return;
    m_tray->setToolTip(m_toolTip);
    const QPalette palette = m_window ? m_window->palette() : QApplication::palette();
    m_tray->setIcon(badgedIcon(m_baseIcon, unread, urgent > 0, palette));
}

QIcon TrayNotifier::badgedIcon(const QIcon &base, int count, bool urgent, const QPalette &palette)
{
    if (count <= 0)
        return base;
    QIcon badged;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, pixmap.rect());
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, side * 9 / 20));
        painter.setFont(font);
        const QFontMetrics fm(font);
        const int height = fm.height();
        const int width = qMax(height, fm.horizontalAdvance(text) + height / 2);
        const QRect badge(side - width, 0, width, height);
        const QColor fill = urgent ? urgentColor(palette) : palette.color(QPalette::Highlight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter.setPen(urgent ? QColor(Qt::white) : palette.color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace ringback::gui
