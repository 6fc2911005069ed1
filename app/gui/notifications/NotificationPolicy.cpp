#include "gui/notifications/NotificationPolicy.h"

#include "gui/common/Format.h"

#include <QCoreApplication>

namespace ringback::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::gui::NotificationPolicy)
};

} // namespace

NotificationPolicy::NotificationPolicy(QString homeRegion)
    : m_homeRegion(std::move(homeRegion))
{}

std::optional<Notification> NotificationPolicy::decide(const Conversation &conversation,
                                                       const Message &message,
                                                       bool conversationOnScreen) const
{
    if (message.direction != Direction::In || message.conversationId != conversation.id)
        return std::nullopt;
    if (conversationOnScreen)
        return std::nullopt;
    Notification n;
    n.conversationId = conversation.id;
    n.messageId = message.id;
    n.urgent = message.urgent;
    const QString caller = callerName(conversation, m_homeRegion);
    n.title = n.urgent ? Tr::tr("Urgent: %1").arg(caller) : caller;
    QString body = singleLine(message.body);
    if (body.isEmpty() && !message.media.isEmpty())
        body = Tr::tr("Sent a photo or file");
    if (body.size() > kMaxBodyLength)
        body = body.left(kMaxBodyLength - 1) + QChar(0x2026);
    if (conversation.optOut == OptOutState::OptedOut)
        body = Tr::tr("%1 (opted out of texts)").arg(body);
    n.body = body;
    return n;
}

} // namespace ringback::gui
