#pragma once

#include "QuoSender.h"
#include "QuoSession.h"
#include "webhook/WebhookTypes.h"

#include <QJsonObject>

namespace ringback::quo {

// Turns Quo's webhook deliveries into engine events
// (https://www.quo.com/docs/mdx/guides/webhooks). The host's WebhookServer has
// checked the signature (openphone-signature or Standard Webhooks), the
// timestamp and replays before handle() runs. The envelope is {"id": "EV…",
// "object": "event", "type", "createdAt", "data": {"object": {…call or
// message…}}}:
//  - message.received: an incoming text to the business number;
//  - message.delivered (and message.failed of Quo's newer webhooks): the
//    outcome of a text Ringback sent and still follows;
//  - call.completed: an incoming call to the business number that ended,
//    answered or not (toProviderCall; the engine decides what was missed).
// Other types (call.ringing, recordings, summaries) are not needed. The ids
// are the API's (AC…), the same the polling pass reports, and both mark what
// they reported in the cursor (seenCalls, seenMessages), so an event the
// webhook and a poll both see reaches the engine once. A delivery for another
// number of the workspace, or one that cannot be read, is logged and dropped:
// the next poll still finds anything of ours.
class QuoWebhooks
{
public:
    QuoWebhooks(Session &session, QuoSender &sender);

    void handle(const webhook::WebhookRequest &request);

private:
    // True when the object belongs to the business number: its phoneNumberId
    // once known, else `numbers` (to[] or participants[]) holding the number.
    bool isOurs(const QJsonObject &object, const QStringList &numbers) const;
    void messageReceived(const QJsonObject &object);
    // `status`: what the event type says when the object has none.
    void messageStatus(const QJsonObject &object, const QString &status);
    void callCompleted(const QJsonObject &object);

    Session &m_session;
    QuoSender &m_sender;
};

} // namespace ringback::quo
