#include "TwilioInbox.h"

#include <QHash>

#include <algorithm>

namespace ringback::twilio {

struct MessageWatcher::Pass
{
    QDateTime startedAt;
    bool complete = false;
    std::vector<Message> pending; // to report, oldest first
    size_t index = 0;
    std::vector<ProviderMessage> ready;
    QHash<QString, QDate> handled;
    QDateTime earliestUnresolved;
    Done done;
};

MessageWatcher::MessageWatcher(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_media(session, this)
{}

void MessageWatcher::poll(Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->startedAt = m_session.now();
    pass->done = std::move(done);
    const QDate day = Cursor::firstDay(m_session.cursor.messages, pass->startedAt);
    const QUrl url
        = m_session.endpoints.messages({{QStringLiteral("To"), m_session.settings.phoneNumber},
                                        {QStringLiteral("DateSent>"), dayString(day)},
                                        {QStringLiteral("PageSize"), QStringLiteral("100")}});
    listAll<Message>(m_session,
                     url,
                     parseMessages,
                     tr("listing messages"),
                     kMaxPages,
                     [this, pass](Listing<Message> listing) { sortOut(pass, listing); });
}

void MessageWatcher::sortOut(const std::shared_ptr<Pass> &pass, const Listing<Message> &listing)
{
    if (listing.problem) {
        pass->done(listing.problem);
        return;
    }
    pass->complete = listing.complete;
    const StreamPosition &position = m_session.cursor.messages;
    for (const Message &m : listing.items) {
        if (m.direction != QLatin1String("inbound") || m.to != m_session.settings.phoneNumber)
            continue;
        if (position.seen.contains(m.sid)) {
            pass->handled.insert(m.sid, m.when().date());
            continue;
        }
        if (m.status != QLatin1String("received")) {
            // "receiving": an MMS still arriving.
            if (!pass->earliestUnresolved.isValid() || m.when() < pass->earliestUnresolved)
                pass->earliestUnresolved = m.when();
            continue;
        }
        if (m.when().toMSecsSinceEpoch() < m_session.cursor.sinceMs) {
            pass->handled.insert(m.sid, m.when().date()); // before Ringback started
            continue;
        }
        pass->pending.push_back(m);
    }
    std::stable_sort(pass->pending.begin(),
                     pass->pending.end(),
                     [](const Message &a, const Message &b) { return a.when() < b.when(); });
    fetchMedia(pass);
}

void MessageWatcher::fetchMedia(const std::shared_ptr<Pass> &pass)
{
    while (pass->index < pass->pending.size()) {
        const Message &m = pass->pending.at(pass->index);
        ProviderMessage pm;
        pm.providerId = m.sid;
        pm.from = m.from;
        pm.to = m.to;
        pm.body = m.body;
        pm.at = m.when();
        if (m.numMedia > 0 && m_session.running) {
            m_media.fetch(m, [this, pass, pm](const QStringList &urls) mutable {
                pm.mediaUrls = urls;
                pass->ready.push_back(pm);
                ++pass->index;
                fetchMedia(pass);
            });
            return;
        }
        pass->ready.push_back(pm);
        ++pass->index;
    }
    finish(pass);
}

void MessageWatcher::finish(const std::shared_ptr<Pass> &pass)
{
    for (const ProviderMessage &message : pass->ready) {
        qCInfo(lcTwilio).noquote() << "message" << message.providerId << "received with"
                                   << message.mediaUrls.size() << "media";
        pass->handled.insert(message.providerId, message.at.date());
        if (m_session.events)
            m_session.events->messageReceived(message);
    }
    Cursor::advance(m_session.cursor.messages,
                    pass->handled,
                    pass->complete,
                    pass->startedAt,
                    pass->earliestUnresolved);
    m_session.saveCursor();
    pass->done(std::nullopt);
}

} // namespace ringback::twilio
