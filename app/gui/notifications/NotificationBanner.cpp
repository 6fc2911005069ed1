#include "gui/notifications/NotificationBanner.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ringback::gui {

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setAccessibleName(tr("New reply"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setForegroundRole(QPalette::ToolTipText);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setForegroundRole(QPalette::ToolTipText);
    m_body->setWordWrap(true);
    m_body->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_open->setAccessibleName(tr("Open the conversation"));
    m_open->setAutoDefault(false);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss notification"));
    m_close->setToolTip(tr("Dismiss"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_body);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const qint64 id = m_conversationId;
        dismiss();
        emit openRequested(id);
    });
    connect(m_close, &QToolButton::clicked, this, &NotificationBanner::dismiss);
    hide();
}

NotificationBanner::~NotificationBanner() = default;

void NotificationBanner::showNotification(const Notification &notification)
{
    m_conversationId = notification.conversationId;
    m_title->setText(notification.title);
    m_body->setText(notification.body);
    setAccessibleDescription(notification.title + QLatin1String(": ") + notification.body);
    show();
}

QString NotificationBanner::title() const
{
    return m_title->text();
}

QString NotificationBanner::body() const
{
    return m_body->text();
}

void NotificationBanner::dismiss()
{
    hide();
    m_conversationId = 0;
}

} // namespace ringback::gui
