#pragma once

#include "domain/Records.h"

#include <QString>

#include <optional>

namespace ringback::gui {

// What the tray (or the in-window banner) says about a new reply.
struct Notification
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title; // the caller, "Urgent: " first when triage flagged it
    QString body;  // one line of the reply, plain text
    bool urgent = false;
};

// Decides whether a stored message deserves a notification and what it says.
// Every reply from a caller does, unless the office is looking at that very
// conversation in the active window. Outgoing messages never do.
class NotificationPolicy
{
public:
    static constexpr int kMaxBodyLength = 160;

    explicit NotificationPolicy(QString homeRegion = QStringLiteral("US"));

    std::optional<Notification> decide(const Conversation &conversation,
                                       const Message &message,
                                       bool conversationOnScreen) const;

private:
    QString m_homeRegion;
};

} // namespace ringback::gui
