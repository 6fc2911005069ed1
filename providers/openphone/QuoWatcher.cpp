#include "QuoWatcher.h"

#include <QHash>

#include <algorithm>

namespace ringback::quo {

struct CallAndMessageWatcher::Pass
{
    qint64 startedAtMs = 0;
    bool complete = false;
    QStringList partners;
    int index = 0;
    QStringList done;            // partners whose calls were read completely
    QHash<QString, qint64> open; // partner -> earliest call still ringing
    std::vector<ProviderCall> calls;
    std::vector<ProviderMessage> messages;
    std::optional<Problem> problem;
    Done finished;
};

CallAndMessageWatcher::CallAndMessageWatcher(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void CallAndMessageWatcher::poll(Done done)
{
    auto pass = std::make_shared<Pass>();
    pass->startedAtMs = m_session.now().toMSecsSinceEpoch();
    pass->finished = std::move(done);
    const net::Fields query{
        {QStringLiteral("phoneNumbers"), m_session.phoneNumberId},
        {QStringLiteral("updatedAfter"), timeString(m_session.cursor.conversationsAfterMs())},
        {QStringLiteral("maxResults"), QStringLiteral("100")}};
    listAll<Conversation>(
        m_session,
        &Endpoints::conversations,
        query,
        parseConversations,
        tr("listing conversations"),
        kMaxConversationPages,
        [this, pass](Listing<Conversation> listing) { partnersFound(pass, listing); });
}

void CallAndMessageWatcher::partnersFound(const std::shared_ptr<Pass> &pass,
                                          const Listing<Conversation> &listing)
{
    if (listing.problem) {
        pass->finished(listing.problem);
        return;
    }
    pass->complete = listing.complete;
    for (const Conversation &c : listing.items) {
        if (c.participants.size() != 1
            || (!c.phoneNumberId.isEmpty() && c.phoneNumberId != m_session.phoneNumberId))
            continue;
        if (!pass->partners.contains(c.participants.first()))
            pass->partners << c.participants.first();
    }
    for (auto it = m_session.cursor.watch.begin(); it != m_session.cursor.watch.end(); ++it) {
        if (!pass->partners.contains(it.key()))
            pass->partners << it.key();
    }
    nextPartner(pass);
}

net::Fields CallAndMessageWatcher::partnerQuery(const QString &partner) const
{
    return {{QStringLiteral("phoneNumberId"), m_session.phoneNumberId},
            {QStringLiteral("participants"), partner},
            {QStringLiteral("createdAfter"), timeString(m_session.cursor.createdAfterMs(partner))},
            {QStringLiteral("maxResults"), QStringLiteral("100")}};
}

void CallAndMessageWatcher::nextPartner(const std::shared_ptr<Pass> &pass)
{
    if (pass->index >= pass->partners.size() || !m_session.running) {
        finish(pass);
        return;
    }
    const QString partner = pass->partners.at(pass->index);
    listAll<Call>(m_session,
                  &Endpoints::calls,
                  partnerQuery(partner),
                  parseCalls,
                  tr("listing calls"),
                  kMaxPartnerPages,
                  [this, pass, partner](Listing<Call> calls) {
                      if (calls.problem || !calls.complete) {
                          pass->problem = calls.problem;
                          pass->complete = false;
                          if (calls.problem) {
                              finish(pass);
                              return;
                          }
                      }
                      sortCalls(pass, partner, calls.items);
                      if (calls.complete)
                          pass->done << partner;
                      listAll<Message>(m_session,
                                       &Endpoints::messages,
                                       partnerQuery(partner),
                                       parseMessages,
                                       tr("listing messages"),
                                       kMaxPartnerPages,
                                       [this, pass](Listing<Message> messages) {
                                           sortMessages(pass, messages.items);
                                           if (messages.problem || !messages.complete) {
                                               pass->problem = messages.problem;
                                               pass->complete = false;
                                               if (messages.problem) {
                                                   finish(pass);
                                                   return;
                                               }
                                           }
                                           ++pass->index;
                                           nextPartner(pass);
                                       });
                  });
}

void CallAndMessageWatcher::sortCalls(const std::shared_ptr<Pass> &pass,
                                      const QString &partner,
                                      const std::vector<Call> &calls)
{
    Cursor &cursor = m_session.cursor;
    for (const Call &c : calls) {
        if (c.direction != QLatin1String("incoming") || cursor.seenCalls.contains(c.id))
            continue;
        const qint64 created = c.createdAt.toMSecsSinceEpoch();
        if (!c.isFinal()) {
            const auto it = pass->open.constFind(partner);
            pass->open.insert(partner,
                              it == pass->open.constEnd() ? created : std::min(created, *it));
            continue;
        }
        const QDateTime ended = c.completedAt.isValid() ? c.completedAt : c.createdAt;
        if (ended.toMSecsSinceEpoch() < cursor.sinceMs) {
            cursor.seenCalls.insert(c.id, created); // before Ringback started
            continue;
        }
        ProviderCall pc = toProviderCall(c, m_session.settings.phoneNumber);
        if (pc.from.isEmpty())
            pc.from = partner;
        pass->calls.push_back(pc);
    }
}

void CallAndMessageWatcher::sortMessages(const std::shared_ptr<Pass> &pass,
                                         const std::vector<Message> &messages)
{
    Cursor &cursor = m_session.cursor;
    for (const Message &m : messages) {
        if (m.direction != QLatin1String("incoming") || cursor.seenMessages.contains(m.id))
            continue;
        const qint64 created = m.createdAt.toMSecsSinceEpoch();
        if (created < cursor.sinceMs) {
            cursor.seenMessages.insert(m.id, created); // before Ringback started
            continue;
        }
        pass->messages.push_back(toProviderMessage(m, m_session.settings.phoneNumber));
        cursor.seenMessages.insert(m.id, created); // no second report within this pass
    }
}

void CallAndMessageWatcher::finish(const std::shared_ptr<Pass> &pass)
{
    Cursor &cursor = m_session.cursor;
    std::stable_sort(
        pass->calls.begin(), pass->calls.end(), [](const ProviderCall &a, const ProviderCall &b) {
            return a.startedAt < b.startedAt;
        });
    std::stable_sort(
        pass->messages.begin(),
        pass->messages.end(),
        [](const ProviderMessage &a, const ProviderMessage &b) { return a.at < b.at; });
    for (const ProviderCall &call : pass->calls) {
        if (cursor.seenCalls.contains(call.providerId))
            continue;
        cursor.seenCalls.insert(call.providerId, call.startedAt.toMSecsSinceEpoch());
        qCInfo(lcQuo).noquote() << "call" << call.providerId << toString(call.result);
        if (m_session.events)
            m_session.events->callEnded(call);
    }
    for (const ProviderMessage &message : pass->messages) {
        qCInfo(lcQuo).noquote() << "message" << message.providerId << "received";
        if (m_session.events)
            m_session.events->messageReceived(message);
    }
    const qint64 now = m_session.now().toMSecsSinceEpoch();
    for (const QString &partner : std::as_const(pass->done)) {
        const auto open = pass->open.constFind(partner);
        if (open != pass->open.constEnd() && now - *open < Cursor::kWatchForMs)
            cursor.watch.insert(partner, *open);
        else
            cursor.watch.remove(partner);
    }
    if (pass->complete && !pass->problem)
        cursor.advance(pass->startedAtMs);
    m_session.saveCursor();
    pass->finished(pass->problem);
}

} // namespace ringback::quo
