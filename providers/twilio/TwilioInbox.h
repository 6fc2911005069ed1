#pragma once

#include "TwilioMedia.h"
#include "TwilioSession.h"

#include <QObject>

namespace ringback::twilio {

// One pass over Messages.json: the texts sent to the business line on or
// after the cursor's day (all pages); every inbound one that arrived and was
// not reported yet is reported, oldest first, with its MMS media downloaded.
// Advances the cursor's messages position.
class MessageWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 50;

    MessageWatcher(Session &session, QObject *parent = nullptr);
    void poll(Done done);

private:
    struct Pass;
    void sortOut(const std::shared_ptr<Pass> &pass, const Listing<Message> &listing);
    void fetchMedia(const std::shared_ptr<Pass> &pass);
    void finish(const std::shared_ptr<Pass> &pass);

    Session &m_session;
    MediaFetcher m_media;
};

} // namespace ringback::twilio
