#pragma once

#include "TwilioSession.h"

#include <QObject>

namespace ringback::twilio {

// One pass over Calls.json: the inbound calls to the business line that
// started on or after the cursor's day (all pages), the legs each completed
// one dialled (ParentCallSid=), then every call that ended and was not
// reported yet, oldest first. Advances the cursor's calls position.
class CallWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 50;

    CallWatcher(Session &session, QObject *parent = nullptr);
    void poll(Done done);

private:
    struct Pass;
    void sortOut(const std::shared_ptr<Pass> &pass, const Listing<Call> &listing);
    void resolveNext(const std::shared_ptr<Pass> &pass);
    void finish(const std::shared_ptr<Pass> &pass);

    Session &m_session;
};

} // namespace ringback::twilio
