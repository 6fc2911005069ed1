#pragma once

#include "QuoSession.h"

#include <QObject>
#include <QStringList>

namespace ringback::quo {

// One polling pass over Quo's v1 API (see Cursor for the window):
//  1. GET /v1/conversations?phoneNumbers=<PN…>&updatedAfter=…&maxResults=100,
//     every page: the partners the business number dealt with lately (plus
//     those with a call still ringing last time). Group conversations are
//     skipped: /v1/calls takes exactly one participant, and a group text is
//     not a caller to text back.
//  2. For each partner, GET /v1/calls and GET /v1/messages with
//     phoneNumberId, participants=<partner>, createdAfter, maxResults=100,
//     every page.
// Then every call that ended and every incoming text not reported yet is
// reported, calls first, each oldest first. On a problem the pass reports
// what it has and stops; the window only moves after a complete pass.
class CallAndMessageWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConversationPages = 20;
    static constexpr int kMaxPartnerPages = 10;

    explicit CallAndMessageWatcher(Session &session, QObject *parent = nullptr);
    void poll(Done done);

private:
    struct Pass;
    void partnersFound(const std::shared_ptr<Pass> &pass, const Listing<Conversation> &listing);
    void nextPartner(const std::shared_ptr<Pass> &pass);
    void sortCalls(const std::shared_ptr<Pass> &pass,
                   const QString &partner,
                   const std::vector<Call> &calls);
    void sortMessages(const std::shared_ptr<Pass> &pass, const std::vector<Message> &messages);
    void finish(const std::shared_ptr<Pass> &pass);
    net::Fields partnerQuery(const QString &partner) const;

    Session &m_session;
};

} // namespace ringback::quo
