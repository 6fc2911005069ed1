#pragma once

#include "gui/notifications/NotificationPolicy.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ringback::gui {

// The in-window fallback for desktops without a system tray: a closable strip
// at the top of the window showing the latest reply, with a button that opens
// its conversation.
class NotificationBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget *parent = nullptr);
    ~NotificationBanner() override;
    Q_DISABLE_COPY_MOVE(NotificationBanner)

    void showNotification(const Notification &notification);
    qint64 conversationId() const { return m_conversationId; }
    QString title() const;
    QString body() const;

public slots:
    void dismiss();

signals:
    void openRequested(qint64 conversationId);

private:
    qint64 m_conversationId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_open = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace ringback::gui
